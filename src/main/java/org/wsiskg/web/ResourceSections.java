package org.wsiskg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.wsiskg.query.NamedQuery;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.vocab.Wsis;

/**
 * Writes the sections of a resource page that list its links: the questions to ask about it, its
 * facts by property, the texts it cites and the other resources that refer to it. The text and the
 * texts citing it have classes of their own ({@link DocumentText}, {@link CitedBySection}).
 */
final class ResourceSections {

    private final Links links;
    private final QueryLibrary queries;

    ResourceSections(Links links, QueryLibrary queries) {
        this.links = links;
        this.queries = queries;
    }

    /** Links to every named query that takes a document's symbol, with this document's filled in. */
    void questions(Html h, String symbol) {
        if (symbol == null) {
            return;
        }
        List<NamedQuery> asking = queries.all().stream()
                .filter(q -> q.parameters().stream().anyMatch(p -> p.name().equals("symbol"))).toList();
        if (asking.isEmpty()) {
            return;
        }
        h.open("p", "class", "ask", "id", "ask").text("Ask about " + symbol + ": ");
        for (NamedQuery q : asking) {
            h.link("/queries/" + q.name() + "?symbol=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8), q.title());
            h.text(" ");
        }
        h.close();
    }

    /** The resource's own triples, one row per property, its label where the ontology gives one. */
    void facts(Html h, List<Binding> facts, boolean hasText) {
        Map<String, List<Binding>> byPredicate = new LinkedHashMap<>();
        for (Binding b : facts) {
            String p = b.get(Var.alloc("p")).getURI();
            // Shown in sections of their own: the paragraphs and citations of a document, a paragraph's text.
            if ((hasText && (p.endsWith("#has_part") || p.endsWith("#cites"))) || p.equals(Wsis.text.getURI())) {
                continue;
            }
            byPredicate.computeIfAbsent(p, k -> new ArrayList<>()).add(b);
        }
        h.element("h2", "Facts");
        h.open("table", "class", "facts", "id", "facts").open("tbody");
        byPredicate.forEach((p, rows) -> {
            Node label = rows.get(0).get(Var.alloc("pLabel"));
            h.open("tr");
            String name = label != null ? label.getLiteralLexicalForm()
                    : p.equals(RDF.type.getURI()) ? "type" : links.shortName(p);
            h.open("th", "title", p).text(name).close();
            h.open("td");
            for (Binding b : rows) {
                h.open("div");
                Node o = b.get(Var.alloc("o"));
                Node oLabel = b.get(Var.alloc("oLabel"));
                if (o.isURI() && oLabel != null) {
                    h.link(links.href(o.getURI()), oLabel.getLiteralLexicalForm(), "title", o.getURI());
                } else {
                    NodeView.inline(h, links, o);
                }
                h.close();
            }
            h.close();
            h.close();
        });
        h.close().close();
    }

    /** What the resource cites, one row per cited resource, with how and from which paragraph. */
    void cites(Html h, List<Binding> outgoing) {
        if (outgoing.isEmpty()) {
            return;
        }
        Map<String, List<Binding>> byCited = new LinkedHashMap<>();
        for (Binding b : outgoing) {
            byCited.computeIfAbsent(b.get(Var.alloc("cited")).getURI(), k -> new ArrayList<>()).add(b);
        }
        h.open("section", "id", "cites");
        h.element("h2", "Cites (" + byCited.size() + ")");
        h.open("table", "class", "results");
        h.open("thead").open("tr").element("th", "cited").element("th", "how, where").close().close();
        h.open("tbody");
        byCited.forEach((cited, rows) -> {
            h.open("tr");
            h.open("td").link(links.href(cited), links.shortName(cited)).close();
            h.open("td");
            for (Binding b : rows) {
                Node function = b.get(Var.alloc("function"));
                String para = b.get(Var.alloc("para")).getURI();
                h.open("span", "class", "where");
                h.text(function == null ? "" : function.getLiteralLexicalForm() + " ");
                h.link(links.href(para), links.shortName(para));
                PageNumber.after(h, b);
                h.close();
                h.text(" ");
            }
            h.close();
            h.close();
        });
        h.close().close();
        h.close();
    }

    /** The other resources that point at this one, one row per property they use. */
    void incoming(Html h, List<Binding> rows) {
        if (rows.isEmpty()) {
            return;
        }
        h.open("section", "id", "incoming");
        h.element("h2", "Referred to by");
        h.element("p", "Other resources that point here, by the property they use.", "class", "hint");
        h.open("table", "class", "facts").open("tbody");
        Map<String, List<Binding>> byPredicate = new LinkedHashMap<>();
        for (Binding b : rows) {
            byPredicate.computeIfAbsent(b.get(Var.alloc("q")).getURI(), k -> new ArrayList<>()).add(b);
        }
        byPredicate.forEach((q, list) -> {
            Node label = list.get(0).get(Var.alloc("qLabel"));
            h.open("tr");
            h.open("th", "title", q).text("← " + (label != null ? label.getLiteralLexicalForm() : links.shortName(q)))
                    .close();
            h.open("td");
            for (Binding b : list) {
                h.open("div");
                NodeView.inline(h, links, b.get(Var.alloc("s")));
                h.close();
            }
            h.close();
            h.close();
        });
        h.close().close();
        h.close();
    }
}
