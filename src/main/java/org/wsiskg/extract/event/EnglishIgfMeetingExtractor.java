package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.DateRange;
import org.wsiskg.text.EnglishNumerals;

/**
 * One meeting of the Internet Governance Forum in an English text, by its ordinal, its year or its
 * venue, with the date and venue that the words after it give.
 *
 * <p>Accepts (the forum as {@code Internet Governance Forum} in any case, {@code IGF}, or
 * {@code the Forum} once the paragraph or an earlier one named it):
 * <ul>
 *   <li>{@code the fourth meeting of the Internet Governance Forum, held in Sharm el-Sheikh, Egypt, from 15
 *       to 18 November 2009} (ordinal, venue, dates);</li>
 *   <li>{@code the eighteenth annual meeting of the IGF, held in Kyoto, Japan, from 8 to 12 October 2023};</li>
 *   <li>{@code the seventh meeting of the Forum, to be held in Baku from 6 to 9 November 2012} (a meeting to come);</li>
 *   <li>{@code the fourth Internet Governance Forum held at Sharm El-Sheikh, Egypt 15-18 November 2009},
 *       {@code the fourth annual IGF Meeting, was held in Sharm El Sheikh, Egypt}, {@code the 14th United Nations Internet
 *       Governance Forum in Berlin} (the ordinal before the name);</li>
 *   <li>{@code The Internet Governance Forum (IGF) will be holding its 11th annual meeting in Guadalajara, Mexico, from 6 to
 *       9 December 2016} (the forum holding its meeting); {@code the establishment of the IGF in July 2006 and the first
 *       meeting was convened in Athens}, {@code the IGF-Rio was a success; it built upon the inaugural meeting in Athens}
 *       ({@code inaugural}: the first), {@code ... and its nineteenth meeting in Riyadh} (the meeting alone, the forum
 *       named earlier in the sentence and no other body between);</li>
 *   <li>{@code the Internet Governance Forum's eighteenth meeting (Kyoto, Japan, 8-12 October 2023)}, {@code the IGF's
 *       19th annual meeting} (the forum's possessive);</li>
 *   <li>{@code IGF 2023}, {@code IGF November 2012 Baku, Azerbaijan} (a slide's footer), {@code the 2024 Internet Governance Forum in Riyadh}, {@code the Internet Governance
 *       Forum (IGF) 2024 held in Riyadh, Saudi Arabia} (the year in the name);</li>
 *   <li>{@code Internet Governance Forum 2014, Istanbul, Turkey}, {@code IGF Kyoto 2023} (the venue right after
 *       the name and year, or between them, when the gazetteer knows it);</li>
 *   <li>{@code Internet Governance Forum, Rio de Janeiro 2007} (a title: name, venue, year);</li>
 *   <li>{@code the Paris IGF (2018)}, {@code the Paris IGF}, {@code the 2013 Bali IGF}, {@code IGF2017 Geneva} (a city the
 *       gazetteer knows before the initials, or the year written close);</li>
 *   <li>{@code the sixteenth edition of the Internet Governance Forum (IGF) was held from 6 to 10 December 2021 in Katowice};
 *       {@code the Internet Governance Forum, whose eleventh meeting will be held in Guadalajara}; {@code Germany will host the IGF’s annual meeting, which will take place from 25 to 29 November 2019} (the forum's
 *       annual meeting without a number: only with a date after it);</li>
 *   <li>{@code The forum was held in 2006 in Athens, Greece, for the first time}, {@code the IGF was first held in Athens},
 *       {@code the IGF first met in Athens} (the first meeting; {@code the forum} only in a text that names the IGF);</li>
 *   <li>{@code The IGF was held in Rio de Janeiro in 2007}, {@code the Internet Governance Forum held from 2 to 5 September 2014 in
 *       Istanbul}, {@code The forum will be held in Nairobi, 27-30 September 2011} once the text named the IGF (the forum held
 *       somewhere, with a year or a date after the venue; without one, {@code the IGF is held in a different country each year}, no
 *       meeting); {@code Internet Governance Forum 2015 10-13 November 2015 João Pessoa, Brazil} (a known place right after the
 *       date);</li>
 *   <li>{@code The final version will be submitted to the IGF meeting in Sharm El Sheikh} (a meeting in a city the gazetteer
 *       knows);</li>
 *   <li>{@code the multistakeholder discussions during the IGF in Lillestroem (June 23 – 27, 2025)},
 *       {@code invited participants to the next IGF in Oslo in 2025}, {@code Ethiopia will host the Global Internet Governance
 *       Forum on December 28, 2022 in Addis Ababa} (the next forum, the forum hosted: only with a year or a date after it);</li>
 *   <li>{@code a regional discussion forum held at the Internet Governance Forum in Vilnius}, {@code during the IGF in Kyoto}
 *       (something put at the forum in a city the gazetteer knows: that city's meeting, with no date too);</li>
 *   <li>{@code ... 'IGF 2010'. Attendance was similar to the 2009 meeting in Sharm El Sheikh} (a year's meeting, the forum named
 *       before it in the paragraph and no other body between);</li>
 *   <li>{@code The Internet Governance Forum concluded today in Sharm el-Sheikh} (opened, closed ... today, yesterday or this week:
 *       the year of the text's date; none in a text with no date);</li>
 *   <li>{@code the third forum in New Delhi}, {@code the 19th edition of the UN-based Internet Governance Forum}, {@code the 2011
 *       session in Nairobi} (the forum in lower case once the text named it; UN-based; a year's session);</li>
 *   <li>{@code addressing IGF-II in Brazil 2007} (the ordinal in Roman numerals after the initials);</li>
 *   <li>{@code the IGF-Rio was a success} (a city the gazetteer knows joined to the initials; the year is the city's, if it
 *       hosted the forum);</li>
 *   <li>{@code last year's IGF in Paris}, {@code this year's IGF}, {@code next year's IGF will be held in Katowice} (the year
 *       counted from the text's date; none in a text without one);</li>
 *   <li>{@code the 2016 meeting of the IGF took place in Guadalajara}, {@code The Internet Governance Forum met for the sixth
 *       time in Nairobi} (the year before {@code meeting of}; the count of times it met).</li>
 * </ul>
 * A name in brackets right after another ({@code the 20th Internet Governance Forum (IGF 2025) took place in Lillestrøm}) is the
 * same meeting's. A meeting named with no venue after it takes a known place right before it ({@code Last week in Berlin the 14th
 * Internet Governance Forum ... was held}), else its host country ({@code hosted by Norway}). A meeting named with no city or
 * date takes them from the next sentence when it only takes the meeting up again ({@code ... the eighth annual Meeting of the
 * Internet Governance Forum (IGF), which will be hosted by the Government of Indonesia. The meeting will be held in Bali, Indonesia
 * from 22 to 25 October 2013.}, {@code ... the fifth meeting of the Internet Governance Forum. The meeting, which is being
 * graciously hosted by the Government of Lithuania, will be held in Vilnius ...}), or from the opening of its own sentence when
 * that says when and where ({@code From 22-25 October 2013 in Bali, Indonesia, experts ... gathered together for the 8th meeting
 * of the Internet Governance Forum}), or from a city the gazetteer knows earlier in its sentence when the meeting is the
 * occasion of what the sentence says ({@code Civil society organisations present in Rio met on the occasion of the second
 * meeting of the IGF}). {@code this inaugural meeting of the Internet Governance Forum}, in a message whose
 * dateline gives a place the gazetteer knows ({@code Athens, Greece} / {@code 30 October 2006}), is the meeting held there
 * (VENUE_FROM_DATELINE says so); so is a meeting named by the year of the meeting a report's heading dates ({@code IGF 2014} /
 * {@code Chair's Summary} / {@code 2-5 September 2014, Istanbul, Turkey}).
 * A national or regional initiative's meeting ({@code the African IGF 2017}, {@code APrIGF 2010}: {@link ForumInitiatives})
 * is not the forum's. A meeting's description ends at a semicolon, at the end of its sentence or where the next meeting
 * is named; a date or venue after a resolution number or a report in it belongs to that, not to the
 * meeting. Rejects the forum's meetings in general ({@code meetings of the Internet Governance Forum},
 * {@code the annual meeting of the Forum}), {@code the Forum} in a text that never named the IGF
 * ({@code the fourth meeting of the Forum} of another forum), and lists of several meetings
 * ({@code held in Athens (2006), Rio de Janeiro (2007) ...}), which {@link EnglishIgfMeetingListExtractor} reads; a country
 * before the initials ({@code the 2019 Nigeria IGF}: the national initiative) and the forum's offices named after a city
 * ({@code the Geneva IGF Secretariat}).
 */
public final class EnglishIgfMeetingExtractor implements EventExtractor {

    /** The forum's own names: its full name (any case) and its initials. */
    static final String IGF_NAME = "(?:(?i:Internet\\s{1,3}Governance\\s{1,3}Forum)|(?<![A-Za-z])IGF)";
    static final Pattern NAMED = Pattern.compile(IGF_NAME);
    /** The forum's names, or {@code Forum} / {@code forum} standing for it once the text named it. */
    private static final String ANY_NAME = "(?:" + IGF_NAME + "|[Ff]orum)";
    /** {@code UN}, {@code United Nations}, {@code UN-based} before the forum's name. */
    private static final String UN = "(?:(?:UN|United\\s{1,3}Nations)(?:-(?:based|led|convened))?\\s{1,3})";
    private static final String ORDINAL = "(?i:" + EnglishNumerals.ORDINAL + ")";
    /** An ordinal, or {@code inaugural} for the first ({@code the inaugural meeting in Athens}). */
    private static final String ORDINAL_OR_INAUGURAL = "(?:" + ORDINAL + "|(?i:inaugural))";
    private static final String YEAR = "(?:19|20)\\d\\d";
    /** One to three capitalised words, a city's name written before the forum's ({@code the 2013 Bali IGF}). */
    private static final String CITY_WORDS = "\\p{Lu}[\\p{L}\\p{M}'\u2019-]{1,24}+(?:[ -]\\p{Lu}[\\p{L}\\p{M}'\u2019-]{0,24}+){0,2}";
    /** A meeting opening or closing as the text is dated: {@code concluded today}, {@code opened this week}. */
    private static final String HAPPENING_NOW_WORDS = "(?:opened|opens|concluded|concludes|closed|closes|began|begins|ended|ends"
            + "|kicked\\s{1,3}off|wrapped\\s{1,3}up)\\s{1,3}(?:today|yesterday|this\\s{1,3}week)";
    /**
     * The forms that name one meeting, each with its groups; tried in this order at each place of the text, so that where two
     * start together the fuller one, listed first, wins.
     */
    private static final List<String> FORMS = List.of(
            // the fourth (annual) meeting / session / edition of the Internet Governance Forum (of the Forum)
            "\\b(?<ordA>" + ORDINAL_OR_INAUGURAL + ")\\s{1,3}(?i:annual\\s{1,3})?(?i:meeting|session|edition)\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?" + UN + "?" + ANY_NAME,
            // Internet Governance Forum, Rio de Janeiro 2007
            IGF_NAME + ",\\s{1,3}(?<placeE>" + EnglishSetting.PLACE + ")\\s{1,3}(?<yearE>" + YEAR + ")(?![\\d/])",
            // the fourth (UN) Internet Governance Forum (meeting)
            "\\b(?<ordB>" + ORDINAL_OR_INAUGURAL + ")\\s{1,3}(?i:annual\\s{1,3})?" + UN + "?" + ANY_NAME + "(?:\\s{1,3}(?i:meeting))?",
            // IGF 2023, IGF2017, the Internet Governance Forum (IGF) 2024, Internet Governance Forum IGF 2022, IGF November 2012
            IGF_NAME + "(?:\\s{0,3}\\(IGF\\)|\\s{1,3}IGF)?[\\s-]{0,3}\\(?(?:" + EnglishSetting.MONTH_NAME + "\\s{1,3})?(?<yearC>" + YEAR
                    + ")(?![\\d/])",
            // IGF Kyoto 2023 (the place checked against the gazetteer)
            IGF_NAME + "\\s{1,3}(?!IGF\\b)(?<placeF>" + EnglishSetting.PLACE + ")\\s{1,3}(?<yearF>" + YEAR + ")(?![\\d/])",
            // the 2024 Internet Governance Forum
            "(?<![\\d/])(?<yearD>" + YEAR + ")\\s{1,3}(?i:annual\\s{1,3})?(?:Global\\s{1,3})?" + IGF_NAME,
            // The IGF will be holding its 11th annual meeting
            IGF_NAME + "(?:\\s{0,3}\\(IGF\\))?\\s{1,3}(?:will\\s{1,3}be\\s{1,3}holding|will\\s{1,3}hold|is\\s{1,3}holding|holds|held)"
                    + "\\s{1,3}its\\s{1,3}(?<ordG>" + ORDINAL + ")\\s{1,3}(?i:annual\\s{1,3})?(?i:meeting)",
            // the Internet Governance Forum's eighteenth meeting
            ANY_NAME + "['\u2019]s\\s{1,3}(?<ordI>" + ORDINAL + ")\\s{1,3}(?i:annual\\s{1,3})?(?i:meeting|session)\\b",
            // the Internet Governance Forum, whose eleventh meeting
            IGF_NAME + "(?:\\s{0,3}\\(IGF\\))?,?\\s{1,3}whose\\s{1,3}(?<ordW>" + ORDINAL + ")\\s{1,3}(?i:annual\\s{1,3})?(?i:meeting)\\b",
            // The forum was held ... for the first time; the IGF was first held; the IGF first met
            "(?<firstTime>(?:" + IGF_NAME + "|\\b[Tt]he\\s{1,3}[Ff]orum)(?:\\s{0,3}\\(IGF\\))?\\s{1,3}(?:was\\s{1,3}first\\s{1,3}(?:held|convened)"
                    + "|first\\s{1,3}(?:met|convened)|was\\s{1,3}(?:held|convened)(?=[^.;]{0,80}\\bfor\\s{1,3}the\\s{1,3}first\\s{1,3}time\\b))\\b)",
            // The IGF was held in Rio de Janeiro in 2007 (only with a year or date after it)
            "(?<held>(?:" + IGF_NAME + "|\\b[Tt]he\\s{1,3}[Ff]orum)(?:\\s{0,3}\\(IGF\\))?\\s{1,3}(?:(?:was|is|will\\s{1,3}be)\\s{1,3}(?:held|convened|hosted)"
                    + "(?=\\s{1,3}(?:in|at)\\s)|held(?=\\s{1,3}(?:from|on|in|at)\\s{1,3}(?:\\d|\\p{Lu}))))",
            // the IGF in Lillestroem (June 23 – 27, 2025) (only with a year or date after it)
            "(?<inPlace>(?:\\b[Tt]h(?:e|is)\\s{1,3}|^)" + UN + "?" + IGF_NAME + "(?:\\s{0,3}\\(IGF\\))?"
                    + "(?<meetingWord>\\s{1,3}(?:annual\\s{1,3})?meeting)?"
                    + "(?=\\s{1,3}in\\s{1,3}(?!" + EnglishSetting.MONTH_NAME + "\\b)\\p{Lu}))",
            // the IGF-Rio, IGF-Athens (a city the gazetteer knows joined to the initials)
            "(?<![A-Za-z])IGF-(?<cityH>\\p{Lu}[\\p{L}\\p{M}'\u2019]{2,24}+)(?![\\p{L}\\d-])",
            // IGF-II in Brazil 2007 (the ordinal in Roman numerals after the initials)
            "(?<![A-Za-z])IGF[-\\s](?<roman>" + EnglishNumerals.ROMAN + ")(?![A-Za-z\\d])",
            // the next IGF (only with a year or date after it)
            "(?<upcoming>\\b[Tt]he\\s{1,3}(?:next|upcoming|coming|forthcoming)\\s{1,3}(?:annual\\s{1,3})?" + IGF_NAME + ")",
            // The Internet Governance Forum concluded today in Sharm el-Sheikh (the year of the text's date)
            "(?<today>" + IGF_NAME + "(?:\\s{0,3}\\(IGF\\))?\\s{1,3}" + HAPPENING_NOW_WORDS + "(?=\\s{1,3}(?:in|at)\\s))",
            // last year's IGF (counted from the text's date)
            "\\b(?<relative>[Tt]his|[Ll]ast|[Nn]ext)\\s{1,3}year['\u2019]s\\s{1,3}(?:annual\\s{1,3})?" + IGF_NAME,
            // to hold the meeting of the Internet Governance Forum (only with a date after it, or in the next sentence)
            "(?<=\\b(?:hold|convene|organi[sz]e)\\s{1,3})(?<theMeeting>the\\s{1,3}meeting\\s{1,3}of\\s{1,3}the\\s{1,3}" + IGF_NAME + ")",
            // the IGF's annual meeting (only with a date after it)
            IGF_NAME + "['\u2019]s\\s{1,3}(?<generic>(?:next\\s{1,3}|upcoming\\s{1,3})?annual\\s{1,3}meeting)\\b(?!s)",
            // the first meeting (the forum named before it in its sentence)
            "\\b(?:[Tt]he|its)\\s{1,3}(?<ordH>" + ORDINAL_OR_INAUGURAL + ")\\s{1,3}(?i:annual\\s{1,3})?meeting\\b(?!\\s{1,3}of\\b)",
            // in 2017 the annual meeting (the forum named before it in its paragraph)
            "\\b[Ii]n\\s{1,3}(?<yearP>" + YEAR + ")\\s{0,2},?\\s{1,3}(?:the|its)\\s{1,3}(?:annual\\s{1,3})?meeting\\b(?!\\s{1,3}of\\b)",
            // the 2009 meeting (the forum named before it in its paragraph)
            "\\b(?:[Tt]he|its)\\s{1,3}(?<yearH>" + YEAR + ")\\s{1,3}(?i:annual\\s{1,3})?(?:meeting|session)\\b(?!\\s{1,3}of\\b)",
            // the 2016 meeting of the IGF
            "(?<![\\d/])(?<yearM>" + YEAR + ")\\s{1,3}(?i:annual\\s{1,3})?(?i:meeting|session)\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?" + ANY_NAME,
            // The Internet Governance Forum met for the sixth time
            IGF_NAME + "(?:\\s{0,3}\\(IGF\\))?\\s{1,3}(?:met|convened|gathered)\\s{1,3}for\\s{1,3}the\\s{1,3}(?<ordN>" + ORDINAL + ")\\s{1,3}time\\b",
            // the 2013 Bali IGF (the city checked against the gazetteer)
            "(?<![\\d/])(?<yearL>" + YEAR + ")\\s{1,3}(?<cityL>" + CITY_WORDS + ")\\s{1,3}" + IGF_NAME,
            // Ethiopia will host the Global Internet Governance Forum on 28 December 2022 (only with a year or date after it)
            "(?<=\\b(?:will\\s{1,3}host|to\\s{1,3}host|hosts|hosted|is\\s{1,3}hosting)\\s{1,3}(?:the\\s{1,3})?(?:(?:UN|Global)\\s{1,3})?)"
                    + "(?<hosted>" + IGF_NAME + ")",
            // the Paris IGF (only after a city the gazetteer knows)
            "(?<bare>(?<![A-Za-z])IGF(?![A-Za-z\\d-])(?!\\s{1,3}(?:[Ss]ecretariat|[Oo]ffice|MAG|[Mm]ultistakeholder|[Oo]pen\\s{1,3}[Cc]onsultation"
                    + "|[Cc]onsultation)))");
    private static final Pattern MEETING = Pattern.compile(String.join("|", FORMS));
    /**
     * A venue the gazetteer knows right before a meeting's name, in its sentence: {@code Last week in Berlin the 14th IGF ...},
     * or its host ({@code Kenya will be hosting the 2011 IGF}).
     */
    private static Venue venueRightBefore(EnglishSetting setting, String text, int nameFrom) {
        // From the sentence's start at the earliest: a place's pattern may take a full stop ("St. Gallen"), and would run
        // from the sentence before into this one ("... Mexico. Berlin hosted the 14th IGF").
        int from = Math.max(setting.sentenceStart(nameFrom), nameFrom - 80);
        Matcher before = VENUE_BEFORE.matcher(text).region(from, nameFrom);
        if (!before.find()) {
            before = HOST_BEFORE.matcher(text).region(from, nameFrom);
            if (!before.find()) {
                return NAMED.matcher(text).region(nameFrom, text.length()).lookingAt() ? cityRightBefore(setting, text, nameFrom) : null;
            }
        }
        Venue venue = setting.venue(before.group("place"), before.start("place"), before.end("place"));
        return venue.place().known() ? venue : null;
    }

    /**
     * A city the gazetteer knows written right before the forum's initials, in its sentence ({@code the Paris IGF}): the
     * longest run of the one to three capitalised words before them that names a city. A country there names the
     * national initiative ({@code the Nigeria IGF}), not the forum.
     */
    private static Venue cityRightBefore(EnglishSetting setting, String text, int nameFrom) {
        Matcher words = WORDS_BEFORE.matcher(text).region(Math.max(setting.sentenceStart(nameFrom), nameFrom - 80), nameFrom);
        if (!words.find()) {
            return null;
        }
        String run = words.group("words");
        for (int start = 0; start >= 0 && start < run.length(); start = nextWord(run, start)) {
            Venue venue = setting.venue(run.substring(start), words.start("words") + start, words.end("words"));
            if (venue.place().known() && venue.place().city() != null && venue.to() == words.end("words")) {
                return venue;
            }
        }
        return null;
    }

    private static int nextWord(String run, int from) {
        int space = run.indexOf(' ', from);
        return space < 0 ? -1 : space + 1;
    }

    private static final Pattern WORDS_BEFORE = Pattern.compile("(?<words>" + CITY_WORDS + ")\\s{1,3}$");

    private static String firstGroup(Matcher m, String... groups) {
        for (String group : groups) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        return null;
    }

    /**
     * A preparatory meeting's noun before the forum's name ({@code the first Open Consultation for IGF 2008}, {@code Open
     * Consultations for planning IGF 2008}, {@code the MAG meeting on the IGF}): the date and place after the name are that
     * meeting's; the forum's meeting is named, with neither.
     */
    private static final Pattern PREPARATORY_BEFORE = Pattern.compile("\\b(?:[Cc]onsultations?|[Pp]reparatory\\s{1,3}\\w+"
            + "|MAG(?:\\s{1,3}meeting)?|Advisory\\s{1,3}Group(?:\\s{1,3}meeting)?|[Ww]orkshops?|[Pp]re-events?)\\s{1,3}(?:for|on|of|towards"
            + "|to(?:\\s{1,3}(?:organi[sz]e|plan|prepare(?:\\s{1,3}for)?))?)"
            + "\\s{1,3}(?:(?:the|planning|preparing)\\s{1,3})?$");

    /**
     * Words before {@code the IGF in <city>} that put something at one meeting ({@code a forum held at the Internet Governance
     * Forum in Vilnius}, {@code during the IGF in Kyoto}): that meeting, in a city the gazetteer knows, with no date too.
     */
    private static final Pattern AT_EVENT_BEFORE = Pattern.compile("\\b(?:at|during|attended|attending|attend|sidelines\\s{1,3}of)\\s{1,3}$");

    /**
     * A sentence that opens with when and where ({@code From 22-25 October 2013 in Bali, Indonesia, ...}, {@code On 22 October in
     * Bali, ...}, {@code In Bali, Indonesia, ...}) sets the meeting it then names, when the gazetteer knows the place.
     */
    private static final Pattern OPENING_SETTING = Pattern.compile("\\s{0,3}(?:(?:From|On|Between)\\s{1,3}[^,;.()]{0,40}?\\d[^,;.()]{0,30}?"
            + "\\s{1,3}(?:in|at)|In|At)\\s{1,3}(?<place>" + EnglishSetting.PLACE_IN_COUNTRY + ")\\s{0,2},");

    /** An occasion's words right before a meeting's name: what the sentence says happened there happened at the meeting. */
    private static final Pattern OCCASION_BEFORE = Pattern.compile("\\b(?:on\\s{1,3}the\\s{1,3}occasion\\s{1,3}of|on\\s{1,3}the\\s{1,3}sidelines"
            + "\\s{1,3}of|in\\s{1,3}the\\s{1,3}margins?\\s{1,3}of)\\s{1,3}the\\s{1,3}$");

    /**
     * {@code this} or {@code the opening session of the} right before a meeting's name: the meeting the text itself is delivered
     * at.
     */
    private static final Pattern THIS_BEFORE = Pattern.compile("\\b(?:[Tt]his|(?:[Oo]pening|[Cc]losing)\\s{1,3}(?:[Ss]ession|[Cc]eremony"
            + "|[Pp]lenary)\\s{1,3}of\\s{1,3}the)\\s{1,3}$");
    /** The meeting happening as the text is dated: {@code ... concluded today}, {@code opened this week}. */
    private static final Pattern HAPPENING_NOW = Pattern.compile("\\b" + HAPPENING_NOW_WORDS + "\\b");

    /**
     * A preparatory process's noun after the forum's name ({@code the first Open Consultations in the IGF 2015 preparatory process
     * took place ... in Geneva}): the date and place after it are the process's meeting's.
     */
    private static final Pattern PREPARATORY_AFTER = Pattern.compile("\\s{1,3}(?:preparatory\\s{1,3}(?:process|phase|cycle|meetings?)"
            + "|preparations?|planning\\s{1,3}process)\\b");

    /** The finite verb of {@code the IGF was held}, where a participle ({@code the IGF held from ...}) has none. */
    private static final Pattern FINITE_HELD = Pattern.compile("\\b(?:was|is|be)\\s{1,3}held$");

    /**
     * A preposition right before the forum's name: the name completes another noun, which is then the subject of a finite
     * {@code was held}; a participle after the name ({@code Having regard to the Internet Governance Forum held from ...}) still
     * describes the forum.
     */
    private static final Pattern COMPLEMENT_BEFORE = Pattern.compile("\\b(?:to|of|on|for|from|with|about|by|at|in|into|under|within)"
            + "\\s{1,3}(?:the\\s{1,3})?(?:(?:UN|United\\s{1,3}Nations)\\s{1,3})?$");

    /** {@code Kenya will be hosting the 2011 IGF}, {@code Brazil – the host of the 2015 IGF}: the host right before the meeting's name. */
    private static final Pattern HOST_BEFORE = Pattern.compile("(?<place>" + EnglishSetting.PLACE + ")(?:\\s{1,3}(?:will\\s{1,3}be\\s{1,3}hosting"
            + "|will\\s{1,3}host|to\\s{1,3}host|is\\s{1,3}hosting|hosted|hosts)\\s{1,3}(?:the\\s{1,3})?(?:(?:19|20)\\d\\d\\s{1,3})?(?:(?:UN|United\\s{1,3}Nations)\\s{1,3})?"
            // Brazil – the host of the 2015 IGF (the host in apposition)
            + "|\\s{0,2}[,\\-\u2013\u2014]\\s{0,3}the\\s{1,3}(?:next\\s{1,3})?host(?:\\s{1,3}(?:country|city|nation))?\\s{1,3}(?:of|for)\\s{1,3}(?:the\\s{1,3})?)$");
    private static final Pattern VENUE_BEFORE = Pattern.compile("\\b(?:[Ii]n|[Aa]t)\\s{1,3}(?<place>" + EnglishSetting.PLACE_IN_COUNTRY
            + ")\\s{0,2},?\\s{0,3}(?:(?:at|during)\\s{1,3}the\\s{1,3}(?:[a-z]{2,12}\\s{1,3}){1,3}of\\s{1,3})?(?:the\\s{1,3})?$");

    /**
     * The next sentence taking the meeting up again to say where it is held: {@code The meeting will be held in Bali ...},
     * {@code It attracted more than 11.000 participants ... in Riyadh/Saudi Arabia, December 15-19, 2024}.
     */
    private static final Pattern FOLLOWING_SENTENCE = Pattern.compile("[.;]?\\s{1,3}(?:Th(?:e|is)\\s{1,3}(?:annual\\s{1,3})?(?:[Mm]eeting|[Ee]vent|[Ff]orum)|It)"
            // a relative clause between the subject and its verb: "The meeting, which is being graciously hosted by the Government
            // of Lithuania, will be held in Vilnius ..."
            + "(?:,\\s{1,3}(?:which|that|hosted|organi[sz]ed)\\b[^.;,]{1,120},)?"
            + "\\s{1,3}(?:(?:will\\s{1,3}be|was|is(?:\\s{1,3}to\\s{1,3}be)?)\\s{1,3}(?:held|hosted|convened|organi[sz]ed)"
            + "|will\\s{1,3}take\\s{1,3}place|took\\s{1,3}place"
            + "|attracted|brought\\s{1,3}together|gathered|drew)\\b");
    /** What, between the forum's name and {@code the first meeting}, makes the meeting another body's or ends the sentence. */
    private static final String OTHER_BODY_NAME = "\\b(?:Commission|Council|Assembly|Group|Committee|Conference|Summit|Board"
            + "|Meeting\\s{1,3}of)\\b";
    private static final Pattern OTHER_BODY = Pattern.compile(OTHER_BODY_NAME);
    private static final Pattern OTHER_BODY_OR_SENTENCE_END = Pattern.compile("\\.\\s|" + OTHER_BODY_NAME);
    private static final Pattern BARE_FORUM = Pattern.compile("[Ff]orum$");

    private final Gazetteer gazetteer;

    public EnglishIgfMeetingExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A meeting's name; {@code dated}: one that names no meeting unless a date or a year follows ({@code the IGF's annual meeting},
     * {@code the IGF was held in}); {@code meetingInCity}: {@code the IGF meeting in ...} or {@code at the IGF in ...}, which names one in a city the gazetteer
     * knows with no date too (the year is then the city's, if it hosted the forum).
     */
    private record Name(int from, int to, Integer ordinal, Integer year, Venue venue, boolean dated, boolean meetingInCity) {
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        EnglishSetting setting = new EnglishSetting(text, context, gazetteer);
        boolean named = context.forumIsIgf() || NAMED.matcher(text).find();
        List<Name> names = new ArrayList<>();
        Matcher m = MEETING.matcher(text);
        while (m.find()) {
            if (m.group("ordH") != null && !forumNamedBefore(text, m.start(), OTHER_BODY_OR_SENTENCE_END)
                    || (m.group("yearH") != null || m.group("yearP") != null) && !forumNamedBefore(text, m.start(), OTHER_BODY)) {
                continue;
            }
            Matcher forum = NAMED.matcher(text).region(m.start(), m.end());
            if (forum.find() && ForumInitiatives.english(text, forum.start())) {
                continue; // the African IGF 2017, the Youth IGF: a national or regional initiative's meeting
            }
            String ordinal = m.group("roman") != null ? m.group("roman")
                    : m.group("firstTime") != null ? "first" : firstGroup(m, "ordA", "ordB", "ordG", "ordI", "ordH", "ordN", "ordW");
            boolean bareForum = BARE_FORUM.matcher(m.group()).find() || m.group("ordI") != null && m.group().matches("(?s)[Ff]orum.*")
                    || (m.group("firstTime") != null || m.group("held") != null) && !NAMED.matcher(m.group()).find();
            if ((ordinal != null || m.group("yearM") != null || m.group("held") != null) && bareForum && !named) {
                continue;
            }
            String year = firstGroup(m, "yearC", "yearD", "yearE", "yearF", "yearM", "yearL", "yearH", "yearP");
            String place = m.group("placeE") != null ? "placeE" : m.group("placeF") != null ? "placeF"
                    : m.group("cityL") != null ? "cityL" : m.group("cityH") != null ? "cityH" : null;
            Venue venue = place == null ? null : setting.venue(m.group(place), m.start(place), m.end(place));
            if (("placeF".equals(place) || "cityL".equals(place) || "cityH".equals(place)) && !venue.place().known()
                    || ("cityL".equals(place) || "cityH".equals(place)) && venue.place().city() == null) {
                // IGF <word> <year>, <year> <word> IGF: a venue only when it is a place the gazetteer knows; a country's
                // name before the forum's is its national initiative (the 2019 Nigeria IGF)
                continue;
            }
            boolean participle = m.group("held") != null && m.group("held").endsWith("held")
                    && !FINITE_HELD.matcher(m.group("held")).find();
            if ((m.group("held") != null && !participle || m.group("firstTime") != null)
                    && COMPLEMENT_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()) {
                continue; // the Working Group on Improvements to the IGF was held ...: the forum is not what was held
            }
            if (m.group("today") != null) {
                if (context.textYear() == null) {
                    continue;
                }
                year = String.valueOf(context.textYear());
            }
            if (m.group("relative") != null) {
                // last year's IGF in Paris, in a post dated 2019: the year counted from the text's date, none without one
                if (context.textYear() == null) {
                    continue;
                }
                String word = m.group("relative").toLowerCase(java.util.Locale.ROOT);
                year = String.valueOf(context.textYear() + (word.equals("last") ? -1 : word.equals("next") ? 1 : 0));
            }
            if (m.group("bare") != null) {
                // the Paris IGF (2018): the initials alone name a meeting only after a city the gazetteer knows
                venue = cityRightBefore(setting, text, m.start());
                if (venue == null) {
                    continue;
                }
                year = setting.yearAt(m.end(), setting.sentenceEnd(m.end())).map(String::valueOf).orElse(null);
            }
            names.add(new Name(m.start(), m.end(), ordinal == null ? null
                    : m.group("roman") != null ? Integer.valueOf(EnglishNumerals.roman(ordinal))
                    : ordinal.equalsIgnoreCase("inaugural") ? Integer.valueOf(1) : EnglishNumerals.ordinal(ordinal),
                    year == null ? null : Integer.valueOf(year), venue, m.group("generic") != null || m.group("theMeeting") != null
                    || m.group("held") != null
                    || m.group("upcoming") != null || m.group("hosted") != null || m.group("inPlace") != null,
                    m.group("meetingWord") != null || m.group("inPlace") != null && AT_EVENT_BEFORE.matcher(text)
                            .region(Math.max(0, m.start() - 40), m.start()).find()));
        }
        names = withBracketedAliases(text, names);
        List<EventMatch> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Name n = names.get(i);
            int next = i + 1 < names.size() ? names.get(i + 1).from() : text.length();
            if (EnglishIgfMeetingListExtractor.listFollows(setting, n.to(), next)) {
                continue;
            }
            // The first Open Consultation for IGF 2008 took place in Geneva: what follows is the consultation's, not the meeting's.
            int end = PREPARATORY_BEFORE.matcher(text).region(Math.max(setting.sentenceStart(n.from()), n.from() - 60), n.from()).find()
                    || PREPARATORY_AFTER.matcher(text).region(n.to(), text.length()).lookingAt()
                    ? n.to() : setting.descriptionEnd(n.to(), next);
            // A known place right after a name with a year or ordinal (IGF 2014, Istanbul; the 2007 IGF – Rio de Janeiro meeting)
            // is its venue before any later "in ...".
            java.util.Optional<Venue> adjacent = n.year() == null && n.ordinal() == null ? java.util.Optional.empty()
                    : setting.placeRightAfter(n.to(), end);
            Venue venue = n.venue() != null ? n.venue() : adjacent.or(() -> setting.venueIn(n.to(), end)).orElse(null);
            if (venue == null) {
                venue = venueRightBefore(setting, text, n.from());
            }
            if (venue == null && OCCASION_BEFORE.matcher(text).region(Math.max(0, n.from() - 40), n.from()).find()) {
                // Civil society organisations present in Rio met on the occasion of the second meeting of the IGF
                venue = setting.venueIn(setting.sentenceStart(n.from()), n.from()).filter(v -> v.place().city() != null).orElse(null);
            }
            DateRange date = setting.dateIn(n.to(), end).orElse(null);
            if (venue == null && date != null && (n.year() == null || n.year() == date.year())) {
                // Internet Governance Forum 2015 10-13 November 2015 João Pessoa, Brazil: a known place right after the date, when
                // the date is the named meeting's (a slide's "2011 IGF November 2012 Baku" runs two things together)
                venue = setting.placeRightAfter(date.to(), end).orElse(null);
            }
            if (venue == null && date == null) {
                // From 22-25 October 2013 in Bali, Indonesia, experts ... gathered for the 8th meeting of the IGF
                Matcher opening = OPENING_SETTING.matcher(text).region(setting.sentenceStart(n.from()), n.from());
                if (opening.lookingAt()) {
                    Venue opened = setting.venue(opening.group("place"), opening.start("place"), opening.end("place"));
                    if (opened.place().known()) {
                        venue = opened;
                        date = setting.dateIn(opening.start(), opening.start("place")).orElse(null);
                    }
                }
            }
            if ((venue == null || venue.place().city() == null) && date == null) {
                // The eighth annual Meeting of the IGF, which will be hosted by Indonesia. The meeting will be held in Bali ...
                int sentenceEnd = setting.sentenceEnd(n.to());
                Matcher follow = FOLLOWING_SENTENCE.matcher(text).region(sentenceEnd, text.length());
                if (follow.lookingAt()) {
                    int followEnd = setting.sentenceEnd(follow.end());
                    if (followEnd <= next) {
                        venue = setting.venueIn(follow.end(), followEnd).orElse(venue);
                        date = setting.dateIn(follow.end(), followEnd).orElse(null);
                    }
                }
            }
            boolean fromDateline = false;
            if (venue == null && date == null && context.textPlace() != null
                    && (THIS_BEFORE.matcher(text).region(Math.max(0, n.from() - 40), n.from()).find()
                    || n.year() != null && n.year().equals(context.meetingYear())
                    || HAPPENING_NOW.matcher(text).region(n.to(), end).find())) {
                // "this inaugural meeting of the Internet Governance Forum" in a message dated "Athens, Greece / 30 October 2006",
                // or "IGF 2014" in a report dated "2-5 September 2014, Istanbul, Turkey": the meeting the text is delivered at or
                // reports on, in the place of its dateline
                Venue dated = setting.venue(context.textPlace(), n.from(), n.to());
                if (dated.place().known()) {
                    venue = new Venue(dated.place(), n.from(), n.to());
                    fromDateline = true;
                }
            }
            Integer year = n.year();
            if (year == null && date == null && venue != null) {
                year = setting.yearAt(venue.to(), end).orElse(null);
            }
            boolean meetingInCity = n.meetingInCity() && venue != null && venue.place().city() != null;
            if (n.dated() && date == null && year == null && !meetingInCity) {
                continue; // the IGF's annual meeting, the IGF is held in ..., with no date or year: the meetings in general
            }
            EventMatch event = setting.event("igf-meeting", n.ordinal(), year, n.from(), n.to(), date, venue);
            if (fromDateline) {
                event = event.withFinding(new EventFinding("VENUE_FROM_DATELINE", "the text names no place for this meeting; "
                        + venue.place().asWritten() + " is the place of the text's dateline", n.from(), n.to()));
            }
            found.add(event);
        }
        return found;
    }

    /**
     * A name in brackets right after another names the same meeting ({@code The 20th Internet Governance Forum (IGF 2025) took
     * place in Lillestrøm}): the two become one name running to the closing bracket, with the ordinal and year of both, so that
     * what follows the bracket describes that meeting instead of ending at the second name.
     */
    private static List<Name> withBracketedAliases(String text, List<Name> names) {
        List<Name> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Name n = names.get(i);
            if (i + 1 < names.size()) {
                Name alias = names.get(i + 1);
                Matcher open = BRACKET_OPEN.matcher(text).region(n.to(), alias.from());
                Matcher close = BRACKET_CLOSE.matcher(text).region(alias.to(), text.length());
                boolean agree = (n.year() == null || alias.year() == null || n.year().equals(alias.year()))
                        && (n.ordinal() == null || alias.ordinal() == null || n.ordinal().equals(alias.ordinal()));
                if (open.matches() && close.lookingAt() && agree) {
                    out.add(new Name(n.from(), close.end(), n.ordinal() != null ? n.ordinal() : alias.ordinal(),
                            n.year() != null ? n.year() : alias.year(), n.venue() != null ? n.venue() : alias.venue(),
                            n.dated() && alias.dated(), n.meetingInCity() || alias.meetingInCity()));
                    i++;
                    continue;
                }
            }
            out.add(n);
        }
        return out;
    }

    private static final Pattern BRACKET_OPEN = Pattern.compile("\\s{0,2}\\(\\s{0,2}");
    private static final Pattern BRACKET_CLOSE = Pattern.compile("\\s{0,2}\\)");

    /**
     * Whether the forum is named by name before {@code at} with nothing that {@code between} finds after it: for {@code the first
     * meeting}, in the same sentence and no other body between ({@code the establishment of the IGF in July 2006 and the first
     * meeting was convened in Athens}); for {@code the 2009 meeting}, whose year ties it to one meeting, earlier in the paragraph
     * and no other body between ({@code 'IGF 2010 – Developing the Future Together'. ... attendance at the Vilnius meeting was
     * similar to the 2009 meeting in Sharm El Sheikh}).
     */
    private static boolean forumNamedBefore(String text, int at, Pattern between) {
        int from = Math.max(0, at - 300);
        Matcher name = NAMED.matcher(text).region(from, at);
        int last = -1;
        while (name.find()) {
            last = name.end();
        }
        return last >= 0 && !between.matcher(text).region(last, at).find();
    }
}
