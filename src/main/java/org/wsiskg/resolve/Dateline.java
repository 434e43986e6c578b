package org.wsiskg.resolve;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.structure.DocumentStructure;
import org.wsiskg.text.DateRange;
import org.wsiskg.text.EnglishDates;

/**
 * The year a web copy is dated: the first full date (year, month and day) written in the text's
 * first {@value #HEAD} characters, where news items, blog posts and reposts print their dateline
 * ({@code 2019-11-27 09:31:52}, {@code 时间:2021-05-06}, {@code 2019年11月27日}, {@code 2019/11/27},
 * {@code 27 November 2019}, {@code November 27, 2019}). A relative year (去年, 今年) is read against
 * it when the document gives no year of its own. A year alone, or a month and year, is no
 * dateline: it is more often the year of something the text speaks of. The place printed with the date is the text's place.
 */
final class Dateline {

    /** How far from the start of the file a dateline stands. */
    static final int HEAD = 300;
    /** How far a dateline's place may stand: a press release's dateline comes after its headlines and the site's name. */
    static final int PLACE_HEAD = 600;
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<![\\d/\\-])(?<iso>(?:19|20)\\d\\d)[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])(?![\\d/\\-])"
                    + "|(?<zh>(?:19|20)\\d\\d)\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"
                    + "|(?<![\\d])\\d{1,2}\\s" + MONTH + ",?\\s(?<dmy>(?:19|20)\\d\\d)(?!\\d)"
                    + "|" + MONTH + "\\s\\d{1,2},\\s(?<mdy>(?:19|20)\\d\\d)(?!\\d)");

    /** Capitalised words, with the particles of city names, and after a comma the country's ({@code Kingdom of Saudi Arabia}). */
    private static final String PLACE_WORDS = "\\p{Lu}[\\p{L}\\p{M}'’.-]{1,24}(?:[ -](?:el|de|da|do|al|la|\\p{Lu}[\\p{L}\\p{M}'’.-]{0,24})){0,3}";
    private static final String DAY_AND_MONTH = "(?:\\d{1,2}\\s{1,3}" + MONTH + "|" + MONTH + "\\s{1,3}\\d{1,2})\\b";
    /** A dateline's place, as the group {@code place}: a city and, after a comma, its country ({@code Kingdom of Saudi Arabia}). */
    private static final String DATELINE_PLACE = "(?<place>" + PLACE_WORDS + "(?:,\\s{0,2}" + PLACE_WORDS
            + "(?:\\s(?:of|the)\\s" + PLACE_WORDS + ")?)?)";
    /** A line that is only a place ({@code Athens, Greece}), over the line of the date. */
    private static final Pattern PLACE_LINE = Pattern.compile("\\s{0,3}" + DATELINE_PLACE + "\\s{0,3}");
    /** A news dateline: the place, then the day and month ({@code Riyadh, Kingdom of Saudi Arabia,19 December –}). */
    private static final Pattern PLACE_THEN_DATE = Pattern.compile("\\s{0,3}" + DATELINE_PLACE
            + "\\s{0,2},?\\s{0,2}(?:\\(\\p{Lu}{2,}\\)\\s{0,2})?" + DAY_AND_MONTH);
    private static final Pattern DATE_LINE = Pattern.compile("\\s{0,3}" + DAY_AND_MONTH);

    /** The forum's name, in the lines above a meeting's dateline. */
    private static final Pattern IGF_NAMED = Pattern.compile("(?i:Internet\\s{1,3}Governance\\s{1,3}Forum)|(?<![A-Za-z])IGF(?![A-Za-z])");
    /** A place after a meeting's days ({@code 2-5 September 2014, Istanbul, Turkey}): the rest of the line. */
    private static final Pattern PLACE_AFTER_DAYS = Pattern.compile("\\s{0,3},\\s{0,3}(?<place>" + PLACE_WORDS + "(?:,\\s{0,2}"
            + PLACE_WORDS + ")?)\\s{0,3}");

    /** The place and year of the meeting a text reports on, from the dateline under its title. */
    record Meeting(String place, int year) {
    }

    private Dateline() {
    }

    /**
     * The meeting a report or a programme page is about, as its heading dates it: in the first {@value #HEAD} characters, a
     * line that is a range of days and a place ({@code 2-5 September 2014, Istanbul, Turkey}) under lines that name the
     * Internet Governance Forum ({@code IGF 2014} / {@code Chair's Summary}). A single day is a news item's dateline, not a
     * meeting's.
     */
    static Optional<Meeting> meetingOf(DocumentStructure structure) {
        String text = structure.text().toString();
        String head = text.substring(0, Math.min(HEAD, text.length()));
        int at = 0;
        for (String line : head.split("\n")) {
            List<DateRange> ranges = EnglishDates.ranges(line, null);
            DateRange days = ranges.size() == 1 ? ranges.get(0) : null;
            if (days != null && days.start() != null && days.start().length() == 10 && !days.start().equals(days.end())
                    && line.substring(0, days.from()).isBlank()) {
                Matcher place = PLACE_AFTER_DAYS.matcher(line).region(days.to(), line.length());
                if (place.matches() && IGF_NAMED.matcher(head.substring(0, at)).find()) {
                    return Optional.of(new Meeting(place.group("place"), days.year()));
                }
            }
            at += line.length() + 1;
        }
        return Optional.empty();
    }

    /**
     * The place a text is dated at, as written: in its first {@value #PLACE_HEAD} characters, a line that is only a place over a line
     * opening with a date ({@code Athens, Greece} / {@code 30 October 2006}, a message's heading), or a line opening with a place
     * and a day and month ({@code Riyadh, Kingdom of Saudi Arabia,19 December – The Internet Governance Forum ...}, a press
     * release). Lines, not paragraphs, are read: the date line of a heading is a header field, in no paragraph. Whether it is a
     * place at all is the gazetteer's to say, where it is used.
     */
    static Optional<String> placeOf(DocumentStructure structure) {
        String text = structure.text().toString();
        String[] lines = text.substring(0, Math.min(PLACE_HEAD, text.length())).split("\n");
        String placeAbove = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher dated = PLACE_THEN_DATE.matcher(line);
            if (dated.lookingAt()) {
                return Optional.of(dated.group("place"));
            }
            if (placeAbove != null && DATE_LINE.matcher(line).lookingAt()) {
                return Optional.of(placeAbove);
            }
            Matcher place = PLACE_LINE.matcher(line);
            placeAbove = place.matches() ? place.group("place") : null;
        }
        return Optional.empty();
    }

    static Optional<Integer> yearOf(DocumentStructure structure) {
        // The text, not its paragraphs: a heading's date line is a header field, in no paragraph.
        String text = structure.text().toString();
        Matcher m = FULL_DATE.matcher(text).region(0, Math.min(HEAD, text.length()));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(Integer.valueOf(m.group("iso") != null ? m.group("iso") : m.group("zh") != null ? m.group("zh")
                : m.group("dmy") != null ? m.group("dmy") : m.group("mdy")));
    }
}
