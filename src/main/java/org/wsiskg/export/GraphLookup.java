package org.wsiskg.export;

import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Single values read off a graph. Where the graph holds several, the least in N-Triples order
 * is taken, so that a reading never depends on the order a store hands its triples out in.
 */
final class GraphLookup {

    private GraphLookup() {
    }

    /** The object of {@code s p ?o}, or null. */
    static Node one(Graph g, Node s, Node p) {
        TreeMap<String, Node> values = new TreeMap<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> values.put(t.getObject().toString(), t.getObject()));
        return values.isEmpty() ? null : values.firstEntry().getValue();
    }

    /** The lexical form of a literal object of {@code s p ?o}, or null. */
    static String literal(Graph g, Node s, Node p) {
        TreeSet<String> values = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                values.add(t.getObject().getLiteralLexicalForm());
            }
        });
        return values.isEmpty() ? null : values.first();
    }
}
