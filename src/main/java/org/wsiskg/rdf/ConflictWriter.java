package org.wsiskg.rdf;

import static org.wsiskg.rdf.Triples.add;
import static org.wsiskg.rdf.Triples.uri;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.wsiskg.rdf.vocab.Wsis;

/**
 * Writes a {@code wsis:Conflict} node for a property of an event on which the texts disagree: it names
 * the event, the property, every value kept and the mentions that gave each, so that a reader can go
 * back to the texts and judge, since the graph keeps all the values rather than pick one.
 */
final class ConflictWriter {

    /** Writes {@code <event>/conflict/<property's local name>}; the values map to the mentions that gave them. */
    void write(Graph g, Node event, Node property, Map<Node, List<Node>> mentionsByValue) {
        Node conflict = uri(event.getURI() + "/conflict/" + localName(property));
        add(g, conflict, RDF.type.asNode(), Wsis.Conflict.asNode());
        add(g, conflict, Wsis.conflictAbout.asNode(), event);
        add(g, conflict, Wsis.conflictProperty.asNode(), property);
        for (Map.Entry<Node, List<Node>> v : mentionsByValue.entrySet()) {
            add(g, conflict, Wsis.conflictingValue.asNode(), v.getKey());
            for (Node mention : v.getValue()) {
                add(g, conflict, Wsis.conflictingMention.asNode(), mention);
            }
        }
    }

    private static String localName(Node property) {
        String iri = property.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
