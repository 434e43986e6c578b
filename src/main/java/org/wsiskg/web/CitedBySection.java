package org.wsiskg.web;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Writes the "Cited by" section of a resource page: one row per citation of it, with the citing
 * text, its date, the citing paragraph, how it cites and the sentence that does, so that a reader
 * sees what the citing text says about the resource without opening it.
 */
final class CitedBySection {

    private final Links links;

    CitedBySection(Links links) {
        this.links = links;
    }

    /** The section for {@code rows} of the cited-by query; nothing when no text cites the resource. */
    void write(Html h, List<Binding> rows) {
        if (rows.isEmpty()) {
            return;
        }
        h.open("section", "id", "cited-by");
        h.element("h2", "Cited by (" + rows.size() + ")");
        h.open("table", "class", "results");
        h.open("thead").open("tr").element("th", "text").element("th", "date").element("th", "paragraph")
                .element("th", "how").element("th", "the citing sentence").close().close();
        h.open("tbody");
        for (Binding b : rows) {
            Node citing = b.get(Var.alloc("citing"));
            Node symbol = b.get(Var.alloc("citingSymbol"));
            Node date = b.get(Var.alloc("date"));
            Node para = b.get(Var.alloc("para"));
            Node paraId = b.get(Var.alloc("paraId"));
            Node function = b.get(Var.alloc("function"));
            Node text = b.get(Var.alloc("text"));
            Node lang = b.get(Var.alloc("lang"));
            String quote = b.get(Var.alloc("quote")).getLiteralLexicalForm();
            h.open("tr");
            h.open("td").link(links.href(citing.getURI()),
                    symbol != null ? symbol.getLiteralLexicalForm() : links.shortName(citing)).close();
            h.element("td", date == null ? "" : date.getLiteralLexicalForm());
            h.open("td").link(links.href(para.getURI()),
                    paraId != null ? paraId.getLiteralLexicalForm() : links.shortName(para)).close();
            h.element("td", function == null ? "" : function.getLiteralLexicalForm());
            if (lang == null) {
                h.open("td");
            } else {
                h.open("td", "lang", lang.getLiteralLexicalForm());
            }
            sentence(h, text == null ? null : text.getLiteralLexicalForm(), quote);
            PageNumber.after(h, b);
            h.close();
            h.close();
        }
        h.close().close();
        h.close();
    }

    /**
     * The sentence of the citing paragraph that holds the quote, the quote marked. A quote that is
     * not in the paragraph's text was read from a footnote of it: then the paragraph (its start, if
     * long) and the footnote's words.
     */
    private static void sentence(Html h, String text, String quote) {
        List<CitationMarks.Mark> marks = text == null ? List.of() : CitationMarks.find(text, List.of(quote));
        if (marks.isEmpty()) {
            if (text != null) {
                h.text(text.length() > 160 ? text.substring(0, 160) + " … " : text + " ");
            }
            h.open("span", "class", "via").text("(footnote: ").element("mark", quote.replaceAll("\\s+", " ")).text(")").close();
            return;
        }
        CitationMarks.Mark m = marks.get(0);
        int[] s = CitationMarks.sentence(text, m.start(), m.end());
        h.text((s[0] > 0 ? "… " : "") + text.substring(s[0], m.start()));
        h.element("mark", text.substring(m.start(), m.end()));
        h.text(text.substring(m.end(), s[1]) + (s[1] < text.length() ? " …" : ""));
    }
}
