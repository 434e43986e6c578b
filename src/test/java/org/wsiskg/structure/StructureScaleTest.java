package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Normalizer;

/**
 * Reading the structure takes time in proportion to the text: twice the text, about twice the time (ratios within one run, not
 * absolute times, so a slow machine does not fail it). Footnote lookup was cubic: the seed repeated to 7.7 MB took 154 s.
 */
class StructureScaleTest {

    /** Twice the text may take up to this many times as long: linear with room for noise, below quadratic (4). */
    private static final double MOST_RATIO_TWICE = 3.0;
    /** Four times the text (short adversarial inputs, where timing is noisier): linear is 4, quadratic 16. */
    private static final double MOST_RATIO_FOUR_TIMES = 8.0;
    /** Below this a run is too short to time on a shared machine (a collection pause is longer). */
    private static final long FAST_ENOUGH_NANOS = 100_000_000L;

    @Test
    void theSeedRepeatedTwiceAsOftenTakesAboutTwiceAsLong() throws IOException {
        String seed = Files.readString(Path.of("data/corpus/zh/003_2d7bc27f85ce4953.txt"));
        assertLinear("the seed repeated", n -> seed.repeat(n), 20, 40, MOST_RATIO_TWICE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {" ", "1", "第1和1", "1\n", "\n\n\n", "大会，", "回顾", "¹", "1. ", "-\n", "&amp;", "&#", "____\n1 见", "A/1-"})
    void adversarialRepetitionsStayLinear(String unit) {
        assertLinear("'" + unit + "' repeated", n -> "第 1/1 号" + unit.repeat(n * 1000 / unit.length()), 10, 40,
                MOST_RATIO_FOUR_TIMES);
    }

    /**
     * Reads {@code text(small)} and {@code text(large)} (best of five interleaved rounds, after two untimed) and fails when the large one takes more than
     * {@code mostRatio} times as long, unless it is too fast to time.
     */
    private static void assertLinear(String what, IntFunction<String> text, int small, int large, double mostRatio) {
        // Rounds over both sizes, the first two untimed: the code is compiled before either size is timed, and a pause of
        // the shared machine spoils one round of both sizes rather than every run of one.
        int[] sizes = {small, large};
        String[] texts = {text.apply(small), text.apply(large)};
        long[] nanos = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int round = 0; round < 2 + 5; round++) {
            for (int i = 0; i < 2; i++) {
                long start = org.wsiskg.LinearTime.cpuNanos();
                read(texts[i]);
                long took = org.wsiskg.LinearTime.cpuNanos() - start;
                if (round >= 2) {
                    nanos[i] = Math.min(nanos[i], took);
                }
            }
        }
        double ratio = (double) nanos[1] / Math.max(1, nanos[0]);
        assertTrue(ratio <= mostRatio || nanos[1] < FAST_ENOUGH_NANOS, what + ": " + small + " → " + large + " took " + ratio
                + " times as long (" + nanos[0] / 1_000_000 + " ms → " + nanos[1] / 1_000_000 + " ms)");
    }

    /** Normalise, read the structure, and look up every marker's footnote and every footnote's carrier. */
    private static int read(String text) {
        AnchoredText normalized = new Normalizer().normalize(text);
        DocumentStructure s = new StructureParser().parse(normalized);
        int found = 0;
        for (Paragraph p : s.paragraphs()) {
            for (FootnoteMarker m : p.markers()) {
                found += s.footnoteFor(m).isPresent() ? 1 : 0;
            }
        }
        for (Paragraph f : s.footnotes()) {
            found += s.carrierOf(f).isPresent() ? 1 : 0;
        }
        return found;
    }
}
