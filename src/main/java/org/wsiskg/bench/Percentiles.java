package org.wsiskg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings of one repeated step, in milliseconds: how many, the median and the 99th percentile (nearest rank). */
public record Percentiles(int samples, double p50, double p99) {

    static Percentiles of(List<Double> millis) {
        if (millis.isEmpty()) {
            return new Percentiles(0, Double.NaN, Double.NaN);
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Percentiles(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.99));
    }

    private static double rank(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
