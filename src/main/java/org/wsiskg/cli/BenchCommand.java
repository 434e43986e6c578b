package org.wsiskg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.wsiskg.WsisException;
import org.wsiskg.bench.ScaleBench;
import org.wsiskg.bench.jmh.JmhRun;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.IriScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code wsis bench}: builds synthetic corpora of 10x, 100x … the seed corpus with {@code wsis build}
 * itself and measures the build, TDB2's own loader on the same quads, a rebuild after one changed
 * text, and every named query and some resource pages, in process and over HTTP.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure build and query speed on synthetic corpora of N times the seed corpus; print a table and write bench.json.")
final class BenchCommand implements Runnable {

    private static final String HOME = "${sys:wsis.home:-.}/";

    @Option(names = "--scales", split = ",", paramLabel = "N", defaultValue = "10,100,1000",
            description = "Multiples of the seed corpus (5 texts, 129 kB) to measure. Default: ${DEFAULT-VALUE}.")
    List<Integer> scales;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic corpus. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = HOME + "target/bench",
            description = "Where the corpora, stores and bench.json go. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = HOME + "queries",
            description = "Directory of named queries. Default: ${DEFAULT-VALUE}.")
    Path queries;

    @Option(names = "--repetitions", defaultValue = "30",
            description = "Runs of each query and page, at most (after one to warm up). Default: ${DEFAULT-VALUE}.")
    int repetitions;

    @Option(names = "--budget", defaultValue = "20", paramLabel = "SECONDS",
            description = "Time for the runs of one query or page, at most (three runs at least). Default: ${DEFAULT-VALUE}.")
    double budget;

    @Option(names = "--jmh", description = "Run the JMH benchmarks of the normaliser and each extractor instead (MB of text per second per core).")
    boolean jmh;

    @Option(names = "--jmh-include", paramLabel = "REGEX", defaultValue = "",
            description = "With --jmh: only benchmarks (or parameters) whose names match. Default: all.")
    String jmhInclude;

    @Option(names = "--jmh-seconds", defaultValue = "6", paramLabel = "SECONDS",
            description = "With --jmh: measuring time per benchmark (a third of it warms up first). Default: ${DEFAULT-VALUE}.")
    int jmhSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (jmh) {
            List<JmhRun.Throughput> results = JmhRun.run(jmhInclude, jmhSeconds);
            spec.commandLine().getOut().print(JmhRun.table(results));
            spec.commandLine().getOut().flush();
            return;
        }
        for (int s : scales) {
            if (s < 1 || s > 100_000) {
                throw new WsisException("BAD_SCALE", "a scale is a multiple of the seed corpus from 1 to 100000, not " + s,
                        WsisException.USAGE);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        ScaleBench bench = new ScaleBench(BenchCommand::build, new QueryLibrary(queries), IriScheme.standard(), repetitions,
                budget, line -> {
                    err.println("wsis bench: " + line);
                    err.flush();
                });
        ScaleBench.Report report = bench.run(scales, seed, out);
        spec.commandLine().getOut().print(ScaleBench.table(report));
        spec.commandLine().getOut().println("figures written to " + out.resolve("bench.json"));
        spec.commandLine().getOut().flush();
    }

    /**
     * The build, exactly as {@code wsis build --corpus … --store …} runs it (after a changed text: the
     * incremental build, which copies the unchanged texts from the last one); its one line per text
     * is kept back (the bench prints its own progress), its other lines and any error pass on.
     */
    private static void build(Path corpus, Path store) {
        StringWriter captured = new StringWriter();
        PrintWriter both = new PrintWriter(captured, true);
        int status = WsisCommand.run(both, both, "build", "--corpus", corpus.toString(), "--store", store.toString());
        if (status != 0) {
            String lastLines = String.join("\n", captured.toString().lines().filter(l -> !l.startsWith("wsis: read ") && !l.startsWith("wsis: kept "))
                    .toList());
            throw new WsisException("BENCH_BUILD_FAILED", "the build of " + corpus + " failed (status " + status + "): "
                    + lastLines, WsisException.FAILURE);
        }
    }
}
