package org.wsiskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.wsiskg.rdf.vocab.Wsis;

/** The SKOS concept of a citing function: recalls is wsis:Recalls, takes-note-of is wsis:TakesNoteOf. */
public final class CitingFunctionTerms {

    private CitingFunctionTerms() {
    }

    public static String iri(String label) {
        StringBuilder b = new StringBuilder(Wsis.NS);
        for (String part : label.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    static Node node(String label) {
        return NodeFactory.createURI(iri(label));
    }
}
