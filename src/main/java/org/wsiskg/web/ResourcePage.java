package org.wsiskg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.wsiskg.query.NamedQuery;
import org.wsiskg.rdf.vocab.Wsis;

/**
 * The page of one resource, at its IRI's path ({@code /doc/A/RES/65/141}, {@code /body/GA},
 * {@code /event/igf/2009} …) or at {@code /resource?iri=…}. Browsers get HTML; an {@code Accept}
 * header for Turtle, JSON-LD, N-Triples or RDF/XML (or {@code ?format=ttl|jsonld|nt|rdf}) gets the
 * resource's triples: those about it and those pointing at it. An IRI the graph does not know is a
 * 404 page.
 */
final class ResourcePage extends PageServlet {

    private static final long serialVersionUID = 1L;

    /** What the server offers, in order of preference when a client accepts several equally. */
    private static final List<Offer> OFFERS = List.of(
            new Offer("text/html", null, "html"),
            new Offer("text/turtle", RDFFormat.TURTLE_PRETTY, "ttl"),
            new Offer("application/ld+json", RDFFormat.JSONLD11, "jsonld"),
            new Offer("application/n-triples", RDFFormat.NTRIPLES, "nt"),
            new Offer("application/rdf+xml", RDFFormat.RDFXML_PLAIN, "rdf"));

    private record Offer(String mediaType, RDFFormat format, String name) {
    }

    private static final String DESCRIBE = """
            CONSTRUCT { ?x ?p ?o . ?s ?q ?x } WHERE { { ?x ?p ?o } UNION { ?s ?q ?x } }
            """;

    private static final String FACTS = """
            SELECT ?p ?o ?pLabel ?oLabel WHERE {
              ?x ?p ?o .
              OPTIONAL { ?p rdfs:label ?pLabel FILTER (LANGMATCHES(LANG(?pLabel), "en")) }
              OPTIONAL { ?o rdfs:label ?oLabel FILTER (LANGMATCHES(LANG(?oLabel), "en")) }
            } ORDER BY ?p ?o
            """;

    private static final String PARAGRAPHS = """
            SELECT ?para ?id ?text WHERE {
              ?para eli:is_part_of ?x ; wsis:text ?text ; wsis:paragraphId ?id .
              OPTIONAL { ?para oa:hasTarget/oa:hasSelector/oa:start ?start }
            } ORDER BY ?start ?id
            """;

    private static final String OUTGOING = """
            SELECT ?para ?cited ?function ?quote WHERE {
              ?c wsis:citingDocument ?doc ; cito:hasCitingEntity ?para ; cito:hasCitedEntity ?cited ; wsis:quote ?quote .
              FILTER (?doc = ?x || ?para = ?x)
              OPTIONAL { ?c wsis:citingFunction/skos:notation ?function }
              OPTIONAL { ?c oa:hasTarget/oa:hasSelector/oa:start ?start }
            } ORDER BY ?start ?cited
            """;

    private static final String CITED_BY = """
            SELECT DISTINCT ?citing ?citingSymbol ?date ?para ?paraId ?text ?cited ?function ?quote ?start WHERE {
              { ?c wsis:citedDocument ?x } UNION { ?c cito:hasCitedEntity ?x }
              ?c wsis:citingDocument ?citing ; cito:hasCitingEntity ?para ; cito:hasCitedEntity ?cited ; wsis:quote ?quote .
              OPTIONAL { ?c wsis:citingFunction/skos:notation ?function }
              OPTIONAL { ?c oa:hasTarget/oa:hasSelector/oa:start ?start }
              OPTIONAL { ?para wsis:text ?text }
              OPTIONAL { ?para wsis:paragraphId ?paraId }
              OPTIONAL { ?citing wsis:symbol ?citingSymbol }
              OPTIONAL { ?citing eli:date_document ?date }
            } ORDER BY ?date ?citing ?start
            """;

    /** Links into the resource other than the citations and paragraphs shown in sections of their own. */
    private static final String INCOMING = """
            SELECT ?s ?q ?qLabel WHERE {
              ?s ?q ?x .
              FILTER (?q NOT IN (eli:is_part_of, eli:has_part, cito:hasCitedEntity, wsis:citedDocument,
                                 wsis:citingDocument, cito:hasCitingEntity, eli:cites))
              OPTIONAL { ?q rdfs:label ?qLabel FILTER (LANGMATCHES(LANG(?qLabel), "en")) }
            } ORDER BY ?q ?s LIMIT 500
            """;

    ResourcePage(Site site) {
        super(site);
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = iriOf(request);
        Offer offer = choose(request);
        response.setHeader("Vary", "Accept");
        Node x = NodeFactory.createURI(iri);
        if (offer.format() != null) {
            Graph g = describe(x);
            if (g.isEmpty()) {
                response.sendError(404, "the graph holds nothing about " + iri);
                return;
            }
            response.setStatus(200);
            response.setContentType(offer.mediaType() + (offer.name().equals("rdf") ? "" : "; charset=utf-8"));
            g.getPrefixMapping().setNsPrefixes(site.prefixes());
            RDFDataMgr.write(response.getOutputStream(), g, offer.format());
            return;
        }
        List<Binding> facts = site.select(FACTS, Map.of("x", x));
        List<Binding> incoming = site.select(INCOMING, Map.of("x", x));
        List<Binding> citedBy = site.select(CITED_BY, Map.of("x", x));
        if (facts.isEmpty() && incoming.isEmpty() && citedBy.isEmpty()) {
            throw new Failure(404, "The graph holds nothing about " + iri + ".");
        }
        List<Binding> paragraphs = site.select(PARAGRAPHS, Map.of("x", x));
        List<Binding> outgoing = site.select(OUTGOING, Map.of("x", x));
        String title = title(iri, facts);
        send(response, 200, PageFrame.render(title, h -> {
            h.element("h1", title);
            h.open("p", "class", "iri").element("code", iri).text(" ");
            for (Offer o : OFFERS.subList(1, OFFERS.size())) {
                h.link(site.links().href(iri) + (site.links().href(iri).contains("?") ? "&" : "?") + "format=" + o.name(),
                        o.name(), "class", "format");
                h.text(" ");
            }
            h.close();
            questions(h, first(facts, "symbol"));
            facts(h, facts, !paragraphs.isEmpty());
            text(h, facts, paragraphs, outgoing);
            citedBy(h, citedBy);
            cites(h, outgoing);
            incoming(h, incoming);
        }));
    }

    /** Links to every named query that takes a document's symbol, with this document's filled in. */
    private void questions(Html h, String symbol) {
        if (symbol == null) {
            return;
        }
        List<NamedQuery> asking = site.queries().all().stream()
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

    private String iriOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.equals(Links.RESOURCE)) {
            String iri = request.getParameter("iri");
            if (iri == null || iri.isBlank()) {
                throw new Failure(400, "Say which resource: /resource?iri=…");
            }
            return iri.strip();
        }
        return site.links().iriOfPath(path);
    }

    private static Offer choose(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null && !format.isBlank()) {
            String f = format.toLowerCase(Locale.ROOT);
            for (Offer o : OFFERS) {
                if (o.name().equals(f) || o.mediaType().equals(f)) {
                    return o;
                }
            }
            switch (f) {
                case "turtle" -> { return OFFERS.get(1); }
                case "json-ld", "json" -> { return OFFERS.get(2); }
                case "ntriples", "n-triples" -> { return OFFERS.get(3); }
                case "xml", "rdfxml", "rdf/xml" -> { return OFFERS.get(4); }
                default -> throw new Failure(400, "format is html, ttl, jsonld, nt or rdf, not '" + format + "'.");
            }
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return OFFERS.get(0);
        }
        int chosen = AcceptHeader.choose(accept, OFFERS.stream().map(Offer::mediaType).toList());
        return chosen < 0 ? OFFERS.get(0) : OFFERS.get(chosen);
    }

    private Graph describe(Node x) {
        Query query = QueryFactory.create(site.prologue() + DESCRIBE);
        return Txn.calculateRead(site.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(site.dataset().asDatasetGraph()).query(query)
                    .substitution(Binding.builder().add(Var.alloc("x"), x).build()).build()) {
                return exec.construct();
            }
        });
    }

    private String title(String iri, List<Binding> facts) {
        String symbol = first(facts, "symbol");
        String titleText = first(facts, "title");
        String name = symbol != null ? symbol : site.links().shortName(iri);
        String label = first(facts, "label");
        if (titleText != null) {
            return name + " — " + titleText;
        }
        return label != null && symbol == null ? label + " (" + name + ")" : name;
    }

    /** The first value of a property by its local name (symbol, title, label), in English where there is a choice. */
    private static String first(List<Binding> facts, String localName) {
        String found = null;
        for (Binding b : facts) {
            Node p = b.get(Var.alloc("p"));
            Node o = b.get(Var.alloc("o"));
            if (p.getURI().endsWith("#" + localName) || p.getURI().endsWith("/" + localName)) {
                if (o.isLiteral() && (found == null || o.getLiteralLanguage().equals("en"))) {
                    found = o.getLiteralLexicalForm();
                }
            }
        }
        return found;
    }

    private void facts(Html h, List<Binding> facts, boolean hasText) {
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
                    : p.equals(RDF.type.getURI()) ? "type" : site.links().shortName(p);
            h.open("th", "title", p).text(name).close();
            h.open("td");
            for (Binding b : rows) {
                h.open("div");
                Node o = b.get(Var.alloc("o"));
                Node oLabel = b.get(Var.alloc("oLabel"));
                if (o.isURI() && oLabel != null) {
                    h.link(site.links().href(o.getURI()), oLabel.getLiteralLexicalForm(), "title", o.getURI());
                } else {
                    NodeView.inline(h, site.links(), o);
                }
                h.close();
            }
            h.close();
            h.close();
        });
        h.close().close();
    }

    /** The text: the resource's own (a paragraph) or its paragraphs in order (a document), citations marked. */
    private void text(Html h, List<Binding> facts, List<Binding> paragraphs, List<Binding> outgoing) {
        Map<String, List<Binding>> byParagraph = new LinkedHashMap<>();
        for (Binding b : outgoing) {
            byParagraph.computeIfAbsent(b.get(Var.alloc("para")).getURI(), k -> new ArrayList<>()).add(b);
        }
        if (!paragraphs.isEmpty()) {
            h.open("section", "id", "text");
            h.element("h2", "Text (" + paragraphs.size() + " paragraphs)");
            for (Binding p : paragraphs) {
                String para = p.get(Var.alloc("para")).getURI();
                String id = p.get(Var.alloc("id")).getLiteralLexicalForm();
                h.open("div", "class", "para", "id", id);
                h.link(site.links().href(para), id, "class", "pid");
                paragraph(h, p.get(Var.alloc("text")).getLiteralLexicalForm(), byParagraph.getOrDefault(para, List.of()));
                h.close();
            }
            h.close();
            return;
        }
        String own = first(facts, "text");
        if (own != null) {
            h.open("section", "id", "text");
            h.element("h2", "Text");
            h.open("div", "class", "para");
            paragraph(h, own, outgoing);
            h.close();
            h.close();
        }
    }

    private void paragraph(Html h, String text, List<Binding> citations) {
        List<String> quotes = citations.stream().map(b -> b.get(Var.alloc("quote")).getLiteralLexicalForm()).toList();
        List<CitationMarks.Mark> marks = CitationMarks.find(text, quotes);
        h.open("p", "lang", "zh");
        int at = 0;
        for (CitationMarks.Mark m : marks) {
            h.text(text.substring(at, m.start()));
            Binding c = citations.get(m.index());
            String cited = c.get(Var.alloc("cited")).getURI();
            Node function = c.get(Var.alloc("function"));
            h.open("a", "class", "cite", "href", site.links().href(cited),
                    "title", (function != null ? function.getLiteralLexicalForm() + " " : "") + site.links().shortName(cited));
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
                h.link(site.links().href(cited), site.links().shortName(cited), "class", "cite");
                h.text(" ");
            }
            h.close();
        }
    }

    private void citedBy(Html h, List<Binding> rows) {
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
            String quote = b.get(Var.alloc("quote")).getLiteralLexicalForm();
            h.open("tr");
            h.open("td").link(site.links().href(citing.getURI()),
                    symbol != null ? symbol.getLiteralLexicalForm() : site.links().shortName(citing)).close();
            h.element("td", date == null ? "" : date.getLiteralLexicalForm());
            h.open("td").link(site.links().href(para.getURI()),
                    paraId != null ? paraId.getLiteralLexicalForm() : site.links().shortName(para)).close();
            h.element("td", function == null ? "" : function.getLiteralLexicalForm());
            h.open("td", "lang", "zh");
            sentence(h, text == null ? null : text.getLiteralLexicalForm(), quote);
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

    private void cites(Html h, List<Binding> outgoing) {
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
            h.open("td").link(site.links().href(cited), site.links().shortName(cited)).close();
            h.open("td");
            for (Binding b : rows) {
                Node function = b.get(Var.alloc("function"));
                String para = b.get(Var.alloc("para")).getURI();
                h.open("span", "class", "where");
                h.text(function == null ? "" : function.getLiteralLexicalForm() + " ");
                h.link(site.links().href(para), site.links().shortName(para));
                h.close();
                h.text(" ");
            }
            h.close();
            h.close();
        });
        h.close().close();
        h.close();
    }

    private void incoming(Html h, List<Binding> rows) {
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
            h.open("th", "title", q).text("← " + (label != null ? label.getLiteralLexicalForm() : site.links().shortName(q)))
                    .close();
            h.open("td");
            for (Binding b : list) {
                h.open("div");
                NodeView.inline(h, site.links(), b.get(Var.alloc("s")));
                h.close();
            }
            h.close();
            h.close();
        });
        h.close().close();
        h.close();
    }
}
