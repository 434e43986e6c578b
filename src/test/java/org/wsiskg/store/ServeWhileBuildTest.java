package org.wsiskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.server.ServerOptions;
import org.wsiskg.server.SparqlServer;

/**
 * A build while a server runs (issue 11 Broke 4, issue 12 item 4): the server keeps answering
 * from its generation, moves to the new one between requests, and every answer counts the old
 * graph or the new one, never a mix; the old generation goes once no request reads it.
 */
class ServeWhileBuildTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    Path temp;

    @Test
    void queriesDuringRebuildsSeeTheOldGraphOrTheNewOneAndTheServerFollows() throws Exception {
        GraphStore store = new GraphStore(temp.resolve("store"));
        store.replace(graph(2000), "a");
        Path first = store.current().orElseThrow();
        try (ServedStore served = ServedStore.open(store, 100, line -> { })) {
            SparqlServer server = SparqlServer.bind(ServerOptions.of("127.0.0.1", 0, Duration.ofSeconds(30)))
                    .serve(served, current -> Map.of());
            try {
                String url = "http://127.0.0.1:" + server.port() + "/wsis/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8);
                Set<Long> seen = ConcurrentHashMap.newKeySet();
                List<String> wrong = new ArrayList<>();
                AtomicBoolean building = new AtomicBoolean(true);
                AtomicInteger answers = new AtomicInteger();
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    Thread t = new Thread(() -> {
                        HttpClient http = HttpClient.newHttpClient();
                        while (building.get()) {
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv")
                                        .build(), HttpResponse.BodyHandlers.ofString());
                                long n = r.statusCode() == 200 ? Long.parseLong(r.body().split("\r\n")[1]) : -r.statusCode();
                                seen.add(n);
                                answers.incrementAndGet();
                            } catch (Exception e) {
                                synchronized (wrong) {
                                    wrong.add(e.toString());
                                }
                            }
                        }
                    });
                    t.start();
                    clients.add(t);
                }
                long[] sizes = {3000, 2000, 3000};
                for (long size : sizes) {
                    Thread.sleep(300);
                    store.replace(graph(size), "b" + size);
                    Path now = store.current().orElseThrow();
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (!served.currentGeneration().equals(now) && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    assertEquals(now, served.currentGeneration(), "the server did not move to the new generation");
                }
                Thread.sleep(300);
                building.set(false);
                for (Thread t : clients) {
                    t.join();
                }
                assertTrue(wrong.isEmpty(), wrong.toString());
                assertTrue(answers.get() > 20, "answers: " + answers.get());
                assertEquals(Set.of(2000L, 3000L), seen, "every answer counts one whole generation");
                assertFalse(Files.exists(first), "the first generation was not deleted once unused");
                assertEquals(1, store.generations().size(), store.generations().toString());
            } finally {
                server.close();
            }
        }
    }

    @Test
    void aBuildDoesNotDeleteTheGenerationAServerReads() throws Exception {
        GraphStore store = new GraphStore(temp.resolve("held"));
        store.replace(graph(10), "a");
        Path first = store.current().orElseThrow();
        try (ServedStore served = ServedStore.open(store, 0, line -> { })) {
            store.replace(graph(20), "b");
            assertTrue(Files.exists(first), "the served generation was deleted under the server");
            try (GraphSource.Lease lease = served.lease()) {
                assertEquals(10, org.apache.jena.system.Txn.calculateRead(lease.dataset(),
                        () -> lease.dataset().asDatasetGraph().stream().count()));
            }
            assertTrue(served.followPointer());
            assertFalse(Files.exists(first), "the old generation outlived its last reader");
        }
    }

    /** A dataset of {@code quads} quads in two named graphs. */
    private static DatasetGraph graph(long quads) {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        for (long i = 0; i < quads; i++) {
            d.add(Quad.create(NodeFactory.createURI("urn:g:" + (i % 2)), NodeFactory.createURI("urn:s:" + i),
                    NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("v" + i)));
        }
        return d;
    }
}
