package org.wsiskg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** SKOS terms used for controlled lists. */
public final class Skos {

    public static final String NS = "http://www.w3.org/2004/02/skos/core#";

    public static final Resource Concept = ResourceFactory.createResource(NS + "Concept");
    public static final Resource ConceptScheme = ResourceFactory.createResource(NS + "ConceptScheme");
    public static final Property inScheme = ResourceFactory.createProperty(NS + "inScheme");
    public static final Property prefLabel = ResourceFactory.createProperty(NS + "prefLabel");
    public static final Property notation = ResourceFactory.createProperty(NS + "notation");

    private Skos() {
    }
}
