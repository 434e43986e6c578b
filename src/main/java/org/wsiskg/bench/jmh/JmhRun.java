package org.wsiskg.bench.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.wsiskg.WsisException;

/**
 * Runs the benchmarks of this package with JMH (one fork, one thread: figures per core) and turns
 * each score, in operations per second, into MB of text per second.
 */
public final class JmhRun {

    /** One benchmark's figure. */
    public record Throughput(String benchmark, String parameter, double megabytesPerSecond, double errorMegabytesPerSecond) {
    }

    private JmhRun() {
    }

    /** Runs the benchmarks whose names match {@code include} (a regex), each for {@code seconds} of measurement. */
    public static List<Throughput> run(String include, int seconds) {
        Options options = new OptionsBuilder()
                .include(JmhRun.class.getPackageName() + "\\..*(" + include + ").*")
                .forks(1)
                .threads(1)
                .warmupIterations(1).warmupTime(TimeValue.seconds(Math.max(1, seconds / 3)))
                .measurementIterations(3).measurementTime(TimeValue.seconds(Math.max(1, seconds / 3)))
                .build();
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            throw new WsisException("JMH_FAILED", "the JMH run failed: " + e.getMessage(), WsisException.FAILURE, e);
        }
        List<Throughput> out = new ArrayList<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String simple = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String param = name.contains("Normalizer") ? r.getParams().getParam("language") : r.getParams().getParam("extractor");
            long bytes = name.contains("Normalizer") ? NormalizerBenchmark.bytesPerOperation(param)
                    : ExtractorBenchmark.bytesPerOperation(param);
            double opsPerSecond = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            out.add(new Throughput(simple, param, opsPerSecond * bytes / 1e6,
                    Double.isNaN(error) ? Double.NaN : error * bytes / 1e6));
        }
        return out;
    }

    public static String table(List<Throughput> results) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-32s %-44s %12s%n", "benchmark", "parameter", "MB/s/core"));
        for (Throughput t : results) {
            s.append(String.format(Locale.ROOT, "%-32s %-44s %8.2f ± %.2f%n", t.benchmark(), t.parameter(),
                    t.megabytesPerSecond(), t.errorMegabytesPerSecond()));
        }
        return s.toString();
    }
}
