package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.EnglishNumerals;

/**
 * The list that pairs places with years for several meetings of the Internet Governance Forum, in
 * an English text.
 *
 * <p>Accepts, after {@code held in} in a sentence that names the IGF (or, in a text that named it
 * before, its meetings), two or more places each with its year:
 * <ul>
 *   <li>{@code the first five meetings of the Internet Governance Forum, held in Athens (2006), Rio de Janeiro
 *       (2007), Hyderabad, India (2008), Sharm el-Sheikh, Egypt (2009) and Vilnius (2010)};</li>
 *   <li>{@code the meetings of the Forum held in Athens in 2006, in Rio de Janeiro in 2007 and in Hyderabad,
 *       India, in 2008};</li>
 *   <li>{@code The first four meetings of the IGF (Athens 2006, Rio de Janeiro 2007, Hyderabad 2008, Sharm
 *       el-Sheikh 2009)} (in brackets, each place followed by its year);</li>
 *   <li>{@code The Forum's past ten meetings took place in Athens, Greece, in November 2006; Rio de Janeiro, Brazil, in
 *       November 2007; ...} (semicolons between, a month before the year).</li>
 * </ul>
 * The n-th place takes the n-th ordinal when the sentence counts them as many ({@code the first five
 * meetings}, {@code the first, second and third meetings}); otherwise the meetings have no ordinal, and
 * a count that differs is reported (ORDINAL_LIST_MISMATCH). Also the hosts and years paired by {@code respectively} ({@code the
 * Governments of Ethiopia and Japan will be hosting the IGF annual meetings in 2022 and 2023, respectively}). Rejects one place with its year (read by
 * {@link EnglishIgfMeetingExtractor}), lists of other meetings ({@code the summits held in Geneva
 * (2003) and Tunis (2005)}, in a sentence that does not name the IGF) and lists of months ({@code two meetings (December 2010 and
 * February 2011)}).
 */
public final class EnglishIgfMeetingListExtractor implements EventExtractor {

    private static final String YEAR = "(?:19|20)\\d\\d";
    /**
     * Where a list may start: after {@code held in}, {@code hosted in}, {@code took place in}, after {@code in} right behind the
     * forum's name or its meetings ({@code Africa has hosted IGF in Egypt (2009) and in Kenya (2011)}), or after a bracket.
     */
    private static final Pattern HELD = Pattern.compile("\\b(?:held|hosted|took\\s{1,3}place)\\s{1,3}in\\s{1,3}"
            + "|(?<=(?<![A-Za-z])(?:IGF|Forum|meetings?)\\s{1,3})in\\s{1,3}|\\(\\s{0,2}");
    private static final Pattern ITEM = Pattern.compile(
            "(?:[,;]\\s{0,3}(?:and\\s{1,3})?|\\s{1,3}and\\s{1,3})?(?:in\\s{1,3})?(?!" + EnglishSetting.MONTH_NAME + "\\b)(?<place>"
                    + EnglishSetting.PLACE_IN_COUNTRY
                    + ")(?:\\s{0,3}\\(\\s{0,2}(?<y1>" + YEAR + ")\\s{0,2}\\)|,?\\s{1,3}in\\s{1,3}(?:" + EnglishSetting.MONTH_NAME + "\\s{1,3})?(?<y2>" + YEAR
                    + ")(?![\\d/])"
                    + "|\\s{1,3}(?<y3>" + YEAR + ")(?![\\d/]))");
    private static final String ORDINAL = "(?i:" + EnglishNumerals.ORDINAL + ")";
    private static final Pattern FIRST_N = Pattern.compile(
            "(?i:first)\\s{1,3}(?<n>(?i:" + EnglishNumerals.CARDINAL + "))\\s{1,3}(?i:annual\\s{1,3})?(?i:meetings)");
    private static final Pattern ORDINAL_LIST = Pattern.compile(
            "(?<ords>" + ORDINAL + "(?:(?:,\\s{0,3}(?:and\\s{1,3})?|\\s{1,3}and\\s{1,3})" + ORDINAL + "){1,30})"
                    + "\\s{1,3}(?i:annual\\s{1,3})?(?i:meetings)");
    private static final Pattern FORUM_OR_MEETINGS = Pattern.compile("\\bForum\\b|\\b(?i:meetings)\\b");
    private static final Pattern ORDINAL_WORD = Pattern.compile(ORDINAL);

    private record Item(String place, int placeFrom, int placeTo, int year) {
    }

    private final Gazetteer gazetteer;

    public EnglishIgfMeetingListExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        EnglishSetting setting = new EnglishSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher held = HELD.matcher(text);
        int searchFrom = 0;
        while (searchFrom <= text.length() && held.find(searchFrom)) {
            searchFrom = held.end() + (held.end() == held.start() ? 1 : 0);
            // The list first, which fails at once after almost every bracket; the sentence before it is
            // read only for a real list (reading it for every bracket of a text full of them was slow).
            List<Item> items = items(setting, held.end());
            if (items.size() < 2) {
                continue;
            }
            // Its items' own "in" (held in Athens in 2006, in Rio de Janeiro in 2007) start no list of their own.
            searchFrom = items.get(items.size() - 1).placeTo();
            int sentence = setting.sentenceStart(held.start());
            String before = text.substring(sentence, held.start());
            boolean igf = EnglishIgfMeetingExtractor.NAMED.matcher(before).find()
                    || context.forumIsIgf() && FORUM_OR_MEETINGS.matcher(before).find();
            if (!igf) {
                continue;
            }
            List<Integer> ordinals = ordinals(before);
            boolean paired = ordinals.size() == items.size();
            for (Item it : items) {
                Venue venue = setting.venue(it.place(), it.placeFrom(), it.placeTo());
                EventMatch e = setting.event("igf-meeting", paired ? ordinals.get(items.indexOf(it)) : null, it.year(),
                        it.placeFrom(), it.placeTo(), null, venue);
                if (!paired && !ordinals.isEmpty()) {
                    e = e.withFinding(new EventFinding("ORDINAL_LIST_MISMATCH", "the list names " + items.size()
                            + " places and years but " + ordinals.size() + " ordinals; the ordinals are left out",
                            sentence, held.start()));
                }
                found.add(e);
            }
        }
        found.addAll(respectively(setting, text));
        return found;
    }

    /**
     * {@code the Governments of Ethiopia and Japan will be hosting the IGF annual meetings in 2022 and 2023, respectively}: the
     * hosts and the years, paired in order; only when the lists are as long and the gazetteer knows every host.
     */
    private static List<EventMatch> respectively(EnglishSetting setting, String text) {
        List<EventMatch> found = new ArrayList<>();
        Matcher r = RESPECTIVELY.matcher(text);
        while (r.find()) {
            List<Venue> hosts = new ArrayList<>();
            Matcher host = HOST_ITEM.matcher(text).region(r.start("hosts"), r.end("hosts"));
            while (host.find()) {
                Venue v = setting.venue(host.group("place"), host.start("place"), host.end("place"));
                if (!v.place().known()) {
                    hosts.clear();
                    break;
                }
                hosts.add(v);
            }
            List<Integer> years = new ArrayList<>();
            Matcher year = YEAR_ITEM.matcher(text).region(r.start("years"), r.end("years"));
            while (year.find()) {
                years.add(Integer.valueOf(year.group()));
            }
            if (hosts.size() < 2 || hosts.size() != years.size()) {
                continue;
            }
            for (int i = 0; i < hosts.size(); i++) {
                Venue v = hosts.get(i);
                found.add(setting.event("igf-meeting", null, years.get(i), v.from(), v.to(), null, v));
            }
        }
        return found;
    }

    private static final String HOST_LIST = EnglishSetting.PLACE
            + "(?:\\s{0,2},\\s{0,3}" + EnglishSetting.PLACE + "){0,3}\\s{0,2},?\\s{1,3}and\\s{1,3}" + EnglishSetting.PLACE;
    private static final Pattern RESPECTIVELY = Pattern.compile("(?:\\b[Tt]he\\s{1,3}Governments?\\s{1,3}of\\s{1,3})?(?<hosts>" + HOST_LIST + ")\\s{1,3}(?:will\\s{1,3}be\\s{1,3}hosting|will\\s{1,3}host"
            + "|are\\s{1,3}hosting|hosted|host)\\s{1,3}the\\s{1,3}(?:IGF|Internet\\s{1,3}Governance\\s{1,3}Forum)(?:['’]s)?\\s{1,3}"
            + "(?:annual\\s{1,3})?meetings\\s{1,3}(?:of|in)\\s{1,3}(?<years>" + YEAR + "(?:\\s{0,2},\\s{0,3}" + YEAR + "){0,3}\\s{0,2},?\\s{1,3}and\\s{1,3}"
            + YEAR + ")\\s{0,2},?\\s{1,3}respectively\\b");
    private static final Pattern HOST_ITEM = Pattern.compile("(?<place>" + EnglishSetting.PLACE + ")");
    private static final Pattern YEAR_ITEM = Pattern.compile(YEAR);

    /** Whether two or more places with their years follow {@code held in} in the words from {@code from} to {@code to}. */
    static boolean listFollows(EnglishSetting setting, int from, int to) {
        Matcher held = HELD.matcher(setting.text()).region(from, setting.sentenceEnd(from));
        return held.find() && items(setting, held.end()).size() >= 2;
    }

    /** The places with their years from {@code from} on, up to the end of the sentence. */
    private static List<Item> items(EnglishSetting setting, int from) {
        List<Item> items = new ArrayList<>();
        Matcher item = ITEM.matcher(setting.text()).region(from, setting.text().length());
        if (!item.lookingAt()) {
            return items;
        }
        int to = setting.sentenceEnd(from);
        item.region(from, to);
        while (true) {
            if (!item.lookingAt()) {
                // A list that goes on past a semicolon (Athens, Greece, in November 2006; Rio de Janeiro, Brazil, ...): the
                // next clause, when it opens with the next item.
                if (to >= setting.text().length() || setting.text().charAt(to) != ';' || item.regionStart() != to) {
                    break;
                }
                to = setting.sentenceEnd(to + 1);
                item.region(item.regionStart(), to);
                if (!item.lookingAt()) {
                    break;
                }
            }
            String year = item.group("y1") != null ? item.group("y1") : item.group("y2") != null ? item.group("y2")
                    : item.group("y3");
            items.add(new Item(item.group("place"), item.start("place"), item.end("place"), Integer.parseInt(year)));
            item.region(item.end(), to);
        }
        return items;
    }

    /** The ordinals the words before the list give its meetings: {@code first five}, {@code first, second and third}. */
    private static List<Integer> ordinals(String before) {
        Matcher n = FIRST_N.matcher(before);
        if (n.find()) {
            int count = EnglishNumerals.cardinal(n.group("n"));
            List<Integer> all = new ArrayList<>();
            for (int i = 1; i <= count && count > 0; i++) {
                all.add(i);
            }
            return all;
        }
        Matcher list = ORDINAL_LIST.matcher(before);
        List<Integer> all = new ArrayList<>();
        if (list.find()) {
            Matcher w = ORDINAL_WORD.matcher(list.group("ords"));
            while (w.find()) {
                all.add(EnglishNumerals.ordinal(w.group()));
            }
        }
        return all;
    }
}
