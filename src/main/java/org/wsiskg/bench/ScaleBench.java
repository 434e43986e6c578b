package org.wsiskg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.wsiskg.query.NamedQuery;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.store.GraphStore;
import org.wsiskg.text.Language;

/**
 * {@code wsis bench}: at each scale, a synthetic corpus ({@link ScaleCorpus}) is written, built by
 * {@code build} itself (the caller's {@link Build}), loaded again by TDB2's own bulk loader
 * ({@link PlainLoad}), rebuilt after one text changed, and queried ({@link QueryTimings}). The
 * figures go to a table and to {@code bench.json} in the output directory; the corpora and stores
 * stay there (generated texts are never part of the repository).
 */
public final class ScaleBench {

    /** Runs the project's own build of {@code corpus} into {@code store}. */
    public interface Build {
        void run(Path corpus, Path store);
    }

    /** The figures of one scale. */
    public record ScaleResult(int scale, int texts, long corpusBytes, double buildSeconds, double buildCpuSeconds, long quads, double quadsPerSecond,
                              double peakHeapMiB, double plainLoadSeconds, double buildOverPlainLoad, double buildSecondsPerMB,
                              double incrementalSeconds, List<QueryTimings.Timing> queries) {
    }

    /** The whole run: the machine, the settings and each scale. */
    public record Report(String machine, long seed, List<ScaleResult> scales) {
    }

    private final Build build;
    private final QueryLibrary queries;
    private final IriScheme iris;
    private final Consumer<String> progress;
    private final int repetitions;
    private final double budgetSeconds;

    public ScaleBench(Build build, QueryLibrary queries, IriScheme iris, int repetitions, double budgetSeconds,
                      Consumer<String> progress) {
        this.build = build;
        this.queries = queries;
        this.iris = iris;
        this.repetitions = repetitions;
        this.budgetSeconds = budgetSeconds;
        this.progress = progress;
    }

    public Report run(List<Integer> scales, long seed, Path out) {
        List<ScaleResult> results = new ArrayList<>();
        for (int scale : scales) {
            results.add(runScale(scale, seed, out.resolve("scale-" + scale + "x")));
            write(new Report(machine(), seed, results), out);
        }
        return new Report(machine(), seed, results);
    }

    private ScaleResult runScale(int scale, long seed, Path dir) {
        ScaleCorpus generator = new ScaleCorpus(seed);
        int texts = ScaleCorpus.textsAt(scale);
        Path corpus = dir.resolve("corpus");
        Path storeDir = dir.resolve("store");
        GraphStore.deleteTree(corpus);
        GraphStore.deleteTree(storeDir);
        progress.accept(String.format(Locale.ROOT, "%dx: writing %d synthetic texts to %s", scale, texts, corpus));
        ScaleCorpus.Written written = generator.write(corpus, texts);
        double mb = written.bytes() / 1e6;
        progress.accept(String.format(Locale.ROOT, "%dx: %d texts (%d Chinese, %d English), %.1f MB; full build ...", scale,
                written.texts(), written.chinese(), written.english(), mb));

        double buildSeconds;
        double buildCpu;
        double peak;
        try (HeapSampler heap = new HeapSampler()) {
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            build.run(corpus, storeDir);
            buildSeconds = (System.nanoTime() - t0) / 1e9;
            buildCpu = (processCpuNanos() - cpu0) / 1e9;
            peak = heap.peakMiB();
        }
        GraphStore store = new GraphStore(storeDir);
        Dataset dataset = store.open();
        long quads;
        PlainLoad.Result plain;
        try {
            quads = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
            progress.accept(String.format(Locale.ROOT, "%dx: built %d quads in %.1f s (%.1f s of CPU, peak heap %.0f MiB); plain TDB2 load ...",
                    scale, quads, buildSeconds, buildCpu, peak));
            plain = PlainLoad.measure(dataset, dir.resolve("plain-load"), progress);
        } finally {
            GraphStore.close(dataset);
        }
        progress.accept(String.format(Locale.ROOT, "%dx: TDB2's loader took %.1f s for %d quads; changing one text and rebuilding ...",
                scale, plain.seconds(), plain.quads()));

        List<PlannedText> plan = generator.plan(texts);
        changeOneText(corpus, plan.get(plan.size() / 2));
        long t1 = System.nanoTime();
        build.run(corpus, storeDir);
        double incremental = (System.nanoTime() - t1) / 1e9;
        progress.accept(String.format(Locale.ROOT, "%dx: rebuild after one changed text %.1f s; timing queries ...", scale, incremental));

        Dataset served = store.open();
        List<QueryTimings.Timing> timings;
        try {
            timings = new QueryTimings(served, iris, queries, repetitions, budgetSeconds, progress)
                    .measure(bindings(plan), pages(plan));
        } finally {
            GraphStore.close(served);
        }
        return new ScaleResult(scale, written.texts(), written.bytes(), buildSeconds, buildCpu, quads, quads / buildSeconds, peak,
                plain.seconds(), buildSeconds / plain.seconds(), buildSeconds / mb, incremental, timings);
    }

    /**
     * Values for each named query's parameters on a synthetic corpus: its example value where the
     * synthetic texts have it too (the Tunis Agenda, blanks, a citing function), else the latest
     * General Assembly text (and the one before it for a comparison), or the Secretary-General's
     * last report.
     */
    private Map<String, Map<String, String>> bindings(List<PlannedText> plan) {
        List<PlannedText> ga = plan.stream().filter(t -> !t.ecosoc()).toList();
        String latest = ga.isEmpty() ? plan.get(plan.size() - 1).symbol() : ga.get(ga.size() - 1).symbol();
        String previous = ga.size() < 2 ? latest : ga.get(ga.size() - 2).symbol();
        int lastYear = plan.get(plan.size() - 1).adopted().getYear();
        String report = "A/" + (lastYear - 1945) + "/64";
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (NamedQuery q : queries.all()) {
            Map<String, String> b = new LinkedHashMap<>();
            for (NamedQuery.Parameter p : q.parameters()) {
                String example = p.example();
                String value;
                if (p.name().equals("old")) {
                    value = previous;
                } else if (p.name().equals("new")) {
                    value = latest;
                } else if (example.matches("[AE]/RES/.*")) {
                    value = latest;
                } else if (example.matches("[AE]/\\d+/.*")) {
                    value = report;
                } else {
                    value = example;
                }
                b.put(p.name(), value);
            }
            out.put(q.name(), b);
        }
        return out;
    }

    private List<String> pages(List<PlannedText> plan) {
        List<String> out = new ArrayList<>();
        out.add(iris.document(plan.get(plan.size() - 1).symbol()));
        out.add(iris.document("A/RES/56/183"));
        List<WsisMeetings.IgfMeeting> igf = WsisMeetings.igfBefore(plan.get(plan.size() - 1).adopted());
        if (!igf.isEmpty()) {
            out.add(iris.base() + "event/igf/" + igf.get(igf.size() - 1).year());
        }
        out.add(iris.base() + "body/GA");
        return out;
    }

    /** One word more in the first operative paragraph: the text's content changes, its citations do not. */
    private static void changeOneText(Path corpus, PlannedText t) {
        Path file = corpus.resolve(t.fileName());
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String insert = t.language() == Language.ZH ? "\n\n1. 再次" : "\n\n1. Once again, ";
            Files.writeString(file, text.replaceFirst("\n\n1\\. ", insert), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table {@code wsis bench} prints. */
    public static String table(Report report) {
        StringBuilder s = new StringBuilder();
        s.append("machine: ").append(report.machine()).append("; seed ").append(report.seed()).append('\n');
        s.append(String.format(Locale.ROOT, "%6s %6s %8s %9s %7s %10s %9s %9s %9s %7s %8s %9s%n", "scale", "texts", "MB",
                "build s", "cpu s", "quads", "quads/s", "heap MiB", "load s", "ratio", "s/MB", "1-file s"));
        for (ScaleResult r : report.scales()) {
            s.append(String.format(Locale.ROOT, "%5dx %6d %8.1f %9.1f %7.1f %10d %9.0f %9.0f %9.1f %7.2f %8.2f %9.1f%n", r.scale(),
                    r.texts(), r.corpusBytes() / 1e6, r.buildSeconds(), r.buildCpuSeconds(), r.quads(), r.quadsPerSecond(), r.peakHeapMiB(),
                    r.plainLoadSeconds(), r.buildOverPlainLoad(), r.buildSecondsPerMB(), r.incrementalSeconds()));
        }
        s.append(String.format(Locale.ROOT, "%n%-26s %-9s %6s %21s %21s%n", "query / page", "kind", "scale",
                "in process p50/p99 ms", "http p50/p99 ms"));
        for (ScaleResult r : report.scales()) {
            for (QueryTimings.Timing t : r.queries()) {
                s.append(t.error() != null
                        ? String.format(Locale.ROOT, "%-26s %-9s %5dx failed: %s%n", t.name(), t.kind(), r.scale(), t.error())
                        : String.format(Locale.ROOT, "%-26s %-9s %5dx %10.1f/%-10.1f %10.1f/%-10.1f%n", t.name(), t.kind(),
                        r.scale(), t.inProcess().p50(), t.inProcess().p99(), t.http().p50(), t.http().p99()));
            }
        }
        return s.toString();
    }

    private static void write(Report report, Path out) {
        try {
            Files.createDirectories(out);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("bench.json").toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time of the whole process, all threads: on a shared machine less noisy than wall time. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, max heap %d MiB, %s %s, Java %s", rt.availableProcessors(),
                rt.maxMemory() / (1024 * 1024), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"));
    }
}
