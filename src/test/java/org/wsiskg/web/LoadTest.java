package org.wsiskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.bench.ScaleCorpus;
import org.wsiskg.query.NamedQuery;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.rdf.vocab.Schema;
import org.wsiskg.rdf.vocab.Wsis;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.server.SparqlServer;
import org.wsiskg.store.CorpusBuild;
import org.wsiskg.store.GraphStore;
import org.wsiskg.store.SeedStore;

/**
 * 16 concurrent clients (issue 11, Deliver 7): every named query (as TSV) and resource pages, each
 * answer compared with its single-client answer; zero errors, zero wrong answers; prints p50/p99.
 * Once on the seed corpus, once on a synthetic corpus ({@link ScaleCorpus}) built the way
 * {@code wsis build} builds it, 10 times the seeds in a plain run and as many as
 * {@code -Dwsis.load.scale=100} says on demand. Bounded: 16 clients x 25 requests, loopback only.
 */
@Tag("load")
class LoadTest {

    private static final int CLIENTS = 16;
    private static final int PER_CLIENT = 25;

    @TempDir
    Path temp;

    @Test
    void sixteenClientsGetTheSingleClientAnswersWithNoErrors() throws Exception {
        Dataset dataset = SeedStore.build();
        load(dataset, List.of("/doc/A/RES/65/141", "/doc/A/RES/70/125", "/event/igf/2009", "/body/GA", "/"), "the seed corpus");
    }

    @Test
    void sixteenClientsOnASyntheticCorpusBuiltByTheStreamedBuild() throws Exception {
        int scale = Integer.getInteger("wsis.load.scale", 10);
        ScaleCorpus.Written corpus = new ScaleCorpus(1).write(temp.resolve("corpus"), ScaleCorpus.textsAt(scale));
        GraphStore store = new GraphStore(temp.resolve("store"));
        new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), line -> { })
                .buildStore(corpus.root(), store, "load");
        Dataset dataset = store.open();
        try {
            List<String> pages = new ArrayList<>(resourcePages(dataset));
            pages.add("/");
            load(dataset, pages, scale + "x the seeds (" + corpus.texts() + " texts)");
        } finally {
            GraphStore.close(dataset);
        }
    }

    /** The pages of the first documents, events and bodies of {@code dataset}, by IRI order. */
    private static List<String> resourcePages(Dataset dataset) {
        List<String> pages = new ArrayList<>();
        for (Resource type : List.of(Wsis.Document, Wsis.Body, Schema.Event)) {
            pages.addAll(firstOfType(dataset, "<" + type.getURI() + ">"));
        }
        assertTrue(pages.size() >= 5, "the synthetic corpus has documents, bodies and events: " + pages);
        return pages;
    }

    private static List<String> firstOfType(Dataset dataset, String type) {
        List<String> out = new ArrayList<>();
        String query = "SELECT DISTINCT ?r { ?r a " + type + " } ORDER BY ?r LIMIT 3";
        dataset.executeRead(() -> {
            try (QueryExecution q = QueryExecutionFactory.create(query, dataset)) {
                q.execSelect().forEachRemaining(row -> out.add(row.getResource("r").getURI()
                        .substring(IriScheme.DEFAULT_BASE.length() - 1)));
            }
        });
        return out;
    }

    private static void load(Dataset dataset, List<String> pages, String what) throws Exception {
        QueryLibrary queries = new QueryLibrary(Path.of("queries"));
        SparqlServer server = SparqlServer.start(dataset, "127.0.0.1", 0, Duration.ofSeconds(30),
                WebSite.servlets(dataset, IriScheme.standard(), queries));
        try {
            String base = "http://127.0.0.1:" + server.port();
            List<String> paths = new ArrayList<>();
            for (NamedQuery q : queries.all()) {
                paths.add("/queries/" + q.name() + "?format=tsv");
            }
            paths.addAll(pages);
            HttpClient single = HttpClient.newHttpClient();
            Map<String, String> expected = new HashMap<>();
            for (String p : paths) {
                HttpResponse<String> r = single.send(HttpRequest.newBuilder(URI.create(base + p)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, r.statusCode(), p + " answers alone");
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
                        } catch (IOException | InterruptedException e) {
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
            System.out.println("load test on " + what + ": " + sorted.size() + " requests to " + paths.size() + " paths from "
                    + CLIENTS + " clients, 0 errors, 0 wrong; p50 " + sorted.get(sorted.size() / 2) + " ms, p99 "
                    + sorted.get(sorted.size() * 99 / 100) + " ms");
        } finally {
            server.close();
        }
    }

    /** A page states how long its query took; that figure differs between runs and is not part of the answer. */
    private static String timed(String page) {
        return page.replaceAll(" in \\d+ ms", " in N ms");
    }
}
