package org.wsiskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/** Adds triples to a graph in the short form the writers use, so that each of them reads as a list of statements. */
final class Triples {

    private Triples() {
    }

    static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
