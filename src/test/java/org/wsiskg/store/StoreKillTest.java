package org.wsiskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.cli.WsisCommand;

/**
 * Builds killed with {@code kill -9} lose nothing (issue 11, Broke 4 and 7): a build is run as its
 * own process over a store that holds an older corpus, and stopped dead at every step of the
 * switch (the {@code wsis.store.haltAt} hook) and at random moments. Every time, the store opens
 * afterwards with the old count or the new one, and the next clean-up leaves one generation.
 */
@Tag("slow")
class StoreKillTest {

    private static final int RANDOM_KILLS = 14;

    @TempDir
    Path temp;

    @Test
    void twentyOfTwentyKilledBuildsLeaveAStoreThatOpensWithTheOldOrTheNewCount() throws Exception {
        Path oldCorpus = corpus("old", 1);
        Path newCorpus = corpus("new", 2);
        Path template = temp.resolve("template");
        build(oldCorpus, template);
        long oldCount = count(template);
        Path reference = temp.resolve("reference");
        build(newCorpus, reference);
        long newCount = count(reference);
        assertTrue(newCount > oldCount, newCount + " vs " + oldCount);

        List<String> outcomes = new ArrayList<>();
        long slowest = 0;
        for (GraphStore.Step step : GraphStore.Step.values()) {
            Path store = copyOf(template, "step-" + step);
            long t0 = System.nanoTime();
            Process p = buildProcess(newCorpus, store, step.name());
            p.waitFor();
            slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
            assertEquals(137, p.exitValue(), "the build halted at " + step);
            long after = count(store);
            boolean switched = step.ordinal() >= GraphStore.Step.POINTER_SWITCHED.ordinal();
            assertEquals(switched ? newCount : oldCount, after, "halted at " + step);
            outcomes.add(step + ":" + after);
            assertOneGenerationAfterCleanUp(store);
        }
        Random random = new Random(11);
        for (int i = 0; i < RANDOM_KILLS; i++) {
            Path store = copyOf(template, "random-" + i);
            Process p = buildProcess(newCorpus, store, "");
            long wait = (long) (random.nextDouble() * slowest);
            Thread.sleep(wait);
            p.destroyForcibly();
            p.waitFor();
            long after = count(store);
            assertTrue(after == oldCount || after == newCount, "killed after " + wait + " ms: " + after);
            outcomes.add("kill@" + wait + "ms:" + after);
            assertOneGenerationAfterCleanUp(store);
        }
        assertEquals(20, outcomes.size());
        System.out.println("kill test: old " + oldCount + ", new " + newCount + "; " + String.join(", ", outcomes));
    }

    @Test
    void twoBuildsOfTheSameCorpusGiveTheSameSortedNQuads() throws IOException {
        Path corpus = corpus("same", 5);
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        build(corpus, a);
        build(corpus, b);
        List<String> first = sortedNQuads(a);
        List<String> second = sortedNQuads(b);
        assertTrue(first.size() > 1000);
        assertEquals(first, second);
    }

    private Path corpus(String name, int files) throws IOException {
        Path dir = temp.resolve(name).resolve("zh");
        Files.createDirectories(dir);
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("data/corpus/zh"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(files).toList();
        }
        for (Path seed : seeds) {
            Files.copy(seed, dir.resolve(seed.getFileName()));
        }
        return dir.getParent();
    }

    private static void build(Path corpus, Path store) {
        StringWriter err = new StringWriter();
        int status = WsisCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--corpus",
                corpus.toString(), "--store", store.toString());
        assertEquals(0, status, err.toString());
    }

    private static Process buildProcess(Path corpus, Path store, String haltAt) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        if (!haltAt.isEmpty()) {
            command.add("-Dwsis.store.haltAt=" + haltAt);
        }
        command.addAll(List.of(WsisCommand.class.getName(), "build", "--corpus", corpus.toString(), "--store", store.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long count(Path store) {
        Dataset d = new GraphStore(store).open();
        try {
            return Txn.calculateRead(d, () -> d.asDatasetGraph().stream().count());
        } finally {
            GraphStore.close(d);
        }
    }

    private static List<String> sortedNQuads(Path store) {
        Dataset d = new GraphStore(store).open();
        try {
            return Txn.calculateRead(d, () -> {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                org.apache.jena.riot.RDFDataMgr.write(out, d.asDatasetGraph(), org.apache.jena.riot.Lang.NQUADS);
                return out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().sorted().toList();
            });
        } finally {
            GraphStore.close(d);
        }
    }

    private static void assertOneGenerationAfterCleanUp(Path store) throws IOException {
        GraphStore s = new GraphStore(store);
        s.cleanUp();
        assertEquals(1, s.generations().size(), "leftovers in " + store + ": " + s.generations());
        assertTrue(Files.notExists(store.resolve(GraphStore.STAGED_POINTER)));
    }

    private Path copyOf(Path template, String name) throws IOException {
        Path target = temp.resolve(name);
        try (Stream<Path> files = Files.walk(template)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(template.relativize(p).toString().replace(File.separatorChar, '/'));
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    try {
                        Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return target;
    }
}
