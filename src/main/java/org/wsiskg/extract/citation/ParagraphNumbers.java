package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a run of cited paragraph numbers, {@code 第 … 段}, into the numbers it names: single
 * ({@code 第 72 段}), lists ({@code 第 23 和 27 段}, {@code 第 34 和 35段}), ranges
 * ({@code 第 72 至 78 段}, {@code 第 34至第 37段}, {@code 第 34 段至第 37 段}) and runs of such
 * groups ({@code 第 34至第 37段和第 67 至第 72段}). Sub-paragraph letters ({@code 第 4 (b) 段},
 * {@code 第 4(b)和(c)段}) name their paragraph. Articles (第十九条), volumes (第 1 卷), meetings (第 69 次) are not 段.
 */
final class ParagraphNumbers {

    /** A range longer than this is not a range of paragraphs but a misreading: its ends are kept. */
    private static final int LONGEST_RANGE = 100;
    private static final String LETTER = "\\([a-z]{1,2}\\)";
    private static final String NUMBER = "\\d{1,3}(?![\\d/.])(?:\\s?" + LETTER + "(?:\\s*(?:和|、|及|至)\\s*" + LETTER + ")*)?";
    private static final String JOIN = "\\s*(?:至|到|-|和|、|及|以及|,|，)\\s*";
    private static final String GROUP = "第\\s*" + NUMBER + "(?:" + JOIN + "(?:第\\s*)?" + NUMBER + ")*\\s*段";
    /** Anchored at the place where the run must begin. */
    static final Pattern RUN = Pattern.compile(GROUP + "(?:" + JOIN + GROUP + ")*");
    private static final Pattern TOKEN = Pattern.compile("(?<n>\\d{1,3})(?:\\s?\\([a-z]{1,2}\\))?|(?<range>至|到|-)|(?<list>和|、|及|,|，)");

    private ParagraphNumbers() {
    }

    /** The numbers named by a run matched by {@link #RUN}, in order, ranges expanded, without repeats. */
    static List<Integer> expand(String run) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher t = TOKEN.matcher(run);
        Integer previous = null;
        boolean range = false;
        while (t.find()) {
            if (t.group("n") != null) {
                int n = Integer.parseInt(t.group("n"));
                if (range && previous != null && n > previous && n - previous <= LONGEST_RANGE) {
                    for (int k = previous + 1; k < n; k++) {
                        numbers.add(k);
                    }
                }
                numbers.add(n);
                previous = n;
                range = false;
            } else {
                range = t.group("range") != null;
            }
        }
        return new ArrayList<>(numbers);
    }
}
