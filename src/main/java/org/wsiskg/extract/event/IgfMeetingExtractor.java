package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.ChineseNumerals;

/**
 * One meeting of the Internet Governance Forum, with its venue and date or its ordinal.
 *
 * <p>Accepts (the forum under either name, 因特网治理论坛 or 互联网治理论坛; spaces optional):
 * <ul>
 *   <li>{@code 2009 年 11 月 15 日至 18 日在埃及沙姆沙伊赫举行的因特网治理论坛第四次会议};</li>
 *   <li>{@code 定于 2012 年 11 月 6 日至 9 日在巴库举行的因特网治理论坛第七次会议} (a future meeting);</li>
 *   <li>{@code 2009 年 11 月在埃及沙姆沙伊赫举行论坛第四次会议} and {@code 最近于 2023 年在日本京都召开该会议},
 *       {@code 2024 年将在沙特阿拉伯召开该会议} (论坛 / 该会议 standing for the forum, when the
 *       paragraph names it);</li>
 *   <li>{@code 2013 年 10 月 22 日至 25 日在印度尼西亚巴厘举行了因特网治理论坛第八次会议} (举行了);</li>
 *   <li>{@code 在伊斯坦布尔举行的第九次因特网治理论坛会议}, {@code 第十届互联网治理论坛} (the ordinal before the name);</li>
 *   <li>{@code 互联网治理论坛第十八次会议于 2023 年 10 月 8 日至 12 日在日本京都举行} (date and venue after the name);</li>
 *   <li>{@code 2006 年 10 月 30 日至 11 月 2 日在雅典举行的因特网治理论坛首次会议} (首次: the first);</li>
 *   <li>{@code 因特网治理论坛第七次会议} (an ordinal with no venue).</li>
 * </ul>
 * Rejects: the forum's meetings in general ({@code 召开互联网治理论坛会议}, {@code 论坛今后各次会议},
 * {@code 因特网治理论坛所有会议}); 该会议 or 论坛 in a paragraph that does not name the forum; other
 * forums' meetings ({@code 人人均享信通技术论坛会议}); and a year-and-place list of two or more
 * meetings ({@code 分别于 2006 年在雅典、2007 年在…举行}), which {@link IgfMeetingListExtractor} reads.
 */
public final class IgfMeetingExtractor implements EventExtractor {

    static final String IGF_NAME = "(?:因特网|互联网)治理论坛";
    static final Pattern NAMED = Pattern.compile(IGF_NAME);
    private static final Pattern MEETING = Pattern.compile(
            "(?:在\\s*(?<place>[\\p{IsHan}·]{2,12}?)\\s*(?:举行|举办|召开)了?的?\\s*)?"
                    + "(?:第\\s*(?<ordBefore>" + ChineseNumerals.NUMERAL + ")\\s*(?:次|届)\\s*(?<nameAfter>" + IGF_NAME + ")"
                    + "(?:\\s*会议)?"
                    + "|(?<name>" + IGF_NAME + "|论坛|该)\\s*(?:第\\s*(?<ord>" + ChineseNumerals.NUMERAL + ")\\s*次|(?<first>首)\\s*次)?"
                    + "\\s*会议)");
    /** A year and a place, as the items of a list of meetings are written. */
    static final Pattern YEAR_PLACE = Pattern.compile("(?:19|20)\\d\\d\\s*年\\s*(?:将)?\\s*在");
    /** Characters that may stand before a bare 论坛 meaning the IGF: not the end of another forum's name. */
    private static final String BEFORE_BARE_FORUM = "在于的和及、，,";

    private final Gazetteer gazetteer;

    public IgfMeetingExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        ParagraphSetting setting = new ParagraphSetting(text, context, gazetteer);
        boolean named = NAMED.matcher(text).find();
        List<EventMatch> found = new ArrayList<>();
        Matcher m = MEETING.matcher(text);
        while (m.find()) {
            boolean ordinalFirst = m.group("nameAfter") != null;
            String name = ordinalFirst ? m.group("nameAfter") : m.group("name");
            String ordinalText = ordinalFirst ? m.group("ordBefore") : m.group("first") != null ? "一" : m.group("ord");
            boolean hasPlace = m.group("place") != null;
            boolean hasOrdinal = ordinalText != null;
            if (!hasPlace && !hasOrdinal) {
                continue;
            }
            if (!name.matches(IGF_NAME) && !named) {
                continue;
            }
            if (name.equals("该") && !hasPlace) {
                continue;
            }
            if (name.equals("论坛") && !hasPlace && !ordinalFirst && m.start("name") > 0
                    && Character.UnicodeScript.of(text.charAt(m.start("name") - 1)) == Character.UnicodeScript.HAN
                    && BEFORE_BARE_FORUM.indexOf(text.charAt(m.start("name") - 1)) < 0) {
                continue;
            }
            if (hasPlace && listItemsBefore(setting, m.start()) >= 2) {
                continue;
            }
            Integer ordinal = hasOrdinal ? ChineseNumerals.parse(ordinalText) : null;
            int nameFrom = hasPlace ? m.start() : ordinalFirst ? m.start() : m.start("name");
            // A venue written after the name: 第十八次会议于 2023 年 10 月 8 日至 12 日在日本京都举行.
            Venue venue = hasPlace ? setting.venue(m.group("place"), m.start("place"), m.end("place"))
                    : setting.nearestVenue(nameFrom, m.end()).filter(v -> v.from() >= m.end()).orElse(null);
            found.add(setting.event("igf-meeting", ordinal, null, nameFrom, m.end(),
                    setting.nearestDate(nameFrom, m.end()).orElse(null), venue));
        }
        return found;
    }

    /** How many year-and-place items stand in the clause before {@code at}, counting the one ending there. */
    static int listItemsBefore(ParagraphSetting setting, int at) {
        Matcher items = YEAR_PLACE.matcher(setting.text()).region(setting.clauseStart(at), Math.min(at + 1,
                setting.text().length()));
        int n = 0;
        while (items.find()) {
            n++;
        }
        return n;
    }
}
