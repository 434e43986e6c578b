package org.wsiskg.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates written the UN English way (day month year), into the same {@link DateRange}s as
 * {@link ChineseDates}:
 * <ul>
 *   <li>{@code 20 December 2010} (a date), {@code 15 to 18 November 2009}, {@code 15-18 November 2009},
 *       {@code 15–18 November 2009} (days of one month);</li>
 *   <li>{@code 30 November to 2 December 2023}, {@code 30 November and 1 December 2023} (across months),
 *       {@code 15 and 16 December 2015} (two days);</li>
 *   <li>{@code September 2016 to January 2018} (months), {@code November 2009} (a month), {@code 2006} is
 *       <em>not</em> read here (a bare number is too often something else);</li>
 *   <li>{@code 17 to 21 May} with no year, which takes the nearest year before it, else the context year;</li>
 *   <li>the month first, as news items write it: {@code December 28, 2022}, {@code November 25-29, 2019},
 *       {@code Nov 28 to Dec 2, 2022} (a comma before the year).</li>
 * </ul>
 * Month names may be capitalised or not; {@code Sept.} and three-letter abbreviations with a dot are read.
 * Rejects: day numbers over the month's length ({@code 31 November 2010}), {@code May} alone (a verb).
 */
public final class EnglishDates {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])";
    private static final String YEAR = "(?:19|20)\\d\\d";
    private static final String TO = "(?:\\s{0,3}(?:to|through|until|-|\\u2013|\\u2014)\\s{0,3})";
    private static final String AND = "(?:\\s{0,3}(?:and|&)\\s{0,3})";

    /** A month as news items write it before the day: also three letters with no dot ({@code Nov 28, 2022}). */
    private static final String US_MONTH = "(?:" + MONTH + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\\s{1,3}\\d))";

    /** A full date: groups {@code d}, {@code m}, {@code y}. */
    public static final Pattern FULL_DATE = Pattern.compile(
            "(?<![\\d\\w])(?<d>" + DAY + ")(?:st|nd|rd|th)?\\s{1,3}(?<m>" + MONTH + ")(?:\\s{0,3},)?\\s{1,3}(?<y>" + YEAR + ")(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    /**
     * One date or range: an optional first day and month, then the last (or only) day, month and year.
     * {@code d1 [m1] (to|and) d2 m2 [y2]} | {@code d2 m2 [y2]} | {@code m1 [y1] to m2 y2} | {@code m2 y2}.
     */
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\w])(?:"
                    + "(?:(?<d1>" + DAY + ")(?:\\s{1,3}(?<m1>" + MONTH + "))?(?<sep>" + TO + "|" + AND + "))?"
                    + "(?<d2>" + DAY + ")\\s{1,3}(?<m2>" + MONTH + ")(?:(?:\\s{0,3},)?\\s{1,3}(?<y2>" + YEAR + "))?"
                    + "|(?<mm1>" + MONTH + ")(?:\\s{1,3}(?<my1>" + YEAR + "))?" + TO
                    + "(?<mm2>" + MONTH + ")\\s{1,3}(?<my2>" + YEAR + ")"
                    + "|(?<um1>" + US_MONTH + ")\\s{1,3}(?<ud1>" + DAY + ")(?:(?<usep>" + TO + "|" + AND + ")(?:(?<um2>" + US_MONTH
                    + ")\\s{1,3})?(?<ud2>" + DAY + "))?\\s{0,3},\\s{0,3}(?<uy>" + YEAR + ")"
                    + "|(?<om>" + MONTH + ")\\s{1,3}(?<oy>" + YEAR + ")"
                    + ")(?![\\w])",
            Pattern.CASE_INSENSITIVE);

    private EnglishDates() {
    }

    /**
     * Every date, date range or month in {@code text}, in order. A date without a year takes the
     * year written after it in the same range, else the nearest year before it, else {@code contextYear};
     * with no year at all it is left out.
     */
    public static List<DateRange> ranges(CharSequence text, Integer contextYear) {
        List<DateRange> found = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        Integer lastYear = contextYear;
        while (m.find()) {
            Optional<DateRange> r;
            if (m.group("d2") != null) {
                r = days(m, lastYear);
            } else if (m.group("ud1") != null) {
                r = monthFirst(m);
            } else if (m.group("mm2") != null) {
                r = months(m);
            } else {
                r = month(m);
            }
            if (r.isPresent()) {
                found.add(r.get());
                lastYear = r.get().year();
            }
        }
        return found;
    }

    private static Optional<DateRange> days(Matcher m, Integer lastYear) {
        boolean noYear = m.group("y2") == null;
        Integer year = noYear ? lastYear : Integer.valueOf(m.group("y2"));
        if (year == null) {
            return Optional.empty();
        }
        int endMonth = monthOf(m.group("m2"));
        Optional<LocalDate> end = date(year, endMonth, m.group("d2"));
        if (end.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = end.get();
        if (m.group("d1") != null) {
            int startMonth = m.group("m1") == null ? endMonth : monthOf(m.group("m1"));
            Optional<LocalDate> s = date(year, startMonth, m.group("d1"));
            if (s.isEmpty() || s.get().isAfter(end.get())) {
                // "16 and 17 December" read backwards is no range: keep the last date alone.
                return Optional.of(new DateRange(year, end.get().toString(), end.get().toString(), noYear,
                        m.start("d2"), m.end()));
            }
            start = s.get();
        }
        return Optional.of(new DateRange(year, start.toString(), end.get().toString(), noYear, m.start(), m.end()));
    }

    /** {@code December 28, 2022}, {@code November 25-29, 2019}, {@code Nov 28 to Dec 2, 2022}: the month before the day, a comma before the year. */
    private static Optional<DateRange> monthFirst(Matcher m) {
        int year = Integer.parseInt(m.group("uy"));
        int startMonth = monthOf(m.group("um1"));
        Optional<LocalDate> start = date(year, startMonth, m.group("ud1"));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = start.get();
        if (m.group("ud2") != null) {
            Optional<LocalDate> last = date(year, m.group("um2") == null ? startMonth : monthOf(m.group("um2")), m.group("ud2"));
            if (last.isEmpty() || last.get().isBefore(start.get())) {
                return Optional.empty();
            }
            end = last.get();
        }
        return Optional.of(new DateRange(year, start.get().toString(), end.toString(), false, m.start(), m.end()));
    }

    private static Optional<DateRange> months(Matcher m) {
        int endYear = Integer.parseInt(m.group("my2"));
        int startYear = m.group("my1") == null ? endYear : Integer.parseInt(m.group("my1"));
        String start = String.format("%04d-%02d", startYear, monthOf(m.group("mm1")));
        String end = String.format("%04d-%02d", endYear, monthOf(m.group("mm2")));
        if (start.compareTo(end) > 0) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(startYear, start, end, false, m.start(), m.end()));
    }

    private static Optional<DateRange> month(Matcher m) {
        if (m.group("om").equalsIgnoreCase("may") && Character.isLowerCase(m.group("om").charAt(0))) {
            return Optional.empty(); // "may 2010" in running text is not a month
        }
        int year = Integer.parseInt(m.group("oy"));
        String iso = String.format("%04d-%02d", year, monthOf(m.group("om")));
        return Optional.of(new DateRange(year, iso, iso, false, m.start(), m.end()));
    }

    /** The date of a {@link #FULL_DATE} match, empty when the calendar has no such day. */
    public static Optional<LocalDate> of(Matcher fullDate) {
        return date(Integer.parseInt(fullDate.group("y")), monthOf(fullDate.group("m")), fullDate.group("d"));
    }

    /** The month number of an English month name or abbreviation (1-12). */
    public static int monthOf(String name) {
        String t = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (t.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static Optional<LocalDate> date(int year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
