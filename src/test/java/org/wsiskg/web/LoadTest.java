package org.wsiskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wsiskg.query.NamedQuery;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.server.SparqlServer;
import org.wsiskg.store.SeedStore;

/**
 * 16 concurrent clients on the seed corpus (issue 11, Deliver 7): every named query (as TSV) and
 * resource pages, each answer compared with its single-client answer; zero errors, zero wrong
 * answers; prints p50/p99. Bounded: 16 clients x 25 requests, loopback only.
 */
@Tag("load")
class LoadTest {

    private static final int CLIENTS = 16;
    private static final int PER_CLIENT = 25;

    @Test
    void sixteenClientsGetTheSingleClientAnswersWithNoErrors() throws Exception {
        Dataset dataset = SeedStore.build();
        QueryLibrary queries = new QueryLibrary(Path.of("queries"));
        SparqlServer server = SparqlServer.start(dataset, "127.0.0.1", 0, Duration.ofSeconds(30),
                WebSite.servlets(dataset, IriScheme.standard(), queries));
        try {
            String base = "http://127.0.0.1:" + server.port();
            List<String> paths = new ArrayList<>();
            for (NamedQuery q : queries.all()) {
                paths.add("/queries/" + q.name() + "?format=tsv");
            }
            paths.addAll(List.of("/doc/A/RES/65/141", "/doc/A/RES/70/125", "/event/igf/2009", "/body/GA", "/"));
            HttpClient single = HttpClient.newHttpClient();
            Map<String, String> expected = new java.util.HashMap<>();
            for (String p : paths) {
                HttpResponse<String> r = single.send(HttpRequest.newBuilder(URI.create(base + p)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                expected.put(p, r.statusCode() + "\n" + r.body());
            }
            List<Long> millis = Collections.synchronizedList(new ArrayList<>());
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newHttpClient();
                    for (int i = 0; i < PER_CLIENT; i++) {
                        String p = paths.get((client * 7 + i) % paths.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + p))
                                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            millis.add((System.nanoTime() - t0) / 1_000_000);
                            String got = r.statusCode() + "\n" + r.body();
                            if (!got.equals(expected.get(p)) && !timed(got).equals(timed(expected.get(p)))) {
                                problems.add("wrong answer for " + p);
                            }
                        } catch (Exception e) {
                            problems.add(p + ": " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertTrue(problems.isEmpty(), problems.toString());
            assertEquals(CLIENTS * PER_CLIENT, millis.size());
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            System.out.println("load test: " + sorted.size() + " requests from " + CLIENTS + " clients, 0 errors, 0 wrong;"
                    + " p50 " + sorted.get(sorted.size() / 2) + " ms, p99 " + sorted.get(sorted.size() * 99 / 100) + " ms");
        } finally {
            server.close();
        }
    }

    /** A page states how long its query took; that figure differs between runs and is not part of the answer. */
    private static String timed(String page) {
        return page.replaceAll(" in \\d+ ms", " in N ms");
    }
}
