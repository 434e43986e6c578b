package org.wsiskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.query.NamedQuery;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.rdf.vocab.Eli;
import org.wsiskg.server.SparqlServer;
import org.wsiskg.store.SeedStore;

/** The desk over HTTP on the seed corpus: pages, content negotiation, downloads, errors, escaping. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSiteTest {

    private static final String DOC = "https://w3id.org/wsis-kg/doc/A/RES/65/141";
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private SparqlServer server;
    private HttpClient http;
    private String base;

    @BeforeAll
    void start() {
        Dataset dataset = SeedStore.build();
        server = SparqlServer.start(dataset, "127.0.0.1", 0, Duration.ofSeconds(30),
                WebSite.servlets(dataset, IriScheme.standard(), new QueryLibrary(Path.of("queries"))));
        base = "http://127.0.0.1:" + server.port();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void homeListsEveryNamedQueryWithAFormAndTheCounts() throws Exception {
        HttpResponse<String> r = get("/", BROWSER_ACCEPT);
        assertEquals(200, r.statusCode());
        for (NamedQuery q : new QueryLibrary(Path.of("queries")).all()) {
            assertTrue(r.body().contains("action=\"/queries/" + q.name() + "\""), "no form for " + q.name());
        }
        assertTrue(r.body().contains("class=\"stat\""), "no counts");
        assertTrue(r.body().contains("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js"), "no SPARQL editor");
        assertEquals(200, get("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js", null).statusCode());
        assertEquals(200, get("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.css", null).statusCode());
        assertEquals(200, get("/static/home.js", null).statusCode());
        assertTrue(r.body().contains("PREFIX wsis: &lt;https://w3id.org/wsis-kg/ontology#&gt;"), "prefixes not set");
    }

    @Test
    void aDocumentIriGivesTurtleToRdfClientsAndHtmlToBrowsers() throws Exception {
        HttpResponse<String> turtle = get("/doc/A/RES/65/141", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = parse(turtle.body(), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(DOC), Eli.date_document.asNode(),
                NodeFactory.createLiteralDT("2010-12-20", XSDDatatype.XSDdate)), turtle.body());
        HttpResponse<String> html = get("/doc/A/RES/65/141", BROWSER_ACCEPT);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1>A/RES/65/141"), "no heading");
        assertTrue(html.body().contains("id=\"cited-by\""), "A/RES/78/132 cites A/RES/65/141: no 'Cited by' section");
        assertTrue(html.body().contains("class=\"cite\""), "no citation marked in the text");
    }

    @ParameterizedTest
    @CsvSource({
        "application/ld+json,   , application/ld+json, JSONLD",
        "application/n-triples, , application/n-triples, NTRIPLES",
        "application/rdf+xml,   , application/rdf+xml, RDFXML",
        "text/html,          ttl, text/turtle, TURTLE",
        "text/html,       jsonld, application/ld+json, JSONLD",
        "'text/turtle;q=0.5, application/n-triples', , application/n-triples, NTRIPLES",
    })
    void everyRdfSyntaxByAcceptOrFormat(String accept, String format, String type, String lang) throws Exception {
        HttpResponse<String> r = get("/doc/A/RES/65/141" + (format == null ? "" : "?format=" + format), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type),
                r.headers().firstValue("Content-Type").orElse(""));
        Lang l = switch (lang) {
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.TURTLE;
        };
        Graph g = parse(r.body(), l);
        assertTrue(g.contains(NodeFactory.createURI(DOC), Eli.date_document.asNode(), org.apache.jena.graph.Node.ANY));
    }

    @Test
    void unknownResourcesAreA404PageWithoutAStackTrace() throws Exception {
        HttpResponse<String> html = get("/doc/A/RES/99/999", BROWSER_ACCEPT);
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("Not found"));
        assertFalse(html.body().contains("at org."), html.body());
        assertEquals(404, get("/doc/A/RES/99/999", "text/turtle").statusCode());
        assertEquals(404, get("/queries/no-such-query", BROWSER_ACCEPT).statusCode());
        assertEquals(404, get("/static/../wsis.css", null).statusCode());
        assertEquals(400, get("/doc/A/RES/65/141?format=docx", null).statusCode());
    }

    @Test
    void aNamedQueryRunsWithRequestParametersAndDownloads() throws Exception {
        HttpResponse<String> html = get("/queries/cited-by?symbol=A%2FRES%2F65%2F141&paragraph=", BROWSER_ACCEPT);
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("href=\"/doc/A/RES/78/132\""), "A/RES/78/132 cites A/RES/65/141");
        HttpResponse<String> csv = get("/queries/cited-by?symbol=A%2FRES%2F65%2F141&format=csv", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("citingText,citingSymbol,"), csv.body());
        assertTrue(csv.body().contains("A/RES/78/132"));
        HttpResponse<String> json = get("/queries/cited-by?symbol=A%2FRES%2F65%2F141&format=json", null);
        JsonNode results = new ObjectMapper().readTree(json.body());
        assertTrue(results.path("results").path("bindings").size() > 0, json.body());
    }

    @Test
    void whatARequestCarriesIsEscaped() throws Exception {
        String evil = URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8);
        HttpResponse<String> r = get("/queries/cited-by?symbol=" + evil, BROWSER_ACCEPT);
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>alert(1)"), "request text reached the page unescaped");
        assertTrue(r.body().contains("&lt;script&gt;alert(1)"));
    }

    @Test
    void aDraftWithoutSymbolIsServedThroughItsIri() throws Exception {
        HttpResponse<String> home = get("/", BROWSER_ACCEPT);
        int at = home.body().indexOf("href=\"/doc/unnumbered/");
        assertTrue(at > 0, "no link to a draft's page at its own IRI path");
        String href = home.body().substring(at + 6, home.body().indexOf('"', at + 6)).replace("&amp;", "&");
        HttpResponse<String> page = get(href, BROWSER_ACCEPT);
        assertEquals(200, page.statusCode(), href);
        assertTrue(page.body().contains("id=\"text\""), "the draft's text is not shown");
    }

    @Test
    void theNetworkDataLinksKnownNodes() throws Exception {
        HttpResponse<String> r = get("/network.json", null);
        assertEquals(200, r.statusCode());
        JsonNode data = new ObjectMapper().readTree(r.body());
        Set<String> ids = new HashSet<>();
        data.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        assertTrue(ids.contains(DOC));
        assertTrue(data.get("edges").size() > 0);
        data.get("edges").forEach(e -> {
            assertTrue(ids.contains(e.get("source").asText()), e.toString());
            assertTrue(ids.contains(e.get("target").asText()), e.toString());
        });
        assertTrue(data.get("functions").toString().contains("recalls"));
        HttpResponse<String> page = get("/network", BROWSER_ACCEPT);
        assertTrue(page.body().contains("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js"));
        assertEquals(200, get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", null).statusCode());
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }
}
