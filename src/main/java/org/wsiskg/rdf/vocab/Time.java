package org.wsiskg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** OWL-Time terms for the periods of mandates. */
public final class Time {

    public static final String NS = "http://www.w3.org/2006/time#";

    public static final Resource Interval = ResourceFactory.createResource(NS + "Interval");
    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");
    public static final Property hasBeginning = ResourceFactory.createProperty(NS + "hasBeginning");
    public static final Property hasEnd = ResourceFactory.createProperty(NS + "hasEnd");
    public static final Property inXSDgYear = ResourceFactory.createProperty(NS + "inXSDgYear");

    private Time() {
    }
}
