package org.wsiskg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wsiskg.store.GraphStore;

/**
 * Exporting twice gives the same bytes, and so does exporting the same graph from the TDB2 store,
 * which hands its quads out in another order than the in-memory dataset.
 */
class DeterminismTest {

    @TempDir
    static Path dir;

    private static DatasetGraph memory;
    private static Dataset stored;

    @BeforeAll
    static void build() {
        memory = SeedDataset.build();
        GraphStore store = new GraphStore(dir.resolve("store"));
        store.replace(memory);
        stored = store.open();
    }

    @AfterAll
    static void close() {
        GraphStore.close(stored);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void sameBytesTwiceAndFromTheStore(ExportFormat format) {
        NetworkReader.Include include = format.isNetwork() ? NetworkReader.Include.ALL : NetworkReader.Include.DOCUMENTS;
        byte[] first = SeedDataset.export(memory, format, include);
        byte[] second = SeedDataset.export(memory, format, include);
        assertTrue(first.length > 1000, "a real export: " + first.length + " bytes");
        assertArrayEquals(first, second, "two exports of the same dataset");
        ByteArrayOutputStream fromStore = new ByteArrayOutputStream();
        stored.asDatasetGraph().executeRead(() -> format.write(stored.asDatasetGraph(), include, fromStore));
        assertArrayEquals(first, fromStore.toByteArray(), "export of the TDB2 store");
    }
}
