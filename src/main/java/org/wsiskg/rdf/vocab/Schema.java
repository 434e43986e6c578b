package org.wsiskg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** schema.org terms for events and their venues. */
public final class Schema {

    public static final String NS = "https://schema.org/";

    public static final Resource Event = ResourceFactory.createResource(NS + "Event");
    public static final Resource Place = ResourceFactory.createResource(NS + "Place");
    public static final Property startDate = ResourceFactory.createProperty(NS + "startDate");
    public static final Property endDate = ResourceFactory.createProperty(NS + "endDate");
    public static final Property location = ResourceFactory.createProperty(NS + "location");
    public static final Property name = ResourceFactory.createProperty(NS + "name");
    public static final Property addressCountry = ResourceFactory.createProperty(NS + "addressCountry");

    private Schema() {
    }
}
