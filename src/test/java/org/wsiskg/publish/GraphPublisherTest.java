package org.wsiskg.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.WsisException;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.store.CorpusBuild;
import org.wsiskg.text.Corpus;

/** Publishes the seed corpus to a real standalone Fuseki and reads it back. */
class GraphPublisherTest {

    private static final String PREFIX = IriScheme.DEFAULT_BASE + "graph/";

    @TempDir
    static Path work;
    private static StandaloneFuseki fuseki;

    @BeforeAll
    static void startFuseki() throws IOException, InterruptedException {
        fuseki = StandaloneFuseki.start(Files.createDirectories(work.resolve("fuseki")));
    }

    @AfterAll
    static void stopFuseki() throws InterruptedException {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    private static DatasetGraph build(Path corpus) {
        CorpusBuild b = new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), line -> { });
        return b.dataset(b.extract(Corpus.files(corpus)));
    }

    @Test
    void theSeedCorpusRoundTripsAndASecondPublishSendsOnlyTheChangedText() throws IOException {
        Path corpus = work.resolve("corpus");
        copy(Path.of("data/corpus"), corpus);
        GraphStoreTarget target = new GraphStoreTarget(fuseki.dataEndpoint(), Credentials.none());
        GraphPublisher publisher = new GraphPublisher(PREFIX, line -> { });

        DatasetGraph first = build(corpus);
        List<String> names = names(first);
        GraphPublisher.Report r1 = publisher.publish(first, target, true);
        assertEquals(names, r1.sent(), "--all sends every graph");
        assertEquals(6, names.size(), "five texts and the ontology");
        long quads = 0;
        for (String name : names) {
            Graph back = target.get(name).orElseThrow(() -> new AssertionError("not in the target: " + name));
            Graph sent = first.getGraph(org.apache.jena.graph.NodeFactory.createURI(name));
            assertArrayEquals(SortedNTriples.of(sent), SortedNTriples.of(back), "graph " + name + " came back changed");
            quads += back.size();
        }
        assertEquals(first.stream().count(), quads, "the same quads come back");

        GraphPublisher.Report again = publisher.publish(first, target, false);
        assertEquals(List.of(), again.sent(), "nothing changed, nothing is sent");
        assertEquals(6, again.unchanged());

        Path changed = corpus.resolve("zh/001_59a79828cb7eeaca.txt");
        Files.writeString(changed, Files.readString(changed).replace("第 2006/46 号", "第 2006/47 号"));
        GraphPublisher.Report r2 = publisher.publish(build(corpus), target, false);
        assertEquals(List.of(PREFIX + "zh/001_59a79828cb7eeaca"), r2.sent(), "only the changed text's graph is sent");
        assertTrue(target.get(PREFIX + "zh/001_59a79828cb7eeaca").orElseThrow().find(Node.ANY, Node.ANY, Node.ANY)
                .filterKeep(t -> t.getObject().isURI() && t.getObject().getURI().endsWith("/E/RES/2006/47")).hasNext());

        Files.delete(changed);
        GraphPublisher.Report r3 = publisher.publish(build(corpus), target, false);
        assertEquals(List.of(PREFIX + "zh/001_59a79828cb7eeaca"), r3.removed(), "a text gone from the corpus is removed");
        assertTrue(target.get(PREFIX + "zh/001_59a79828cb7eeaca").isEmpty());
    }

    @Test
    void theCommandLinePublishesTheStore() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = org.wsiskg.cli.WsisCommand.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
                "publish", "--store", work.resolve("cli-store").toString(), "--to", fuseki.dataEndpoint());
        assertEquals(0, status, err.toString());
        assertTrue(err.toString().contains("published to " + fuseki.dataEndpoint()), err.toString());
        assertEquals(2, org.wsiskg.cli.WsisCommand.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
                "publish", "--store", work.resolve("cli-store").toString(), "--to", "not a url"));
    }

    @Test
    void aTargetThatDoesNotAnswerIsSaidInOneLine() throws IOException {
        int closed;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        GraphStoreTarget nowhere = new GraphStoreTarget("http://127.0.0.1:" + closed + "/ds/data", Credentials.none());
        WsisException e = assertThrows(WsisException.class, () -> nowhere.get(PREFIX + "x"));
        assertEquals("PUBLISH_UNREACHABLE", e.code());
    }

    @Test
    void aTargetThatRefusesWritesIsSaidWithItsStatus() {
        // The read-only query service of the same server refuses a PUT.
        GraphStoreTarget readOnly = new GraphStoreTarget("http://127.0.0.1:" + fuseki.port() + "/ds/query",
                Credentials.none());
        WsisException e = assertThrows(WsisException.class,
                () -> readOnly.put(PREFIX + "x", org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()));
        assertTrue(e.code().startsWith("PUBLISH_"), e.code());
        assertTrue(e.getMessage().contains("answered"), e.getMessage());
    }

    @Test
    void aTargetMustBeAnHttpUrl() {
        assertEquals("BAD_TARGET", assertThrows(WsisException.class,
                () -> new GraphStoreTarget("ftp://example.org/ds", Credentials.none())).code());
    }

    @Test
    void credentialsComeFromTheEnvironment() {
        assertEquals("Bearer abc", Credentials.from(null, java.util.Map.of("WSIS_PUBLISH_TOKEN", "abc")).authorization().orElseThrow());
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("ann:pw".getBytes(StandardCharsets.UTF_8)),
                Credentials.from("ann", java.util.Map.of("WSIS_PUBLISH_PASSWORD", "pw")).authorization().orElseThrow());
        assertEquals("PUBLISH_PASSWORD_MISSING",
                assertThrows(WsisException.class, () -> Credentials.from("ann", java.util.Map.of())).code());
        assertTrue(Credentials.from(null, java.util.Map.of()).authorization().isEmpty());
    }

    private static List<String> names(DatasetGraph d) {
        List<String> names = new ArrayList<>();
        d.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        names.sort(null);
        return names;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
