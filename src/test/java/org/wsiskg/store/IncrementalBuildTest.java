package org.wsiskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.resolve.DocumentReader;

/**
 * An incremental build gives the graph a full build of the same corpus gives (sorted N-Quads
 * identical) after a text changed, one was added and one removed, and reads only what it must: the
 * changed and added texts, and a kept text whose paragraph naming the added one changed.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    @Test
    void aChangedAnAddedAndARemovedTextGiveTheGraphOfAFullBuild() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("zh"));
        try (Stream<Path> seeds = Files.list(Path.of("data/corpus/zh"))) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, corpus.resolve("zh").resolve(seed.getFileName()));
            }
        }
        GraphStore store = new GraphStore(dir.resolve("store"));
        List<String> first = build(corpus, store, false);
        assertTrue(first.stream().noneMatch(l -> l.startsWith("kept ")), "a first build reads every text");

        Path changed = corpus.resolve("zh/002_4510d16fedc8d16d.txt");
        String text = Files.readString(changed, StandardCharsets.UTF_8);
        Files.writeString(changed, text.replaceFirst("回顾", "又回顾"), StandardCharsets.UTF_8);
        Path added = corpus.resolve("zh/005_copy.txt");
        String copied = Files.readString(corpus.resolve("zh/001_59a79828cb7eeaca.txt"), StandardCharsets.UTF_8);
        String shorter = copied.replaceFirst("\n [^\n]*回顾回顾回顾回顾大会[^\n]*\n", "\n");
        assertNotEquals(copied, shorter, "the copy lost a preambular paragraph");
        Files.writeString(added, shorter, StandardCharsets.UTF_8);
        Files.delete(corpus.resolve("zh/003_2d7bc27f85ce4953.txt"));

        List<String> second = build(corpus, store, false);
        assertEquals(List.of("kept " + corpus.resolve("zh/000_c9834f3814b4465f.txt"),
                "kept " + corpus.resolve("zh/001_59a79828cb7eeaca.txt"),
                "kept " + corpus.resolve("zh/004_c4c1ca5d1415297d.txt")),
                second.stream().filter(l -> l.startsWith("kept ")).map(l -> l.substring(0, l.indexOf(':'))).toList());
        assertTrue(second.stream().anyMatch(l -> l.contains("PREAMBLE_MISMATCH")), String.join("\n", second));
        assertTrue(second.stream().anyMatch(l -> l.startsWith("read " + corpus.resolve("zh/001_59a79828cb7eeaca.txt") + " again")),
                "the kept copy of the document names its preambular paragraphs apart now: " + String.join("\n", second));
        assertEquals(sortedNQuads(fullBuildOf(corpus)), sortedNQuads(store));
        assertEquals(storedQuads(second), sortedNQuads(store).lines().count(), "the count carried on is the store's");

        Files.delete(added);
        List<String> third = build(corpus, store, false);
        assertTrue(third.stream().anyMatch(l -> l.startsWith("read " + corpus.resolve("zh/001_59a79828cb7eeaca.txt") + " again")),
                "alone again, the text pairs its preambular paragraphs");
        assertEquals(sortedNQuads(fullBuildOf(corpus)), sortedNQuads(store));
        assertEquals(storedQuads(third), sortedNQuads(store).lines().count());
    }

    @Test
    void aSecondBuildOfTheSameCorpusKeepsEveryTextAndChangesNothing() {
        GraphStore store = new GraphStore(dir.resolve("same"));
        build(Path.of("data/corpus"), store, false);
        String first = sortedNQuads(store);
        List<String> again = build(Path.of("data/corpus"), store, false);
        assertEquals(0, again.stream().filter(l -> l.startsWith("read ")).count(), String.join("\n", again));
        assertEquals(first, sortedNQuads(store));
        assertEquals(storedQuads(again), first.lines().count());
    }

    private static long storedQuads(List<String> progress) {
        String line = progress.stream().filter(l -> l.startsWith("stored ")).findFirst().orElseThrow();
        return Long.parseLong(line.split(" ")[1]);
    }

    private GraphStore fullBuildOf(Path corpus) throws IOException {
        GraphStore full = new GraphStore(Files.createTempDirectory(dir, "full"));
        build(corpus, full, true);
        return full;
    }

    private static List<String> build(Path corpus, GraphStore store, boolean full) {
        List<String> progress = new ArrayList<>();
        new org.wsiskg.store.CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), progress::add)
                .buildStore(corpus, store, "test", full);
        return progress;
    }

    private static String sortedNQuads(GraphStore store) {
        Dataset d = store.open();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.asDatasetGraph().executeRead(() -> RDFDataMgr.write(out, d.asDatasetGraph(), Lang.NQUADS));
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            return String.join("\n", lines);
        } finally {
            GraphStore.close(d);
        }
    }
}
