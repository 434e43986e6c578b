package org.wsiskg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** RDFS annotation terms the code writes. */
public final class Rdfs {

    public static final String NS = "http://www.w3.org/2000/01/rdf-schema#";

    public static final Property label = ResourceFactory.createProperty(NS + "label");
    public static final Property seeAlso = ResourceFactory.createProperty(NS + "seeAlso");

    private Rdfs() {
    }
}
