package org.wsiskg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** Dublin Core terms used for titles, identifiers and languages. */
public final class Dct {

    public static final String NS = "http://purl.org/dc/terms/";

    public static final Property title = ResourceFactory.createProperty(NS + "title");
    public static final Property identifier = ResourceFactory.createProperty(NS + "identifier");
    public static final Property format = ResourceFactory.createProperty(NS + "format");
    public static final Property language = ResourceFactory.createProperty(NS + "language");

    private Dct() {
    }
}
