package org.wsiskg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** CiTO terms used for citation occurrences. */
public final class Cito {

    public static final String NS = "http://purl.org/spar/cito/";

    public static final Resource Citation = ResourceFactory.createResource(NS + "Citation");
    public static final Property hasCitingEntity = ResourceFactory.createProperty(NS + "hasCitingEntity");
    public static final Property hasCitedEntity = ResourceFactory.createProperty(NS + "hasCitedEntity");

    private Cito() {
    }
}
