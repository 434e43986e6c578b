package org.wsiskg.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/** The normaliser over the raw synthetic texts of one language; one operation reads them all once. */
@State(Scope.Benchmark)
public class NormalizerBenchmark {

    @Param({"ZH", "EN"})
    public String language;

    private BenchTexts texts;
    private final Normalizer normalizer = new Normalizer();

    @Setup(Level.Trial)
    public void read() {
        texts = new BenchTexts(Language.valueOf(language));
    }

    @Benchmark
    public void normalize(Blackhole sink) {
        for (String text : texts.raw) {
            sink.consume(normalizer.normalize(text));
        }
    }

    /** The bytes one operation reads, to turn operations per second into MB per second. */
    public static long bytesPerOperation(String language) {
        return new BenchTexts(Language.valueOf(language)).rawBytes;
    }
}
