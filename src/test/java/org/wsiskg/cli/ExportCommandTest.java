package org.wsiskg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wsis export}: builds the store when there is none, writes the file whole, refuses bad options. */
class ExportCommandTest {

    @Test
    void exportsTheStoreBuildingItFirst(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        Path nq = dir.resolve("out/graph.nq");
        int status = WsisCommand.run("export", "--format", "nquads", "--out", nq.toString(), "--store", store.toString(),
                "--corpus", "data/corpus");
        assertEquals(0, status);
        assertTrue(new org.wsiskg.store.GraphStore(store).exists(), "store built first");
        DatasetGraph back = RDFDataMgr.loadDatasetGraph(nq.toString());
        assertTrue(back.stream().count() > 5000, "the whole dataset");
        assertFalse(Files.exists(dir.resolve("out/graph.nq.partial")), "no partial file left");

        Path again = dir.resolve("again.nq");
        assertEquals(0, WsisCommand.run("export", "--format", "nquads", "--out", again.toString(), "--store", store.toString()));
        assertArrayEquals(Files.readAllBytes(nq), Files.readAllBytes(again), "byte-identical");

        Path gexf = dir.resolve("net.gexf");
        assertEquals(0, WsisCommand.run("export", "--format", "gexf", "--include", "all", "--out", gexf.toString(),
                "--store", store.toString()));
        assertTrue(Files.readString(gexf).contains("mode=\"dynamic\""));
    }

    @Test
    void writesToStandardOutputWithoutOut(@TempDir Path dir) {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            status = WsisCommand.run("export", "--format", "csv", "--store", dir.resolve("store").toString(),
                    "--corpus", "data/corpus");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, status);
        String csv = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("citing_document,citing_paragraph,function,"), csv.substring(0, Math.min(80, csv.length())));
        assertTrue(csv.contains("A/RES/65/141,"), "rows of the seed corpus");
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        assertEquals(2, WsisCommand.run("export", "--format", "xlsx", "--store", store));
        assertEquals(2, WsisCommand.run("export", "--format", "turtle", "--include", "all", "--store", store));
        assertEquals(2, WsisCommand.run("export", "--format", "gexf", "--include", "some", "--store", store));
        assertEquals(2, WsisCommand.run("export", "--store", store));
        assertFalse(Files.exists(dir.resolve("store")), "nothing built for a refused command");
    }
}
