package org.wsiskg.text;

import java.util.List;

/**
 * A date or a range of dates read from a text, at the precision the text gives: {@code start} and
 * {@code end} are ISO strings ({@code 2010-05-17}, {@code 2016-09}) or both null when the text
 * gives only a year. {@code yearFromContext} is true when the text gave no year and {@code year}
 * was taken from the surrounding text. {@code [from, to)} is where it stands in the text read.
 */
public record DateRange(int year, String start, String end, boolean yearFromContext, int from, int to) {

    /**
     * The index of the first of {@code dates} (in text order) that starts at or after {@code offset}:
     * a binary search, so that readers looking up the dates of many clauses of one paragraph stay linear.
     */
    public static int firstFrom(List<DateRange> dates, int offset) {
        int lo = 0;
        int hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).from() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
