package org.wsiskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.wsiskg.WsisException;

/** The project ontology ({@code ontology/wsis.ttl}), as packaged into the jar. */
public final class Ontology {

    public static final String RESOURCE = "/ontology/wsis.ttl";

    private Ontology() {
    }

    public static Graph load() {
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WsisException("ONTOLOGY_MISSING", "the jar holds no " + RESOURCE + "; rebuild it with mvn package",
                        WsisException.FAILURE);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new WsisException("ONTOLOGY_MISSING", "cannot read " + RESOURCE + ": " + e.getMessage(), WsisException.FAILURE, e);
        }
    }
}
