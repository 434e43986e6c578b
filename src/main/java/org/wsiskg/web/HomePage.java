package org.wsiskg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.wsiskg.query.NamedQuery;

/**
 * {@code /}: what the graph holds (how many of each kind of thing), the analysts' questions as
 * forms (every named query in {@code queries/}), the texts of the corpus, and a SPARQL editor on
 * the endpoint with the ontology's prefixes declared.
 */
final class HomePage extends PageServlet {

    private static final long serialVersionUID = 1L;

    /**
     * Instances of each class of the ontology's own namespace, with the class's English label: the
     * broad kinds first (documents, citations, meetings …), then their subclasses, most numerous first.
     */
    private static final String COUNTS = """
            SELECT ?class ?label (COUNT(DISTINCT ?s) AS ?n) (MAX(?narrower) AS ?sub) WHERE {
              ?s a ?class .
              FILTER (STRSTARTS(STR(?class), STR(wsis:)))
              OPTIONAL { ?class rdfs:label ?label FILTER (LANGMATCHES(LANG(?label), "en")) }
              OPTIONAL { ?class rdfs:subClassOf ?broader FILTER (STRSTARTS(STR(?broader), STR(wsis:))) }
              BIND (IF(BOUND(?broader), 1, 0) AS ?narrower)
            } GROUP BY ?class ?label ORDER BY ?sub DESC(?n) ?class
            """;

    private static final String TEXTS = """
            SELECT ?doc ?symbol ?date ?lang ?title WHERE {
              ?doc a wsis:Document ; prov:wasDerivedFrom ?source .
              ?source a wsis:SourceText ; dcterms:language ?lang .
              OPTIONAL { ?doc wsis:symbol ?symbol }
              OPTIONAL { ?doc eli:date_document ?date }
              OPTIONAL { ?doc dcterms:title ?title FILTER (LANG(?title) = ?lang) }
            } ORDER BY ?date ?symbol ?doc ?lang
            """;

    private static final String SYMBOLS = "SELECT DISTINCT ?symbol WHERE { ?doc wsis:symbol ?symbol } ORDER BY ?symbol";

    /** What the graph holds: counts, texts and symbols, read once since the served store does not change. */
    private record Summary(List<Binding> counts, List<Binding> texts, Set<String> symbols) {
    }

    private transient Summary summary;

    HomePage(Site site) {
        super(site);
    }

    private synchronized Summary summary() {
        if (summary == null) {
            Set<String> symbols = new TreeSet<>();
            site.select(SYMBOLS, Map.of()).forEach(b -> symbols.add(b.get(Var.alloc("symbol")).getLiteralLexicalForm()));
            summary = new Summary(site.select(COUNTS, Map.of()), site.select(TEXTS, Map.of()), symbols);
        }
        return summary;
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Summary known = summary();
        List<Binding> counts = known.counts();
        List<Binding> texts = known.texts();
        Set<String> symbols = known.symbols();
        // Queries are read at each request, so that one added to queries/ shows without a restart.
        List<NamedQuery> queries = site.queries().all();
        send(response, 200, PageFrame.render("The analyst's desk", h -> {
            h.element("h1", "The WSIS follow-up, as a graph");
            h.element("p", "UN resolutions on the World Summit on the Information Society, read paragraph by paragraph: "
                    + "what each text cites and how, the meetings and mandates it speaks of. Ask a question below, "
                    + "open any document, or browse the citation network.", "class", "lead");
            stats(h, counts);
            h.open("section", "id", "questions");
            h.element("h2", "Questions");
            h.open("datalist", "id", "symbols");
            for (String s : symbols) {
                h.open("option", "value", s).close();
            }
            h.close();
            for (NamedQuery q : queries) {
                h.open("div", "class", "question-card", "id", "q-" + q.name());
                h.open("h3").link("/queries/" + q.name(), q.title()).close();
                h.element("p", q.question());
                form(h, q, Map.of(), symbols);
                h.close();
            }
            h.close();
            h.open("section", "id", "texts");
            h.element("h2", "The texts");
            h.open("table", "class", "results");
            h.open("thead").open("tr").element("th", "symbol").element("th", "adopted").element("th", "language")
                    .element("th", "title").close().close();
            h.open("tbody");
            for (Binding b : texts) {
                Node doc = b.get(Var.alloc("doc"));
                Node symbol = b.get(Var.alloc("symbol"));
                Node date = b.get(Var.alloc("date"));
                Node title = b.get(Var.alloc("title"));
                Node lang = b.get(Var.alloc("lang"));
                h.open("tr");
                h.open("td").link(site.links().href(doc.getURI()), symbol != null ? symbol.getLiteralLexicalForm()
                        : site.links().shortName(doc.getURI()), "class", "text-link").close();
                h.element("td", date == null ? "" : date.getLiteralLexicalForm());
                h.element("td", lang == null ? "" : lang.getLiteralLexicalForm());
                if (title == null) {
                    h.element("td", "");
                } else {
                    h.element("td", title.getLiteralLexicalForm(), "lang", title.getLiteralLanguage());
                }
                h.close();
            }
            h.close().close();
            h.open("p").link("/network", "See how these texts cite each other →").close();
            h.close();
            h.open("section", "id", "sparql");
            h.element("h2", "SPARQL");
            h.open("p").text("Write your own query against the endpoint ").element("code", "/wsis/sparql")
                    .text("; the prefixes of the ontology are declared. The default graph is the union of all texts.")
                    .close();
            h.element("textarea", site.prologue() + "\nSELECT ?text ?symbol ?date WHERE {\n"
                    + "  ?text a wsis:Document ; prov:wasDerivedFrom/a wsis:SourceText .\n"
                    + "  OPTIONAL { ?text wsis:symbol ?symbol }\n  OPTIONAL { ?text eli:date_document ?date }\n"
                    + "}\nORDER BY ?date\n", "id", "default-query", "hidden", "hidden");
            h.open("div", "id", "yasgui").close();
            h.close();
        }, List.of(WebSite.YASGUI + "yasgui.min.css"), List.of(WebSite.YASGUI + "yasgui.min.js", "/static/home.js")));
    }

    private void stats(Html h, List<Binding> counts) {
        h.open("section", "class", "stats", "id", "stats");
        for (Binding b : counts) {
            Node label = b.get(Var.alloc("label"));
            Node n = b.get(Var.alloc("n"));
            String name = label != null ? label.getLiteralLexicalForm() : site.links().shortName(b.get(Var.alloc("class")));
            h.open("div", "class", "stat");
            h.element("span", n.getLiteralLexicalForm(), "class", "count");
            h.element("span", name, "class", "what");
            h.close();
        }
        h.close();
    }

    static void form(Html h, NamedQuery q, Map<String, String> values) {
        form(h, q, values, Set.of());
    }

    /** The form of a named query: one field per parameter, holding the given value or else the example. */
    static void form(Html h, NamedQuery q, Map<String, String> values, Set<String> symbols) {
        h.open("form", "class", "query-form", "method", "get", "action", "/queries/" + q.name());
        for (NamedQuery.Parameter p : q.parameters()) {
            String value = values.getOrDefault(p.name(), p.example());
            String id = q.name() + "-" + p.name();
            h.open("label", "for", id, "title", p.description());
            h.text(p.name());
            h.close();
            h.open("input", "type", "text", "id", id, "name", p.name(), "value", value,
                    "placeholder", p.example().isEmpty() ? "(any)" : p.example(), "title", p.description(),
                    "list", symbols.contains(p.example()) ? "symbols" : null);
        }
        h.open("button", "type", "submit").text(q.parameters().isEmpty() ? "Show" : "Ask").close();
        h.close();
        if (!q.parameters().isEmpty()) {
            h.open("p", "class", "hint");
            for (NamedQuery.Parameter p : q.parameters()) {
                h.element("strong", p.name()).text(": " + p.description() + ". ");
            }
            h.close();
        }
    }
}
