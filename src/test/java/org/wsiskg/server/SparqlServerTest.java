package org.wsiskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.SeedCorpus;
import org.wsiskg.store.GraphStore;

/** The embedded server over HTTP: queries in every result format, and nothing that writes. */
class SparqlServerTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @TempDir
    static Path storeDir;

    private static Dataset dataset;
    private static SparqlServer server;
    private static String base;

    @BeforeAll
    static void start() {
        GraphStore store = new GraphStore(storeDir.resolve("store"));
        store.replace(SeedCorpus.dataset());
        dataset = store.open();
        server = SparqlServer.start(dataset, "127.0.0.1", 0, Duration.ofSeconds(30), Map.of());
        base = "http://127.0.0.1:" + server.port() + SparqlServer.DATASET;
    }

    @AfterAll
    static void stop() {
        server.close();
        GraphStore.close(dataset);
    }

    @Test
    void countsTheTriplesOfTheUnionGraphWithGet() throws IOException, InterruptedException {
        HttpResponse<String> r = get("/sparql?query=" + enc(COUNT), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(count(r.body()) > 1000, r.body());
    }

    @Test
    void answersPostedQueriesOnEveryEndpointName() throws IOException, InterruptedException {
        for (String endpoint : new String[] {"", "/sparql", "/query"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(COUNT))).build());
            assertEquals(200, r.statusCode(), endpoint);
            assertTrue(count(r.body()) > 1000, endpoint);
        }
    }

    @Test
    void writesResultsInTheFormatTheAcceptHeaderAsksFor() throws IOException, InterruptedException {
        Map<String, String> expected = Map.of(
                "application/sparql-results+json", "\"bindings\"",
                "application/sparql-results+xml", "<sparql",
                "text/csv", "n\r\n",
                "text/tab-separated-values", "?n\n");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            HttpResponse<String> r = get("/sparql?query=" + enc(COUNT), e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(e.getKey()), e.getKey());
            assertTrue(r.body().contains(e.getValue()), e.getKey() + ": " + r.body());
        }
    }

    @Test
    void refusesUpdatesAndLeavesTheDataAsItWas() throws IOException, InterruptedException {
        long before = count(get("/sparql?query=" + enc(COUNT), "application/sparql-results+json").body());
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(update))).build());
        assertClientError(form);
        HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertClientError(direct);
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build());
        assertClientError(put);
        assertEquals(before, count(get("/sparql?query=" + enc(COUNT), "application/sparql-results+json").body()));
    }

    @Test
    void aMalformedQueryGetsA400ThatSaysWhatIsWrong() throws IOException, InterruptedException {
        HttpResponse<String> r = get("/sparql?query=" + enc("SELECT ?s WHERE { ?s ?p "), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error") || r.body().contains("Encountered"), r.body());
    }

    @Test
    void servesTheGraphsForReadingThroughTheGraphStoreProtocol() throws IOException, InterruptedException {
        HttpResponse<String> r = get("/get?graph=" + enc("https://w3id.org/wsis-kg/graph/zh/000_c9834f3814b4465f"), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("A/RES/65/141"), r.body().substring(0, Math.min(300, r.body().length())));
    }

    @Test
    void aQueryLongerThanTheTimeoutIsCancelledWith503() throws IOException, InterruptedException {
        // Its own copy of the data: the timeout is set on the served dataset's context.
        org.apache.jena.sparql.core.DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        copy.executeWrite(() -> SeedCorpus.dataset().find().forEachRemaining(q -> copy.getDefaultGraph().add(q.asTriple())));
        SparqlServer quick = SparqlServer.start(org.apache.jena.query.DatasetFactory.wrap(copy), "127.0.0.1", 0,
                Duration.ofMillis(500), Map.of());
        try {
            String huge = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + quick.port()
                    + SparqlServer.DATASET + "/sparql?query=" + enc(huge))).GET().build());
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "cancelled, not run to the end");
        } finally {
            quick.close();
        }
    }

    private static void assertClientError(HttpResponse<String> r) {
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("read-only"), "a refusal says why: " + r.body());
    }

    private static long count(String json) {
        Matcher m = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
    }

    /** A fresh client per request: the JDK client may fail a request that reuses a connection after a 4xx. */
    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
