package org.wsiskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wsiskg.store.GraphSource;
import org.wsiskg.store.SeedStore;

/**
 * The endpoint lets nothing out and nothing heavy in: each test is one way a hostile or careless
 * query or request used to get through (issue 11), and what it gets now.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointLockdownTest {

    private static final String GRAPH = "https://w3id.org/wsis-kg/graph/zh/000_c9834f3814b4465f";

    private Dataset dataset;
    private SparqlServer server;
    /** A port that listens and counts every connection: an outbound request from the server would show here. */
    private ServerSocket bait;
    private final AtomicInteger baitConnections = new AtomicInteger();

    @BeforeAll
    void start() throws IOException {
        dataset = SeedStore.build();
        server = SparqlServer.start(dataset, "127.0.0.1", 0, Duration.ofSeconds(30), Map.of());
        bait = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!bait.isClosed()) {
                try (Socket s = bait.accept()) {
                    baitConnections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
        bait.close();
    }

    private String baitUrl() {
        return "http://127.0.0.1:" + bait.getLocalPort() + "/sparql";
    }

    @Test
    void serviceIsRefusedWith400AndNoRequestLeaves() throws Exception {
        int before = baitConnections.get();
        for (String q : new String[] {
                "SELECT * { SERVICE <" + baitUrl() + "> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + baitUrl() + "> { ?s ?p ?o } } } LIMIT 1",
                "SELECT * { { SELECT ?s { SERVICE SILENT <" + baitUrl() + "> { ?s ?p ?o } } } }",
                "SELECT * { VALUES ?u { <" + baitUrl() + "> } SERVICE ?u { ?s ?p ?o } }"}) {
            HttpResponse<String> r = query(server, q, "application/sparql-results+json");
            assertEquals(400, r.statusCode(), q + " → " + r.body());
            assertTrue(r.body().contains("SERVICE"), r.body());
            assertOneLine(r.body());
        }
        Thread.sleep(200);
        assertEquals(before, baitConnections.get(), "the server connected to the bait port");
    }

    @Test
    void aRemoteFromIsRefusedAndALocalOneReadsTheStoresGraph() throws Exception {
        int before = baitConnections.get();
        HttpResponse<String> remote = query(server, "SELECT * FROM <" + baitUrl() + "> { ?s ?p ?o }", "text/csv");
        assertEquals(400, remote.statusCode(), remote.body());
        assertTrue(remote.body().contains("FROM"), remote.body());
        HttpResponse<String> named = query(server, "SELECT * FROM NAMED <" + baitUrl() + "> { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertEquals(400, named.statusCode(), named.body());
        HttpResponse<String> local = query(server, "SELECT (COUNT(*) AS ?n) FROM <" + GRAPH + "> { ?s ?p ?o }", "text/csv");
        assertEquals(200, local.statusCode(), local.body());
        long inGraph = Long.parseLong(local.body().split("\r\n")[1]);
        HttpResponse<String> all = query(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
        long union = Long.parseLong(all.body().split("\r\n")[1]);
        assertTrue(inGraph > 100 && inGraph < union, inGraph + " of " + union);
        Thread.sleep(200);
        assertEquals(before, baitConnections.get(), "the server connected to the bait port");
    }

    @Test
    void javaAndUnknownFunctionsAreRefusedAndBuiltInsRun() throws Exception {
        for (String f : new String[] {"<java:org.wsiskg.server.EndpointLockdownTest$Probe>(1)", "<http://example.org/fn>(1)",
                "<java:org.apache.jena.sparql.function.library.sha1sum>(\"x\")"}) {
            HttpResponse<String> r = query(server, "SELECT (" + f + " AS ?x) {}", "text/csv");
            assertEquals(400, r.statusCode(), f + " → " + r.body());
            assertTrue(r.body().contains("function"), r.body());
        }
        HttpResponse<String> pf = query(server, "SELECT * { ?x <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }",
                "text/csv");
        assertEquals(400, pf.statusCode(), pf.body());
        HttpResponse<String> ok = query(server, "PREFIX afn: <http://jena.apache.org/ARQ/function#>\n"
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                + "SELECT (xsd:integer(\"42\") AS ?n) (STRLEN(\"abc\") AS ?l) (afn:localname(<http://x.org/a#b>) AS ?ln) {}",
                "text/csv");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("n,l,ln\r\n42,3,b\r\n", ok.body());
    }

    @Test
    void updatesAndLoadAreRefusedWith403OnEveryRoute() throws Exception {
        String load = "LOAD <" + baitUrl() + ">";
        for (String path : new String[] {"/wsis", "/wsis/sparql", "/wsis/update", "/wsis/data", "/", "/doc/A/RES/65/141"}) {
            HttpResponse<String> sparqlUpdate = fresh().send(HttpRequest.newBuilder(URI.create(url(server, path)))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(load)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, sparqlUpdate.statusCode(), path);
            HttpResponse<String> form = fresh().send(HttpRequest.newBuilder(URI.create(url(server, path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(load))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, form.statusCode(), path + ": " + form.body());
            assertTrue(form.body().contains("read-only"), form.body());
            for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
                HttpResponse<String> w = fresh().send(HttpRequest.newBuilder(URI.create(url(server, path + "?default")))
                        .header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(403, w.statusCode(), method + " " + path);
            }
        }
    }

    @Test
    void aForeignHostHeaderIsRefusedOnLoopback() throws Exception {
        int port = server.port();
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port, "LOCALHOST:" + port}) {
            assertEquals(200, RawHttp.get(port, "/wsis/sparql?query=" + enc("ASK {}"), host).status(), host);
        }
        for (String host : new String[] {"evil.example", "evil.example:" + port, "127.0.0.1", "127.0.0.1:1",
                "127.0.0.1.evil.example:" + port}) {
            RawHttp.Reply r = RawHttp.get(port, "/wsis/sparql?query=" + enc("ASK {}"), host);
            assertEquals(403, r.status(), "Host: " + host);
            assertOneLine(r.body());
        }
        assertEquals(403, RawHttp.get(port, "/", "rebind.example:" + port).status(), "pages are checked too");
    }

    @Test
    void bodiesLargerThanTheLimitAre413AndBodiesOfUnknownLengthAre411() throws Exception {
        SparqlServer small = SparqlServer.bind(new ServerOptions("127.0.0.1", 0, Duration.ofSeconds(30), 1000, 4096,
                Optional.empty())).serve(GraphSource.fixed(dataset), current -> Map.of());
        try {
            String big = "SELECT * { ?s ?p ?o } # " + "x".repeat(10_000);
            HttpResponse<String> raw = fresh().send(HttpRequest.newBuilder(URI.create(url(small, "/wsis/sparql")))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, raw.statusCode(), raw.body());
            assertOneLine(raw.body());
            HttpResponse<String> form = fresh().send(HttpRequest.newBuilder(URI.create(url(small, "/wsis/sparql")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(big))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, form.statusCode(), form.body());
            String head = "POST /wsis/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + small.port() + "\r\nContent-Type: application/sparql-query"
                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
            RawHttp.Reply chunked = RawHttp.send(InetAddress.getLoopbackAddress(), small.port(), head,
                    "5\r\nASK{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(411, chunked.status(), chunked.body());
            HttpResponse<String> fits = fresh().send(HttpRequest.newBuilder(URI.create(url(small, "/wsis/sparql")))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, fits.statusCode(), fits.body());
        } finally {
            small.close();
        }
    }

    @Test
    void aQueryOverTheTimeoutGets503BeforeAnyRowAndEndsInTime() throws Exception {
        SparqlServer quick = SparqlServer.start(dataset, "127.0.0.1", 0, Duration.ofSeconds(1), Map.of());
        try {
            String[] slow = {
                    "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) + STRLEN(STR(?i)) < 0) }",
                    "SELECT * { ?a ?b ?c . ?d ?e ?f } OFFSET 100000000000",
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                    "CONSTRUCT { ?a ?b ?n } { SELECT ?a ?b (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a ?b }"};
            String[] accepts = {"text/csv", "application/sparql-results+json", "application/sparql-results+xml", "text/turtle"};
            for (int i = 0; i < slow.length; i++) {
                String q = slow[i];
                {
                    String accept = accepts[i];
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = query(quick, q, accept);
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    assertEquals(503, r.statusCode(), q + " " + accept + ": " + r.body().substring(0, Math.min(200, r.body().length())));
                    assertOneLine(r.body());
                    assertTrue(r.body().contains("time limit"), r.body());
                    assertTrue(millis < 4_000, q + " took " + millis + " ms against a 1 s limit");
                }
            }
        } finally {
            quick.close();
        }
    }

    @Test
    void aResultLongerThanTheRowLimitIsCutAndSaysSo() throws Exception {
        SparqlServer limited = SparqlServer.bind(new ServerOptions("127.0.0.1", 0, Duration.ofSeconds(30), 10,
                ServerOptions.DEFAULT_MAX_BODY_BYTES, Optional.empty())).serve(GraphSource.fixed(dataset), current -> Map.of());
        try {
            HttpResponse<String> r = query(limited, "SELECT * { ?s ?p ?o }", "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals(11, r.body().split("\r\n").length, "a header and ten rows");
            assertTrue(r.headers().firstValue("Warning").orElse("").contains("10 rows"), r.headers().map().toString());
            HttpResponse<String> under = query(limited, "SELECT * { ?s ?p ?o } LIMIT 3", "text/csv");
            assertEquals(4, under.body().split("\r\n").length);
            assertTrue(under.headers().firstValue("Warning").isEmpty());
            HttpResponse<String> graph = query(limited, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(200, graph.statusCode());
            assertEquals(10, graph.body().lines().count());
            assertTrue(graph.headers().firstValue("Warning").isPresent());
        } finally {
            limited.close();
        }
    }

    @Test
    void corsIsOffByDefaultAndOpensToTheOneOriginGiven() throws Exception {
        HttpResponse<String> closed = fresh().send(HttpRequest.newBuilder(URI.create(url(server, "/wsis/sparql?query=" + enc("ASK {}"))))
                .header("Origin", "https://desk.example").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, closed.statusCode());
        assertTrue(closed.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), closed.headers().map().toString());
        SparqlServer open = SparqlServer.bind(new ServerOptions("127.0.0.1", 0, Duration.ofSeconds(30), 1000,
                ServerOptions.DEFAULT_MAX_BODY_BYTES, Optional.of("https://desk.example")))
                .serve(GraphSource.fixed(dataset), current -> Map.of());
        try {
            HttpResponse<String> allowed = fresh().send(HttpRequest.newBuilder(URI.create(url(open, "/wsis/sparql?query=" + enc("ASK {}"))))
                    .header("Origin", "https://desk.example").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("https://desk.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            HttpResponse<String> other = fresh().send(HttpRequest.newBuilder(URI.create(url(open, "/wsis/sparql?query=" + enc("ASK {}"))))
                    .header("Origin", "https://other.example").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpResponse<String> preflight = fresh().send(HttpRequest.newBuilder(URI.create(url(open, "/wsis/sparql")))
                    .header("Origin", "https://desk.example").header("Access-Control-Request-Method", "POST")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, preflight.statusCode());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        } finally {
            open.close();
        }
    }

    @Test
    void malformedRequestsGetOneLine4xx() throws Exception {
        int port = server.port();
        String host = "127.0.0.1:" + port;
        RawHttp.Reply badEscape = RawHttp.get(port, "/wsis/sparql?query=%zz", host);
        assertEquals(400, badEscape.status(), badEscape.body());
        assertOneLine(badEscape.body());
        RawHttp.Reply badUtf8 = RawHttp.get(port, "/wsis/sparql?query=%ff%fe", host);
        assertEquals(400, badUtf8.status(), badUtf8.body());
        RawHttp.Reply pageEscape = RawHttp.get(port, "/resource?iri=%zz", host);
        assertEquals(400, pageEscape.status(), pageEscape.body());
        byte[] ask = "ASK {}".getBytes(StandardCharsets.US_ASCII);
        RawHttp.Reply bogus = RawHttp.send(InetAddress.getLoopbackAddress(), port, "POST /wsis/sparql HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/sparql-query; charset=bogus\r\nContent-Length: " + ask.length
                + "\r\nConnection: close\r\n\r\n", ask);
        assertEquals(415, bogus.status(), bogus.body());
        assertOneLine(bogus.body());
        RawHttp.Reply badForm = RawHttp.send(InetAddress.getLoopbackAddress(), port, "POST /wsis/sparql HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 9\r\nConnection: close\r\n\r\n",
                "query=%zz".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, badForm.status(), badForm.body());
        RawHttp.Reply noQuery = RawHttp.get(port, "/wsis/sparql", host);
        assertEquals(400, noQuery.status());
        RawHttp.Reply parse = RawHttp.get(port, "/wsis/sparql?query=" + enc("SELECT ?s WHERE { ?s ?p "), host);
        assertEquals(400, parse.status());
        assertTrue(parse.body().startsWith("Parse error"), parse.body());
        assertOneLine(parse.body());
        byte[] nested = ("SELECT (" + "(".repeat(50_000) + "1" + ")".repeat(50_000) + " AS ?x) {}").getBytes(StandardCharsets.US_ASCII);
        RawHttp.Reply deep = RawHttp.send(InetAddress.getLoopbackAddress(), port, "POST /wsis/sparql HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/sparql-query\r\nContent-Length: " + nested.length
                + "\r\nConnection: close\r\n\r\n", nested);
        assertEquals(400, deep.status(), deep.body());
        assertOneLine(deep.body());
        RawHttp.Reply longUrl = RawHttp.get(port, "/wsis/sparql?query=" + "x".repeat(100_000), host);
        assertEquals(414, longUrl.status(), longUrl.body());
        assertFalse(longUrl.body().contains("\tat "), longUrl.body());
        RawHttp.Reply unknown = RawHttp.get(port, "/wsis/nothing-here", host);
        assertEquals(404, unknown.status());
        RawHttp.Reply trace = RawHttp.send(InetAddress.getLoopbackAddress(), port, "TRACE / HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\n\r\n", null);
        assertEquals(405, trace.status());
        RawHttp.Reply badFormat = RawHttp.get(port, "/wsis/sparql?format=yaml&query=" + enc("ASK {}"), host);
        assertEquals(400, badFormat.status());
        for (RawHttp.Reply r : new RawHttp.Reply[] {badEscape, badUtf8, bogus, badForm, noQuery, unknown, trace}) {
            assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), r.body());
        }
    }

    @Test
    void graphStoreReadsServeGraphsAndRefuseUnknownOnes() throws Exception {
        HttpResponse<String> one = fresh().send(HttpRequest.newBuilder(URI.create(url(server, "/wsis/get?graph=" + enc(GRAPH))))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("A/RES/65/141"));
        HttpResponse<String> none = fresh().send(HttpRequest.newBuilder(URI.create(url(server, "/wsis/data?graph=" + enc("urn:x:none"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, none.statusCode());
        HttpResponse<String> union = fresh().send(HttpRequest.newBuilder(URI.create(url(server, "/wsis/get?default")))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(union.body().lines().count() > one.body().lines().count());
    }

    @Test
    void theSecondLineRefusesServiceAndJavaFunctionsEvenWithoutThePolicy() throws Exception {
        int before = baitConnections.get();
        LockedExecution locked = new LockedExecution();
        org.apache.jena.sparql.core.DatasetGraph dsg = dataset.asDatasetGraph();
        Exception service = null;
        try {
            org.apache.jena.system.Txn.executeRead(dsg, () -> {
                try (var exec = locked.on(dsg).query("SELECT * { SERVICE <" + baitUrl() + "> { ?s ?p ?o } }").build()) {
                    exec.select().forEachRemaining(row -> { });
                }
            });
        } catch (RuntimeException e) {
            service = e;
        }
        assertNotNull(service, "SERVICE ran");
        Probe.CALLS.set(0);
        String answer = org.apache.jena.system.Txn.calculateRead(dsg, () -> {
            try (var exec = locked.on(dsg).query("SELECT (<java:" + Probe.class.getName() + ">(1) AS ?x) {}").build()) {
                var row = exec.select().next();
                return String.valueOf(row.get(org.apache.jena.sparql.core.Var.alloc("x")));
            }
        });
        assertEquals(0, Probe.CALLS.get(), "the java: function was loaded and run");
        assertEquals("null", answer);
        Thread.sleep(200);
        assertEquals(before, baitConnections.get(), "the server connected to the bait port");
    }

    @Test
    void ipv6LoopbackIsBoundAsAskedAndShownInBrackets() throws Exception {
        ServerOptions v6 = ServerOptions.of("::1", 0, Duration.ofSeconds(30));
        assertEquals("[::1]", v6.hostInUrl());
        assertEquals("127.0.0.1", ServerOptions.of("0.0.0.0", 0, Duration.ofSeconds(30)).hostInUrl());
        SparqlServer s;
        try {
            s = SparqlServer.bind(v6).serve(GraphSource.fixed(dataset), current -> Map.of());
        } catch (org.wsiskg.WsisException e) {
            org.junit.jupiter.api.Assumptions.abort("this machine has no IPv6 loopback: " + e.getMessage());
            return;
        }
        try {
            RawHttp.Reply r = RawHttp.send(InetAddress.getByName("::1"), s.port(), "GET /wsis/sparql?query=" + enc("ASK {}")
                    + " HTTP/1.1\r\nHost: [::1]:" + s.port() + "\r\nConnection: close\r\n\r\n", null);
            assertEquals(200, r.status(), r.body());
            boolean v4Answered;
            try (Socket v4 = new Socket()) {
                v4.connect(new java.net.InetSocketAddress("127.0.0.1", s.port()), 1000);
                v4Answered = true;
            } catch (IOException e) {
                v4Answered = false;
            }
            assertFalse(v4Answered, "bound to ::1, not to IPv4");
        } finally {
            s.close();
        }
    }

    /** A function that counts its calls: if ARQ loaded it through a java: IRI, the count would show it. */
    public static final class Probe extends org.apache.jena.sparql.function.FunctionBase1 {
        static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public org.apache.jena.sparql.expr.NodeValue exec(org.apache.jena.sparql.expr.NodeValue v) {
            CALLS.incrementAndGet();
            return v;
        }
    }

    private static void assertOneLine(String body) {
        assertEquals(1, body.strip().lines().count(), "one line: " + body);
        assertFalse(body.contains("\tat "), body);
    }

    private static HttpResponse<String> query(SparqlServer s, String q, String accept) throws IOException, InterruptedException {
        return fresh().send(HttpRequest.newBuilder(URI.create(url(s, "/wsis/sparql?query=" + enc(q))))
                .header("Accept", accept).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String url(SparqlServer s, String path) {
        return "http://127.0.0.1:" + s.port() + path;
    }

    /** A fresh client per request: the JDK client may fail a request that reuses a connection after a 4xx. */
    private static HttpClient fresh() {
        return HttpClient.newHttpClient();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
