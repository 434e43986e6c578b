package org.wsiskg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** European Legislation Identifier terms used for documents, paragraphs and direct citations. */
public final class Eli {

    public static final String NS = "http://data.europa.eu/eli/ontology#";

    public static final Resource LegalResource = ResourceFactory.createResource(NS + "LegalResource");
    public static final Resource LegalResourceSubdivision = ResourceFactory.createResource(NS + "LegalResourceSubdivision");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Property cites = ResourceFactory.createProperty(NS + "cites");
    public static final Property is_part_of = ResourceFactory.createProperty(NS + "is_part_of");
    public static final Property has_part = ResourceFactory.createProperty(NS + "has_part");
    public static final Property date_document = ResourceFactory.createProperty(NS + "date_document");
    public static final Property passed_by = ResourceFactory.createProperty(NS + "passed_by");

    private Eli() {
    }
}
