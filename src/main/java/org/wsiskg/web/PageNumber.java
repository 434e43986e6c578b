package org.wsiskg.web;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The page of a PDF a quote stands on ({@code wsis:page} of the citation's target), written after
 * the quote as {@code (p. 2)}, so a reader can find it in the file; nothing for unpaged sources.
 */
final class PageNumber {

    private PageNumber() {
    }

    static void after(Html h, Binding row) {
        Node page = row.get(Var.alloc("page"));
        if (page != null && page.isLiteral()) {
            h.text(" ");
            h.element("span", "p. " + page.getLiteralLexicalForm(), "class", "page");
        }
    }
}
