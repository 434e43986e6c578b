package org.wsiskg.web;

import org.apache.jena.graph.Node;

/** How one RDF term shows on a page: an IRI as a link named by {@link Links#shortName}, a literal as its text. */
final class NodeView {

    private NodeView() {
    }

    static void inline(Html h, Links links, Node n) {
        if (n == null) {
            return;
        }
        if (n.isURI()) {
            String iri = n.getURI();
            h.link(links.href(iri), links.shortName(iri), "title", iri, "class", links.isLocal(iri) ? null : "external");
        } else if (n.isLiteral()) {
            String text = n.getLiteralLexicalForm();
            h.open("span", "class", text.length() > 120 ? "literal long" : "literal",
                    "lang", n.getLiteralLanguage().isEmpty() ? null : n.getLiteralLanguage());
            h.text(text);
            h.close();
        } else {
            h.text(n.toString());
        }
    }
}
