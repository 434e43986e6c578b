package org.wsiskg.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /network.json}: the documents and who cites whom, for the network view. One edge per
 * citing text, cited document and citing function, with how many citations it stands for and the
 * year of the citing text (to filter by). Nodes carry a year too: the adoption date where the
 * graph has it, else the year read from the symbol.
 */
final class NetworkData extends PageServlet {

    private static final long serialVersionUID = 1L;

    private static final String EDGES = """
            SELECT ?citing ?cited ?function (COUNT(DISTINCT ?c) AS ?n) WHERE {
              ?c wsis:citingDocument ?citing ; wsis:citedDocument ?cited .
              OPTIONAL { ?c wsis:citingFunction/skos:notation ?f }
              BIND (COALESCE(?f, "unspecified") AS ?function)
            } GROUP BY ?citing ?cited ?function ORDER BY ?citing ?cited ?function
            """;

    private static final String NODES = """
            SELECT ?doc ?symbol ?date ?title ?source WHERE {
              { SELECT DISTINCT ?doc WHERE { { ?c wsis:citingDocument ?doc } UNION { ?c wsis:citedDocument ?doc } } }
              OPTIONAL { ?doc wsis:symbol ?symbol }
              OPTIONAL { ?doc eli:date_document ?date }
              OPTIONAL { ?doc dcterms:title ?title }
              OPTIONAL { ?doc prov:wasDerivedFrom ?source . ?source a wsis:SourceText }
            } ORDER BY ?doc
            """;

    /** ECOSOC symbols and most report symbols carry the year (E/RES/2006/46, E/2012/48); GA ones the session (A/RES/65/141). */
    private static final Pattern YEAR_IN_SYMBOL = Pattern.compile("^(?:E|A)/(?:RES/|DEC/)?((?:19|20)\\d\\d)/");
    private static final Pattern GA_SESSION = Pattern.compile("^A/(?:RES/|DEC/)?(\\d{1,2})/");

    private final transient ObjectMapper json = new ObjectMapper();

    NetworkData(Site site) {
        super(site);
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ObjectNode out = json.createObjectNode();
        Map<String, Integer> years = new LinkedHashMap<>();
        ArrayNode nodes = out.putArray("nodes");
        for (Binding b : site.select(NODES, Map.of())) {
            String doc = b.get(Var.alloc("doc")).getURI();
            Node symbol = b.get(Var.alloc("symbol"));
            Node date = b.get(Var.alloc("date"));
            Node title = b.get(Var.alloc("title"));
            Integer year = date != null ? Integer.valueOf(date.getLiteralLexicalForm().substring(0, 4))
                    : symbol != null ? yearOf(symbol.getLiteralLexicalForm()) : null;
            years.put(doc, year);
            ObjectNode n = nodes.addObject();
            n.put("id", doc);
            n.put("label", symbol != null ? symbol.getLiteralLexicalForm() : site.links().shortName(doc));
            n.put("href", site.links().href(doc));
            n.put("corpus", b.get(Var.alloc("source")) != null);
            if (year != null) {
                n.put("year", year);
            }
            if (title != null) {
                n.put("title", title.getLiteralLexicalForm());
            }
        }
        ArrayNode edges = out.putArray("edges");
        TreeSet<String> functions = new TreeSet<>();
        TreeSet<Integer> edgeYears = new TreeSet<>();
        for (Binding b : site.select(EDGES, Map.of())) {
            String citing = b.get(Var.alloc("citing")).getURI();
            String cited = b.get(Var.alloc("cited")).getURI();
            String function = b.get(Var.alloc("function")).getLiteralLexicalForm();
            functions.add(function);
            ObjectNode e = edges.addObject();
            e.put("id", citing + " " + function + " " + cited);
            e.put("source", citing);
            e.put("target", cited);
            e.put("function", function);
            e.put("count", Integer.parseInt(b.get(Var.alloc("n")).getLiteralLexicalForm()));
            Integer year = years.get(citing);
            if (year != null) {
                e.put("year", year);
                edgeYears.add(year);
            }
        }
        ArrayNode f = out.putArray("functions");
        functions.forEach(f::add);
        ArrayNode y = out.putArray("years");
        edgeYears.forEach(y::add);
        response.setStatus(200);
        response.setContentType("application/json; charset=utf-8");
        json.writeValue(response.getOutputStream(), out);
    }

    /** The year a symbol names, or for the General Assembly the year its session opened (session N: 1945 + N); null if neither. */
    static Integer yearOf(String symbol) {
        Matcher m = YEAR_IN_SYMBOL.matcher(symbol);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        Matcher ga = GA_SESSION.matcher(symbol);
        return ga.find() ? 1945 + Integer.parseInt(ga.group(1)) : null;
    }
}
