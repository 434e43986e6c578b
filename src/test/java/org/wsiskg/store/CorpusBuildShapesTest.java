package org.wsiskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.WsisException;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.rdf.vocab.Wsis;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.text.Corpus;

/** A build whose graph breaks a shape fails with SHACL_VIOLATION and leaves the previous store as it was. */
class CorpusBuildShapesTest {

    @Test
    void aBrokenGraphLeavesTheOldStore(@TempDir Path dir) {
        List<String> progress = new ArrayList<>();
        CorpusBuild build = new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), progress::add);
        GraphStore store = new GraphStore(dir.resolve("store"));
        build.buildStore(Path.of("data/corpus"), store, "test");
        long before = quads(store);

        DatasetGraph broken = build.dataset(build.extract(Corpus.files(Path.of("data/corpus"))));
        broken.deleteAny(Node.ANY, Node.ANY, Wsis.quote.asNode(), Node.ANY);
        WsisException e = assertThrows(WsisException.class, () -> build.store(broken, store, "test"));
        assertEquals("SHACL_VIOLATION", e.code());
        assertTrue(e.getMessage().contains("shape:CitationQuote"), e.getMessage());
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("SHACL violation: shape:CitationQuote on <")), "each violation reported");
        assertEquals(before, quads(store), "old store untouched");
    }

    private static long quads(GraphStore store) {
        Dataset d = store.open();
        try {
            return d.asDatasetGraph().calculateRead(() -> d.asDatasetGraph().stream().count());
        } finally {
            GraphStore.close(d);
        }
    }
}
