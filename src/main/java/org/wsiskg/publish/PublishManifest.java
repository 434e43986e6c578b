package org.wsiskg.publish;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.wsiskg.rdf.vocab.Wsis;

/**
 * What a target holds from the last publish, kept in the target itself as one graph of
 * {@code <graph> wsis:contentDigest "sha256:…"} triples: the target, not a file on this machine,
 * says what it has, so a target that was wiped or restored is sent what it lacks.
 */
record PublishManifest(Map<String, String> digests) {

    PublishManifest {
        digests = Map.copyOf(digests);
    }

    static PublishManifest empty() {
        return new PublishManifest(Map.of());
    }

    static PublishManifest read(Graph g) {
        Map<String, String> digests = new TreeMap<>();
        g.find(Node.ANY, Wsis.contentDigest.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                digests.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
            }
        });
        return new PublishManifest(digests);
    }

    Graph toGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        new TreeMap<>(digests).forEach((graph, digest) -> g.add(Triple.create(NodeFactory.createURI(graph),
                Wsis.contentDigest.asNode(), NodeFactory.createLiteralString(digest))));
        return g;
    }
}
