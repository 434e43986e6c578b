package org.wsiskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.server.SparqlServer;
import org.wsiskg.store.SeedStore;

/** The desk's pages never answer a request with a server error or an empty 200 (issue 11, item 12). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageErrorsTest {

    private SparqlServer server;

    @BeforeAll
    void start() {
        Dataset dataset = SeedStore.build();
        server = SparqlServer.start(dataset, "127.0.0.1", 0, Duration.ofSeconds(30),
                WebSite.servlets(dataset, IriScheme.standard(), new QueryLibrary(Path.of("queries"))));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)));
    }

    /** A GET written by hand: the JDK's URI refuses the malformed escapes these tests send. */
    private String raw(String path) throws IOException {
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theQueriesFolderRedirectsToTheQuestionsInsteadOfFailing() throws Exception {
        for (String path : new String[] {"/queries", "/queries/"}) {
            HttpResponse<String> r = get(path);
            assertTrue(r.statusCode() == 302 || r.statusCode() == 303, path + " → " + r.statusCode() + " " + r.body());
            assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/#questions"), r.headers().map().toString());
        }
        assertEquals(404, get("/queries/no-such-query").statusCode());
    }

    @Test
    void jarDirectoriesAreNotServedAsEmptyFiles() throws Exception {
        for (String path : new String[] {"/webjars/cytoscape", "/webjars/cytoscape/3.33.1", "/webjars/cytoscape/3.33.1/dist",
                "/webjars/", "/static/", "/static"}) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path + " → " + r.body().length() + " bytes");
        }
        HttpResponse<String> file = get(WebSite.CYTOSCAPE);
        assertEquals(200, file.statusCode());
        assertTrue(file.body().length() > 1000);
    }

    @Test
    void writesToPagesAre403AndSayWhy() throws Exception {
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/doc/A/RES/65/141"))
                    .header("Content-Type", "text/turtle").method(method, HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")));
            assertEquals(403, r.statusCode(), method);
            assertTrue(r.body().contains("read-only"), r.body());
        }
    }

    @Test
    void badlyEncodedParametersAre400NotServerErrors() throws Exception {
        for (String path : new String[] {"/resource?iri=%zz", "/queries/cites?symbol=%E4%zz", "/network.json?x=%",
                "/doc/A/RES/65/141?format=%ff"}) {
            String reply = raw(path);
            assertTrue(reply.startsWith("HTTP/1.1 400 "), path + " → " + reply);
            assertFalse(reply.contains("Exception") || reply.contains("\tat "), reply);
        }
    }
}
