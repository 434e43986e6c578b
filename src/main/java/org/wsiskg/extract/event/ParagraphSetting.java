package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.ChineseDates;
import org.wsiskg.text.DateRange;

/**
 * The dates and venues of one paragraph, for reading when and where an event named in it took
 * place. The texts put both in the clause of the event's name, before it
 * ({@code 2010 年 5 月 17 日至 21 日在日内瓦举行的…第十三届会议}) or after it
 * ({@code …第二十六届会议于 2023 年 3 月 27 日至 31 日举行}); a clause ends at a comma, semicolon or
 * full stop, which keeps the date of one event from being given to the next.
 */
final class ParagraphSetting {

    private static final String BREAKS = "，,；;。";
    /**
     * A clause is looked for at most this far from a name: a text with no comma for thousands of
     * characters has no clauses, and scanning back to its start for every name was quadratic.
     */
    private static final int LONGEST_CLAUSE = 1_000;
    /**
     * {@code 在 <place> 举行/举办/召开/主办}: the place is a run of Han characters (a country, a city or both); after 于 (which
     * also stands before times: 于近期举行) only a place the gazetteer knows ({@code 于日内瓦举行的第二十六届会议}).
     */
    private static final Pattern VENUE = Pattern.compile(
            "(?<at>在|于|於)\\s*(?<place>[\\p{IsHan}·]{2,12}?)\\s*(?:共同)?(?:举行|举办|召开|主办|开幕|舉行|舉辦|召開|開幕)");

    private final String text;
    private final Gazetteer gazetteer;
    private final List<DateRange> dates;

    ParagraphSetting(String text, EventContext context, Gazetteer gazetteer) {
        this.text = text;
        this.gazetteer = gazetteer;
        List<DateRange> found = new ArrayList<>(ChineseDates.ranges(text, context.documentYear()));
        found.sort(Comparator.comparingInt(DateRange::from));
        this.dates = List.copyOf(found);
    }

    String text() {
        return text;
    }

    /** Where the clause of {@code at} begins; a comma inside brackets ({@code (Internet Governance Forum, IGF)}) ends none. */
    int clauseStart(int at) {
        int depth = 0;
        for (int i = at - 1; i >= Math.max(0, at - LONGEST_CLAUSE); i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') {
                depth++;
            } else if ((c == '(' || c == '（') && depth > 0) {
                depth--;
            } else if (depth == 0 && BREAKS.indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return Math.max(0, at - LONGEST_CLAUSE);
    }

    int clauseEnd(int at) {
        int depth = 0;
        for (int i = at; i < Math.min(text.length(), at + LONGEST_CLAUSE); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && BREAKS.indexOf(c) >= 0) {
                return i;
            }
        }
        return Math.min(text.length(), at + LONGEST_CLAUSE);
    }

    /** Every date inside {@code [from, to)}: found by binary search, since the dates are in text order. */
    List<DateRange> dates(int from, int to) {
        int lo = DateRange.firstFrom(dates, from);
        List<DateRange> inside = new ArrayList<>();
        for (int i = lo; i < dates.size() && dates.get(i).from() < to; i++) {
            if (dates.get(i).to() <= to) {
                inside.add(dates.get(i));
            }
        }
        return inside;
    }

    /** The date that starts right at {@code from}, if one does: found by binary search. */
    Optional<DateRange> dateAt(int from) {
        int i = DateRange.firstFrom(dates, from);
        return i < dates.size() && dates.get(i).from() == from ? Optional.of(dates.get(i)) : Optional.empty();
    }

    /** The date in the clause of {@code [nameFrom, nameTo)} nearest to it, outside it. */
    Optional<DateRange> nearestDate(int nameFrom, int nameTo) {
        return dates(clauseStart(nameFrom), clauseEnd(nameTo)).stream()
                .filter(d -> d.to() <= nameFrom || d.from() >= nameTo)
                .min(Comparator.comparingInt(d -> distance(d.from(), d.to(), nameFrom, nameTo)));
    }

    /** The venue in the clause of {@code [nameFrom, nameTo)} nearest to it. */
    Optional<Venue> nearestVenue(int nameFrom, int nameTo) {
        int from = clauseStart(nameFrom);
        int to = clauseEnd(nameTo);
        List<Venue> found = new ArrayList<>();
        Matcher m = VENUE.matcher(text);
        // Each match is looked for again from the character after its 在 or 于: 于下周一在巴西里约热内卢举行 is no venue after 于
        // (下周一在… is no place), but is one after 在.
        for (int at = from; at < to && m.region(at, to).find(); at = m.start() + 1) {
            Venue v = venue(m.group("place"), m.start("place"), m.end("place"));
            if (m.group("at").equals("在") || v.place().known()) {
                found.add(v);
            }
        }
        return found.stream().min(Comparator.comparingInt(v -> distance(v.from(), v.to(), nameFrom, nameTo)));
    }

    /** The venue named {@code written} at {@code [from, to)}: from the gazetteer, or kept as written. */
    Venue venue(String written, int from, int to) {
        return new Venue(gazetteer.lookup(written).orElse(new Place(written, null, null)), from, to);
    }

    /**
     * An event named at {@code [nameFrom, nameTo)} with the date and venue given (either may be
     * null); its span covers all three, and what was read only in part becomes a finding.
     */
    EventMatch event(String kind, Integer ordinal, Integer year, int nameFrom, int nameTo, DateRange date,
                     Venue venue) {
        return eventIn(text, kind, ordinal, year, nameFrom, nameTo, date, venue);
    }

    /** {@link #event} in any paragraph text, whichever language's setting read the date and venue. */
    static EventMatch eventIn(String text, String kind, Integer ordinal, Integer year, int nameFrom, int nameTo,
                              DateRange date, Venue venue) {
        int from = nameFrom;
        int to = nameTo;
        List<EventFinding> findings = new ArrayList<>();
        if (date != null) {
            from = Math.min(from, date.from());
            to = Math.max(to, date.to());
            if (date.yearFromContext()) {
                findings.add(new EventFinding("DATE_YEAR_FROM_CONTEXT", "the date '" + text.substring(date.from(),
                        date.to()) + "' gives no year; " + date.year() + " was taken from the context",
                        date.from(), date.to()));
            }
        }
        if (venue != null) {
            from = Math.min(from, venue.from());
            to = Math.max(to, venue.to());
            if (!venue.place().known()) {
                findings.add(new EventFinding("UNKNOWN_PLACE", "the venue '" + venue.place().asWritten()
                        + "' is not in the gazetteer (data/gazetteer.tsv); kept as written", venue.from(), venue.to()));
            } else if (venue.place().city() == null && venue.place().asWritten().contains(",")) {
                findings.add(new EventFinding("UNKNOWN_PLACE", "the venue '" + venue.place().asWritten()
                        + "' is in a country the gazetteer knows, but its place is not in the gazetteer (data/gazetteer.tsv);"
                        + " kept as written, with its country", venue.from(), venue.to()));
            }
        }
        Integer y = year != null ? year : date == null ? null : date.year();
        String start = date == null ? null : date.start();
        String end = date == null ? null : date.end();
        if (year != null && date != null && date.year() != year) {
            start = null;
            end = null;
        }
        return new EventMatch(kind, ordinal, y, start, end, venue == null ? null : venue.place(), from, to, findings);
    }

    private static int distance(int from, int to, int nameFrom, int nameTo) {
        return to <= nameFrom ? nameFrom - to : from >= nameTo ? from - nameTo : 0;
    }
}
