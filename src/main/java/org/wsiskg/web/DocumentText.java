package org.wsiskg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Writes the text section of a resource page: a paragraph's own text, or a document's paragraphs in
 * order, each citation a link on the words it was read from. Citations whose words are not in the
 * text (read from a footnote, or from an instrument named elsewhere) are listed after the paragraph,
 * so that none goes unseen.
 */
final class DocumentText {

    private final Links links;

    DocumentText(Links links) {
        this.links = links;
    }

    /**
     * The text of the resource whose page {@code rows} are, if it has any. A paragraph read from
     * texts in two languages shows both, each with the citations read from that language's text, on
     * its document's page and on its own.
     */
    void write(Html h, ResourceQueries.Rows rows) {
        List<Binding> outgoing = rows.outgoing();
        Map<String, List<Binding>> byParagraph = new LinkedHashMap<>();
        for (Binding b : outgoing) {
            byParagraph.computeIfAbsent(b.get(Var.alloc("para")).getURI(), k -> new ArrayList<>()).add(b);
        }
        Map<String, List<Binding>> texts = new LinkedHashMap<>();
        for (String para : textOrder(rows.paragraphs())) {
            texts.put(para, new ArrayList<>());
        }
        for (Binding p : rows.paragraphs()) {
            texts.get(p.get(Var.alloc("para")).getURI()).add(p);
        }
        if (!texts.isEmpty()) {
            h.open("section", "id", "text");
            h.element("h2", "Text (" + texts.size() + " paragraphs)");
            for (Map.Entry<String, List<Binding>> e : texts.entrySet()) {
                String para = e.getKey();
                String id = e.getValue().get(0).get(Var.alloc("id")).getLiteralLexicalForm();
                h.open("div", "class", "para", "id", anchor(para, id));
                h.link(links.href(para), id, "class", "pid");
                for (Binding p : e.getValue()) {
                    Node text = p.get(Var.alloc("text"));
                    String lang = text.getLiteralLanguage();
                    paragraph(h, text.getLiteralLexicalForm(), lang, inLanguage(byParagraph.getOrDefault(para, List.of()), lang));
                }
                h.close();
            }
            h.close();
            return;
        }
        List<Node> own = rows.literals("text");
        if (!own.isEmpty()) {
            h.open("section", "id", "text");
            h.element("h2", "Text");
            h.open("div", "class", "para");
            for (Node text : own) {
                String lang = text.getLiteralLanguage();
                paragraph(h, text.getLiteralLexicalForm(), lang, own.size() == 1 ? outgoing : inLanguage(outgoing, lang));
            }
            h.close();
            h.close();
        }
    }

    /**
     * The page anchor of a paragraph: its id ({@code pp3}, {@code op17}), after its language where
     * each language has its own ({@code para/zh/h1} is {@code zh-h1}), so that no two share one.
     */
    static String anchor(String paraIri, String id) {
        String marker = "/para/";
        String name = paraIri.substring(paraIri.lastIndexOf(marker) + marker.length());
        int slash = name.indexOf('/');
        return slash < 0 ? id : name.substring(0, slash) + "-" + id;
    }

    /**
     * The paragraphs in the order of the texts they were read from ({@code paragraphs} come by language,
     * then position): the order of the language with the most paragraphs, and each paragraph only another
     * language has (its own headings) right after the paragraph that precedes it in that language.
     */
    static List<String> textOrder(List<Binding> paragraphs) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (Binding p : paragraphs) {
            Node lang = p.get(Var.alloc("lang"));
            List<String> order = byLanguage.computeIfAbsent(lang == null ? "" : lang.getLiteralLexicalForm(),
                    k -> new ArrayList<>());
            String para = p.get(Var.alloc("para")).getURI();
            if (!order.contains(para)) {
                order.add(para);
            }
        }
        List<String> merged = new ArrayList<>();
        byLanguage.values().stream().max(java.util.Comparator.comparingInt(List::size)).ifPresent(merged::addAll);
        for (List<String> order : byLanguage.values()) {
            int at = 0;
            for (String para : order) {
                int found = merged.indexOf(para);
                if (found < 0) {
                    merged.add(at, para);
                    found = at;
                }
                at = found + 1;
            }
        }
        return merged;
    }

    /** The citations read from the text in {@code lang} (all of them when the language is not known). */
    private static List<Binding> inLanguage(List<Binding> citations, String lang) {
        return citations.stream().filter(c -> {
            Node l = c.get(Var.alloc("lang"));
            return l == null || lang == null || lang.isEmpty() || l.getLiteralLexicalForm().equals(lang);
        }).toList();
    }

    private void paragraph(Html h, String text, String lang, List<Binding> citations) {
        List<String> quotes = citations.stream().map(b -> b.get(Var.alloc("quote")).getLiteralLexicalForm()).toList();
        List<CitationMarks.Mark> marks = CitationMarks.find(text, quotes);
        if (lang == null || lang.isEmpty()) {
            h.open("p");
        } else {
            h.open("p", "lang", lang);
        }
        int at = 0;
        for (CitationMarks.Mark m : marks) {
            h.text(text.substring(at, m.start()));
            Binding c = citations.get(m.index());
            String cited = c.get(Var.alloc("cited")).getURI();
            Node function = c.get(Var.alloc("function"));
            h.open("a", "class", "cite", "href", links.href(cited),
                    "title", (function != null ? function.getLiteralLexicalForm() + " " : "") + links.shortName(cited));
            h.text(text.substring(m.start(), m.end()));
            h.close();
            at = m.end();
        }
        h.text(text.substring(at));
        h.close();
        List<Integer> unmarked = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            final int index = i;
            if (marks.stream().noneMatch(m -> m.index() == index)) {
                unmarked.add(i);
            }
        }
        if (!unmarked.isEmpty()) {
            h.open("p", "class", "also").text("Also cites, through a footnote or a named instrument: ");
            for (int i : unmarked) {
                Binding c = citations.get(i);
                String cited = c.get(Var.alloc("cited")).getURI();
                h.link(links.href(cited), links.shortName(cited), "class", "cite");
                h.text(" ");
            }
            h.close();
        }
    }
}
