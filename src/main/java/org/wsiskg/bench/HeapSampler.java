package org.wsiskg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The highest heap use seen while a step runs, sampled every 20 ms on a daemon thread (a peak
 * between two samples can be missed; garbage not yet collected counts, as it does for the JVM).
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        System.gc();
        peak = memory.getHeapMemoryUsage().getUsed();
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The peak in MiB so far. */
    double peakMiB() {
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed()) / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
