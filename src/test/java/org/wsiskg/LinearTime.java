package org.wsiskg;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Fails when reading a hostile text grows faster than linearly: 40,000 characters may take at most {@link #MOST_RATIO}
 * times as long as 10,000 (linear is 4, quadratic 16). Ratios within one run, not absolute times, and the thread's CPU
 * time, not the wall clock, so that a slow or busy machine does not fail it; each size is timed at its best of {@link #RUNS} runs, after untimed ones, so that
 * none pays for compiling the code or for a collection pause.
 */
public final class LinearTime {

    /** Four times the text may take this many times as long: linear with room for noise, half way to quadratic. */
    public static final double MOST_RATIO = 8.0;
    /** Below this the largest text is read too fast to time on a shared machine, whatever the ratio. */
    static final long FAST_ENOUGH_NANOS = 50_000_000L;
    static final int[] SIZES = {10_000, 20_000, 40_000};
    private static final int RUNS = 5;
    private static final int WARM_UP_ROUNDS = 2;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private LinearTime() {
    }

    /**
     * The CPU time of this thread so far, where the JVM can tell it, else the wall clock: other processes on a shared
     * machine (three Maven runs on two cores) stretch the wall-clock time of a run, not the CPU time it takes.
     */
    public static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Times {@code read} on {@code text} at 10k, 20k and 40k characters; {@code what} names the reader in the failure. */
    public static void assertLinear(String what, HostileText text, Consumer<String> read) {
        // A reader that needs a minute for these sizes is not linear, and one that never ends must not stop the build.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> measure(what, text, read), () -> what + " on " + text
                + " took more than a minute");
    }

    private static void measure(String what, HostileText text, Consumer<String> read) {
        String[] texts = new String[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            texts[i] = text.ofLength(SIZES[i]);
        }
        long[] nanos = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        // Rounds over all sizes, the first ones untimed: the code is compiled before any size is timed, and a pause of
        // the shared machine spoils one round of every size rather than all runs of one.
        for (int round = 0; round < WARM_UP_ROUNDS + RUNS; round++) {
            for (int i = 0; i < SIZES.length; i++) {
                long start = cpuNanos();
                read.accept(texts[i]);
                long took = cpuNanos() - start;
                if (round >= WARM_UP_ROUNDS) {
                    nanos[i] = Math.min(nanos[i], took);
                }
            }
        }
        double ratio = (double) nanos[2] / Math.max(1, nanos[0]);
        String measured = String.format("%s on %s: 40k characters took %.1f times as long as 10k (%.2f ms, %.2f ms, %.2f ms"
                + " at 10k, 20k, 40k)", what, text, ratio, nanos[0] / 1e6, nanos[1] / 1e6, nanos[2] / 1e6);
        // Kept in the test's output file (target/surefire-reports), to see how close to the limit a reader runs.
        System.out.println(measured);
        assertTrue(ratio <= MOST_RATIO || nanos[2] < FAST_ENOUGH_NANOS, measured);
    }
}
