package org.wsiskg.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates written the Chinese way, spaces optional: full dates ({@code 2010 年 12 月 20 日}) and
 * the ranges and pairs meetings are dated with:
 * <ul>
 *   <li>{@code 2010 年 5 月 17 日至 21 日}, {@code 2012 年 11 月 6 日至 9 日}, {@code 2010 年 5 月 17 至 21 日},
 *       {@code 2005 年 11 月 16-18 日} (days of one month);</li>
 *   <li>{@code 2023 年 11 月 30 日和 12 月 1 日}, {@code 2015 年 12 月 15 日和 16 日},
 *       {@code 2011 年 10 月 24 和 25 日} (two days);</li>
 *   <li>{@code 2016 年 9 月至 2018 年 1 月} (months), {@code 2009 年 11 月} (a month),
 *       {@code 2006 年} (a year);</li>
 *   <li>{@code 11 月 16 日至 18 日}, {@code 12月6-9日} with no year, and a month alone where an event is dated by it ({@code 12月份在日内瓦},
 *       {@code 将于11月在…召开}), which take the year of their context; not a month of a year named by a relative word
 *       ({@code 去年12月}) or counted ({@code 第3月}).</li>
 * </ul>
 * {@code 和} joins two dates only when the second has a day: {@code 2024 年和 2025 年} are two
 * years, not a range.
 */
public final class ChineseDates {

    /** Groups {@code y}, {@code m}, {@code d}. */
    public static final Pattern FULL_DATE = Pattern.compile(
            "(?<y>(?:19|20)\\d\\d)\\s*年\\s*(?<m>1[0-2]|0?[1-9])\\s*月\\s*(?<d>3[01]|[12]\\d|0?[1-9])\\s*日");

    private static final String Y = "(?:19|20)\\d\\d";
    private static final String M = "(?:1[0-2]|0?[1-9])";
    private static final String D = "(?:3[01]|[12]\\d|0?[1-9])";
    private static final Pattern RANGE = Pattern.compile(
            "(?:(?<y1>" + Y + ")\\s*(?<yu1>年)(?:\\s*(?<m1>" + M + ")\\s*(?<mu1>月)(?:\\s*(?<d1>" + D + ")\\s*(?<du1>日)?)?)?"
                    + "|(?<![\\d年月])(?<cm1>" + M + ")\\s*(?<cmu1>月)\\s*(?<cd1>" + D + ")\\s*(?:(?<cdu1>日)|(?=\\s*[-至到]\\s*" + D + "\\s*日))"
                    + "|(?<![\\d年月第.．])(?<![去今明]年)(?<om1>" + M + ")\\s*(?<omu1>月)(?:份|(?=\\s*[在于於召举])))"
                    + "(?:\\s*(?<sep>至|到|和|及|-)\\s*(?:(?<y2>" + Y + ")\\s*年\\s*)?(?:(?<m2>" + M + ")\\s*月\\s*)?"
                    + "(?:(?<d2>" + D + ")\\s*日)?)?");

    private ChineseDates() {
    }

    /**
     * Every date, date range or bare year in {@code text}, in order. A date without a year takes
     * the nearest year written before it in the text, else {@code contextYear}; with no year at
     * all it is left out.
     */
    public static List<DateRange> ranges(CharSequence text, Integer contextYear) {
        List<DateRange> found = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        Integer lastYear = contextYear;
        while (m.find()) {
            boolean noYear = m.group("y1") == null;
            Integer year = noYear ? lastYear : Integer.valueOf(m.group("y1"));
            if (year == null) {
                continue;
            }
            boolean monthOnly = m.group("om1") != null;
            String m1 = m.group(monthOnly ? "om1" : noYear ? "cm1" : "m1");
            String d1 = m.group(noYear ? "cd1" : "d1");
            boolean dayMarked = m.group(noYear ? "cdu1" : "du1") != null;
            String y2 = m.group("y2");
            String m2 = m.group("m2");
            String d2 = m.group("d2");
            String sep = m.group("sep");
            // A second date: after 至 any later date; after 和 / 及 only a day (two years are two dates).
            boolean second = sep != null && (sep.equals("至") || sep.equals("到") || sep.equals("-")
                    ? (y2 != null || m2 != null || d2 != null) && !(d2 != null && d1 == null && m2 == null)
                    : d2 != null && d1 != null);
            if (d1 != null && !dayMarked && !second) {
                d1 = null; // "24" without 日 is a day only when a second day follows
            }
            Optional<String> first = iso(year, m1, d1);
            if (first.isEmpty()) {
                continue;
            }
            String startIso = m1 == null ? null : first.get();
            String endIso = startIso;
            int to = monthOnly ? m.end("omu1") : endOfFirst(m, noYear, m1, d1);
            if (second) {
                int endYear = y2 != null ? Integer.parseInt(y2) : year;
                String endMonth = m2 != null ? m2 : (y2 != null ? null : m1);
                Optional<String> last = iso(endYear, endMonth, d2);
                boolean sameShape = (endMonth == null) == (m1 == null);
                if (last.isPresent() && sameShape && (startIso == null || last.get().compareTo(startIso) >= 0)) {
                    endIso = endMonth == null ? null : last.get();
                    to = m.end();
                    lastYear = endYear;
                } else {
                    lastYear = year;
                }
            } else {
                lastYear = year;
            }
            found.add(new DateRange(year, startIso, endIso, noYear, m.start(), to));
        }
        return found;
    }

    private static int endOfFirst(Matcher m, boolean noYear, String month, String day) {
        if (day != null) {
            String unit = noYear ? "cdu1" : "du1";
            return m.group(unit) != null ? m.end(unit) : m.end(noYear ? "cd1" : "d1");
        }
        if (month != null) {
            return m.end(noYear ? "cmu1" : "mu1");
        }
        return m.end("yu1");
    }

    /** The ISO form of a year, year-month or date, empty when the calendar has no such day. */
    private static Optional<String> iso(int year, String month, String day) {
        if (month == null) {
            return Optional.of(Integer.toString(year));
        }
        int mo = Integer.parseInt(month);
        if (day == null) {
            return Optional.of(String.format("%04d-%02d", year, mo));
        }
        try {
            return Optional.of(LocalDate.of(year, mo, Integer.parseInt(day)).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date of a {@link #FULL_DATE} match, empty when the calendar has no such day. */
    public static Optional<LocalDate> of(Matcher fullDate) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(fullDate.group("y")),
                    Integer.parseInt(fullDate.group("m")), Integer.parseInt(fullDate.group("d"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
