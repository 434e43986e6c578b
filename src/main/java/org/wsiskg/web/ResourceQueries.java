package org.wsiskg.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Reads what the HTML page of a resource shows: its facts, its paragraphs, the citations it makes,
 * the citations it receives and the other links into it. Every query has the resource as {@code ?x}.
 */
final class ResourceQueries {

    private static final String FACTS = """
            SELECT ?p ?o ?pLabel ?oLabel WHERE {
              ?x ?p ?o .
              OPTIONAL { ?p rdfs:label ?pLabel FILTER (LANGMATCHES(LANG(?pLabel), "en")) }
              OPTIONAL { ?o rdfs:label ?oLabel FILTER (LANGMATCHES(LANG(?oLabel), "en")) }
            } ORDER BY ?p ?o
            """;

    /**
     * A document's paragraphs, each text with its language and where it starts in the source text of
     * that language: a document read in Chinese and English has two texts for a paragraph.
     */
    private static final String PARAGRAPHS = """
            SELECT ?para ?id ?text ?lang (MIN(?at) AS ?start) WHERE {
              ?para eli:is_part_of ?x ; wsis:text ?text ; wsis:paragraphId ?id .
              BIND (LANG(?text) AS ?lang)
              OPTIONAL { ?para oa:hasTarget ?t . ?t oa:hasSource/dcterms:language ?lang ; oa:hasSelector/oa:start ?at }
            } GROUP BY ?para ?id ?text ?lang ORDER BY ?lang ?start ?id
            """;

    private static final String OUTGOING = """
            SELECT ?para ?cited ?function ?quote ?lang ?page WHERE {
              ?c wsis:citingDocument ?doc ; cito:hasCitingEntity ?para ; cito:hasCitedEntity ?cited ; wsis:quote ?quote .
              FILTER (?doc = ?x || ?para = ?x)
              OPTIONAL { ?c prov:wasDerivedFrom/dcterms:language ?lang }
              OPTIONAL { ?c wsis:citingFunction/skos:notation ?function }
              OPTIONAL { ?c oa:hasTarget/oa:hasSelector/oa:start ?start }
              OPTIONAL { ?c oa:hasTarget/wsis:page ?page }
            } ORDER BY ?start ?cited
            """;

    private static final String CITED_BY = """
            SELECT DISTINCT ?citing ?citingSymbol ?date ?para ?paraId ?text ?lang ?cited ?function ?quote ?start ?page WHERE {
              { ?c wsis:citedDocument ?x } UNION { ?c cito:hasCitedEntity ?x }
              ?c wsis:citingDocument ?citing ; cito:hasCitingEntity ?para ; cito:hasCitedEntity ?cited ; wsis:quote ?quote .
              OPTIONAL { ?c wsis:citingFunction/skos:notation ?function }
              OPTIONAL { ?c oa:hasTarget/oa:hasSelector/oa:start ?start }
              OPTIONAL { ?c oa:hasTarget/wsis:page ?page }
              OPTIONAL { ?c prov:wasDerivedFrom/dcterms:language ?lang }
              OPTIONAL { ?para wsis:text ?text FILTER (LANG(?text) = ?lang) }
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

    /**
     * The rows of one resource's page, each list in its query's order: {@code facts} (?p ?o ?pLabel
     * ?oLabel), {@code paragraphs} (?para ?id ?text ?lang), {@code outgoing} citations (?para ?cited
     * ?function ?quote ?lang), {@code citedBy} (?citing ?citingSymbol ?date ?para ?paraId ?text ?lang
     * ?cited ?function ?quote) and {@code incoming} links (?s ?q ?qLabel); {@code ?lang} is the
     * language of the text a paragraph's words or a citation were read from.
     */
    record Rows(List<Binding> facts, List<Binding> paragraphs, List<Binding> outgoing, List<Binding> citedBy,
            List<Binding> incoming) {

        /** The first value of a property by its local name (symbol, title, label), in English where there is a choice. */
        String first(String localName) {
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

        /** Every literal value of a property by its local name, in the facts' order (a text in each language). */
        List<Node> literals(String localName) {
            List<Node> found = new java.util.ArrayList<>();
            for (Binding b : facts) {
                Node p = b.get(Var.alloc("p"));
                Node o = b.get(Var.alloc("o"));
                if (o.isLiteral() && (p.getURI().endsWith("#" + localName) || p.getURI().endsWith("/" + localName))) {
                    found.add(o);
                }
            }
            return found;
        }
    }

    private final Site site;

    ResourceQueries(Site site) {
        this.site = site;
    }

    /**
     * The rows of the page of {@code x}, or nothing when the graph neither says anything about it,
     * nor links to it, nor cites it; its paragraphs and citations are read only when there is a page.
     */
    Optional<Rows> read(Node x) {
        List<Binding> facts = site.select(FACTS, Map.of("x", x));
        List<Binding> incoming = site.select(INCOMING, Map.of("x", x));
        List<Binding> citedBy = site.select(CITED_BY, Map.of("x", x));
        if (facts.isEmpty() && incoming.isEmpty() && citedBy.isEmpty()) {
            return Optional.empty();
        }
        List<Binding> paragraphs = site.select(PARAGRAPHS, Map.of("x", x));
        List<Binding> outgoing = site.select(OUTGOING, Map.of("x", x));
        return Optional.of(new Rows(facts, paragraphs, outgoing, citedBy, incoming));
    }
}
