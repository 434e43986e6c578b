package org.wsiskg.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.DateRange;
import org.wsiskg.text.EnglishDates;

/**
 * The dates and venues of one English paragraph, for reading when and where an event named in it
 * took place. English texts write both after the name, in the words that describe it
 * ({@code the fourth meeting of the Internet Governance Forum, held in Sharm el-Sheikh, Egypt, from 15
 * to 18 November 2009}); commas stand inside that description, so it ends instead at a semicolon,
 * at the end of the sentence, or where the next event is named, which keeps one event's date from
 * being given to another.
 */
final class EnglishSetting {

    /** A place name: capitalised words, with the particles of city names (Rio de Janeiro, Sharm el-Sheikh). */
    static final String PLACE = "\\p{Lu}[\\p{L}\\p{M}'’.-]{1,24}+(?:[ -](?:el|de|da|do|del|al|la|\\p{Lu}[\\p{L}\\p{M}'’.-]{0,24}+)){0,3}+";
    /** A place and, after a comma, the country it is in ({@code Sharm el-Sheikh, Egypt}). */
    static final String MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    static final String PLACE_IN_COUNTRY = PLACE + "(?:,\\s{0,2}" + PLACE + ")?+";
    /** A venue introduced by the verb that holds the event there: the place may be one the gazetteer lacks. */
    private static final Pattern HELD_IN = Pattern.compile(
            "\\b(?:held|hosted|convened|(?:to|will|shall|would)\\s{1,3}take\\s{1,3}place|takes\\s{1,3}place|took\\s{1,3}place"
                    + "|taking\\s{1,3}place|opened|met|meeting"
                    + "|was|will\\s{1,3}be)\\s{1,3}(?:in|at)\\s{1,3}(?!" + MONTH_NAME + "\\b)(?<place>" + PLACE_IN_COUNTRY + ")");
    /** {@code hosted by Norway}, {@code hosted by the Government of Indonesia}: the host country, when the gazetteer knows it. */
    private static final Pattern HOSTED_BY = Pattern.compile("\\b(?:hosted|organi[sz]ed)\\s{1,3}by\\s{1,3}(?:the\\s{1,3}(?:Government\\s{1,3}of"
            + "\\s{1,3}(?:the\\s{1,3})?)?)?(?<place>" + PLACE + ")");
    /**
     * Any {@code in <place>}: taken only when the gazetteer knows the place, and not after the verb of another act ({@code the
     * announcement of Switzerland's offer to host the 2017 meeting was made in Guadalajara}).
     */
    private static final Pattern IN_PLACE = Pattern.compile("(?<!\\b(?:made|announced|signed|launched|presented|published|issued)\\s{1,3})"
            + "\\b(?:in|at)\\s{1,3}(?<place>" + PLACE_IN_COUNTRY + ")");
    /** {@code held at UNESCO headquarters in Paris}: the seat named after a venue the gazetteer lacks. */
    private static final Pattern SEAT_IN = Pattern.compile("\\s{1,3}(?:headquarters|premises|offices|building|campus)\\s{1,3}in\\s{1,3}(?<place>"
            + PLACE_IN_COUNTRY + ")");
    /** A year right after the venue or the name ({@code in Vilnius in 2010}, {@code Rio de Janeiro (2007)}). */
    private static final Pattern YEAR = Pattern.compile(",?\\s{0,3}(?:in\\s{1,3}|\\(\\s{0,2})?(?<year>(?:19|20)\\d\\d)(?![\\d/])");
    /** What, between an event and a date, shows the date is another thing's: a resolution number or a report. */
    private static final Pattern OTHER_THING = Pattern.compile(
            "\\d{1,4}/\\d{1,4}|\\b(?:resolutions?|decisions?|reports?|adopted|established|of\\s{1,3}the\\s{1,3}Summit)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A known place right after a comma or in brackets: {@code IGF 2014, Istanbul}, {@code the eleventh IGF (Guadalajara, 2016)}. */
    private static final Pattern PLACE_AFTER_COMMA = Pattern.compile("\\s{0,2}[,(\\-\u2013\u2014]?\\s{0,3}(?<place>" + PLACE_IN_COUNTRY + ")");
    private static final int DESCRIPTION_LIMIT = 200;

    private final String text;
    private final Gazetteer gazetteer;
    private final List<DateRange> dates;

    EnglishSetting(String text, EventContext context, Gazetteer gazetteer) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.dates = EnglishDates.ranges(text, context.documentYear());
    }

    String text() {
        return text;
    }

    int sentenceStart(int at) {
        return EnglishSentences.start(text, at);
    }

    int sentenceEnd(int at) {
        return EnglishSentences.end(text, at);
    }

    /**
     * The end of the words describing an event named up to {@code nameTo}: before {@code nextName} at the
     * latest, and at a closing bracket that closes one opened before the name ({@code (20th session)  28
     * May 2017}: the date is the page's).
     */
    int descriptionEnd(int nameTo, int nextName) {
        int end = Math.min(Math.min(sentenceEnd(nameTo), nextName), Math.min(text.length(), nameTo + DESCRIPTION_LIMIT));
        int depth = 0;
        for (int i = nameTo; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return end;
    }

    /** The first date in {@code [from, to)} that nothing else claims first (a resolution, a report). */
    Optional<DateRange> dateIn(int from, int to) {
        int lo = DateRange.firstFrom(dates, from);
        for (int i = lo; i < dates.size() && dates.get(i).from() < to; i++) {
            DateRange d = dates.get(i);
            if (d.to() <= to) {
                return OTHER_THING.matcher(text).region(from, d.from()).find() ? Optional.empty() : Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The first venue in {@code [from, to)}: held in a place, or in a place the gazetteer knows; else the host country ({@code hosted by Norway}). */
    Optional<Venue> venueIn(int from, int to) {
        Matcher held = HELD_IN.matcher(text).region(from, to);
        Matcher in = IN_PLACE.matcher(text).region(from, to);
        Venue first = null;
        if (held.find()) {
            first = venue(held.group("place"), held.start("place"), held.end("place"));
            Matcher seat = SEAT_IN.matcher(text).region(held.end("place"), to);
            if (!first.place().known() && seat.lookingAt()) {
                Venue city = venue(seat.group("place"), seat.start("place"), seat.end("place"));
                first = city.place().known() ? city : first;
            }
        }
        while (in.find() && (first == null || in.start() < first.from())) {
            Venue v = venue(in.group("place"), in.start("place"), in.end("place"));
            if (!v.place().known()) {
                v = withLowerCaseWords(in.start("place"), to).orElse(v);
            }
            if (v.place().known()) {
                first = v;
                break;
            }
        }
        if (first == null) {
            Matcher host = HOSTED_BY.matcher(text).region(from, to);
            if (host.find()) {
                Venue v = venue(host.group("place"), host.start("place"), host.end("place"));
                first = v.place().known() && v.place().city() == null ? v : null;
            }
        }
        if (first != null && OTHER_THING.matcher(text).region(from, first.from()).find()) {
            return Optional.empty();
        }
        return Optional.ofNullable(first);
    }

    /**
     * A known place whose name a copy wrote with a word in lower case ({@code in Sharm El sheikh}): the words from
     * {@code from}, one to four of them, the longest the gazetteer knows.
     */
    private Optional<Venue> withLowerCaseWords(int from, int to) {
        Matcher words = LOOSE_PLACE.matcher(text).region(from, to);
        if (!words.lookingAt()) {
            return Optional.empty();
        }
        String written = words.group();
        for (int end = written.length(); end > 0; end = written.lastIndexOf(' ', end - 1)) {
            Venue v = venue(written.substring(0, end), from, from + end);
            if (v.place().known()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static final Pattern LOOSE_PLACE = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]{1,24}(?:[ -][\\p{L}\\p{M}'’-]{1,24}){0,3}");

    /**
     * A place the gazetteer knows right after a comma, a bracket, a dash or a space at {@code from} ({@code IGF 2014, Istanbul, Turkey},
     * {@code the 2007 IGF – Rio de Janeiro meeting},
     * {@code IGF 2016 (Guadalajara, Mexico)}, {@code IGF November 2012 Baku, Azerbaijan}).
     */
    Optional<Venue> placeRightAfter(int from, int to) {
        Matcher p = PLACE_AFTER_COMMA.matcher(text).region(from, to);
        if (!p.lookingAt()) {
            return Optional.empty();
        }
        Venue v = venue(p.group("place"), p.start("place"), p.end("place"));
        return v.place().known() ? Optional.of(v) : Optional.empty();
    }

    /** A year written right at {@code from} ({@code in 2010}, {@code (2007)}) before {@code to}. */
    Optional<Integer> yearAt(int from, int to) {
        Matcher y = YEAR.matcher(text).region(from, to);
        y.useAnchoringBounds(true);
        return y.lookingAt() ? Optional.of(Integer.valueOf(y.group("year"))) : Optional.empty();
    }

    /** An event named at {@code [nameFrom, nameTo)} with the date and venue given (either may be null). */
    EventMatch event(String kind, Integer ordinal, Integer year, int nameFrom, int nameTo, DateRange date, Venue venue) {
        return ParagraphSetting.eventIn(text, kind, ordinal, year, nameFrom, nameTo, date, venue);
    }

    /** The venue named {@code written} at {@code [from, to)}: from the gazetteer, or kept as written. */
    Venue venue(String written, int from, int to) {
        // A full stop or quote that ends the sentence is not part of the name.
        String name = written.replaceFirst("[.'’]+$", "");
        Optional<Place> known = gazetteer.lookup(name);
        int comma = name.indexOf(',');
        if (known.isEmpty() && comma > 0 && gazetteer.lookup(name.substring(0, comma)).isPresent()) {
            // "in Azerbaijan, DiploFoundation proposes": what follows the comma is no country of the place.
            name = name.substring(0, comma);
            known = gazetteer.lookup(name);
        }
        for (int space = name.lastIndexOf(' '); known.isEmpty() && comma < 0 && space > 0; space = name.lastIndexOf(' ', space - 1)) {
            // "in Berlin Germany", the comma lost: the longest run of words the gazetteer knows, from the start.
            Optional<Place> prefix = gazetteer.lookup(name.substring(0, space));
            if (prefix.isPresent()) {
                name = name.substring(0, space);
                known = prefix;
            }
        }
        if (known.isEmpty() && comma > 0) {
            // "in Jalisco, Mexico": a place the gazetteer lacks, in a country it knows; the place is kept as written, in its country.
            Optional<Place> country = gazetteer.lookup(name.substring(comma + 1).strip());
            if (country.isPresent() && country.get().city() == null) {
                return new Venue(new Place(name, null, country.get().country()), from, from + name.length());
            }
        }
        return new Venue(known.orElse(new Place(name, null, null)), from, from + name.length());
    }
}
