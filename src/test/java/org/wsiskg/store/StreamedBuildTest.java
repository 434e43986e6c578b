package org.wsiskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.SeedCorpus;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.resolve.DocumentReader;

/**
 * The store a build streams text by text, on every core, holds exactly the graph the whole corpus
 * built in memory gives (sorted N-Quads identical), and two streamed builds give the same.
 */
class StreamedBuildTest {

    @Test
    void theStreamedStoreIsTheGraphBuiltInMemory(@TempDir Path dir) {
        GraphStore store = new GraphStore(dir.resolve("store"));
        new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), line -> { })
                .buildStore(SeedCorpus.DIRECTORY, store, "test", true);
        String streamed = stored(store);
        assertEquals(sorted(SeedCorpus.dataset()), streamed);
        new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), line -> { })
                .buildStore(SeedCorpus.DIRECTORY, store, "test", true);
        assertEquals(streamed, stored(store));
    }

    private static String stored(GraphStore store) {
        Dataset d = store.open();
        try {
            return d.asDatasetGraph().calculateRead(() -> sorted(d.asDatasetGraph()));
        } finally {
            GraphStore.close(d);
        }
    }

    private static String sorted(DatasetGraph dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dataset, Lang.NQUADS);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }
}
