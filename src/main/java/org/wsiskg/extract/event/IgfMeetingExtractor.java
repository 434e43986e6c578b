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
 *   <li>{@code 2013 年 10 月 22 日至 25 日在印度尼西亚巴厘举行了因特网治理论坛第八次会议} (举行了);
 *       {@code 12月份在日内瓦召开的IGF年会} (年会; the year of a month alone from the text's date);</li>
 *   <li>{@code 于立陶宛首都维尔纽斯举行的第五届国际网络管治论坛} (于 before a place the gazetteer knows; 国际 before the name; the
 *       name Hong Kong writes, 网络管治论坛);</li>
 *   <li>{@code 在伊斯坦布尔举行的第九次因特网治理论坛会议}, {@code 第十届互联网治理论坛} (the ordinal before the name);</li>
 *   <li>{@code 互联网治理论坛第十八次会议于 2023 年 10 月 8 日至 12 日在日本京都举行} (date and venue after the name),
 *       {@code 互联网治理论坛(IGF)第十届会议于2015年11月在巴西若昂佩索阿举行} (the initials in brackets after the name);</li>
 *   <li>{@code 2006 年 10 月 30 日至 11 月 2 日在雅典举行的因特网治理论坛首次会议} (首次: the first);</li>
 *   <li>{@code 因特网治理论坛第七次会议} (an ordinal with no venue);</li>
 *   <li>{@code 第十八届互联网治理论坛年会}, {@code 在埃塞俄比亚亚的斯亚贝巴举行的第十七届联合国互联网治理论坛(IGF)},
 *       {@code 2019年第14届联合国互联网治理论坛(IGF)在柏林开幕} (届, 年会, 联合国 before the name, a venue 开幕);</li>
 *   <li>{@code 包括2015年11月10日至13日在若昂佩索阿举行的最近一次会议} (the latest meeting, with its venue, when the
 *       paragraph names the forum);</li>
 *   <li>{@code 第四届年度会议} once the forum is named in the paragraph or before it;</li>
 *   <li>{@code 2024年互联网治理论坛}, {@code IGF 2023}, {@code 2021年IGF将在波兰举办}, {@code 明年的IGF将在波兰卡托维兹举行} (the year names
 *       the meeting; 去年, 今年, 明年 count from the text's date, and name none in a text with no date);</li>
 *   <li>the traditional characters of Taiwan and Hong Kong pages: {@code 第14屆聯合國網路治理論壇…於11月25日至29日在德國柏林召開};</li>
 *   <li>{@code 2014互聯網管治論壇} (the year glued to the name, no 年; not the last year of a range, {@code 2014年至2016年互联网治理论坛的成果}), {@code 這次第四屆在埃及沙姆沙伊赫舉辦的 IGF} (the ordinal
 *       before the venue's clause), {@code 前往土耳其伊斯坦堡參加聯合國舉辦的2014互聯網管治論壇} (went to a place the gazetteer
 *       knows to attend it).</li>
 * </ul>
 * Rejects: the forum's meetings in general ({@code 召开互联网治理论坛会议}, {@code 论坛今后各次会议},
 * {@code 因特网治理论坛所有会议}); 该会议 or 论坛 in a paragraph that does not name the forum; other
 * forums' meetings ({@code 人人均享信通技术论坛会议}); and a year-and-place list of two or more
 * meetings ({@code 分别于 2006 年在雅典、2007 年在…举行}), which {@link IgfMeetingListExtractor} reads;
 * another body's annual session ({@code 委员会第十五届年度会议}); national and regional initiatives ({@code 非洲IGF 2017年会},
 * {@code 第十届亚太区互联网治理论坛}: {@link ForumInitiatives}); the forum named with no year or ordinal
 * ({@code 互联网治理论坛的成果}).
 */
public final class IgfMeetingExtractor implements EventExtractor {

    /**
     * The forum's names: 因特网 / 互联网 治理论坛, 互联网管理论坛 (some mainland news items), Hong Kong's 网络 / 互联网 管治论坛, and
     * Taiwan's 网路 / 网际网路 治理论坛 (網路, 網際網路 in its Traditional script,
     * which the normaliser has folded to these characters).
     */
    static final String IGF_NAME = "(?:(?:因特网|互联网|网路|网际网路)治理|(?:网络|互联网)管治|(?:互联网|因特网)管理)论坛";
    static final Pattern NAMED = Pattern.compile(IGF_NAME + "|IGF");
    /**
     * 联合国 before the forum's name, and the space after it. The space belongs to 联合国: written
     * {@code (?:联合国)?\\s*}, a match could start at any white space, and a flood of spaces (a PDF
     * converter's layout) was read in time quadratic in its length.
     */
    private static final String UN = "(?:(?:联合国|聯合國|国际|國際)\\s*)?";
    private static final String SESSION_WORD = "(?:次|届)";
    private static final String HELD = "(?:举行|举办|召开|舉行|舉辦|召開)";
    /** A venue's characters: Han characters, never 在 or 于 (明年在立陶宛首都维尔纽斯: the venue starts after the second 在). */
    private static final String PLACE = "[[\\p{IsHan}·]&&[^在于於]]{2,12}?";
    private static final Pattern MEETING = Pattern.compile(
            "(?:第\\s*(?<ordOuter>" + ChineseNumerals.NUMERAL + ")\\s*届\\s*(?=在|于|於))?"
                    + "(?<prefix>(?<at>在|于|於)\\s*(?<place>" + PLACE + ")\\s*" + HELD + "了?的?\\s*"
                    + "|(?:前往|赴)\\s*(?<placeGone>" + PLACE + ")\\s*(?:参加|參加|出席)\\s*(?:(?:联合国|聯合國)?\\s*(?:举办|舉辦|主办|主辦)的\\s*)?)?"
                    + "(?:(?<yearBefore>(?<![\\d/至到~～\\-–])(?:19|20)\\d\\d)(?:\\s*年\\s*(?:的\\s*)?|(?=" + UN + IGF_NAME + "))"
                    + "|(?<relative>去年|今年|明年|前年)\\s*(?:的\\s*)?)?"
                    + "(?:第\\s*(?<ordBefore>" + ChineseNumerals.NUMERAL + ")\\s*" + SESSION_WORD + "\\s*" + UN
                    + "(?<nameAfter>" + IGF_NAME + "|IGF)(?:\\s*(?:\\(IGF\\)|（IGF）))?(?:\\s*(?:会议|年会|年度会议))?"
                    + "|(?<name>" + IGF_NAME + "|IGF|论坛|該|该|最近一次)(?:\\s*(?:\\(IGF\\)|（IGF）))?\\s*(?:第\\s*(?<ord>" + ChineseNumerals.NUMERAL + ")\\s*"
                    + SESSION_WORD + "\\s*(?:年度)?|(?<first>首)\\s*次)?\\s*(?:会议|會議|年会)"
                    + "|第\\s*(?<bareOrd>" + ChineseNumerals.NUMERAL + ")\\s*" + SESSION_WORD + "\\s*(?:年度\\s*会议|年会)"
                    + "|" + UN + "(?<yearName>" + IGF_NAME + "|IGF(?![A-Za-z\\d])(?!\\s*(?:19|20)\\d\\d))"
                    + "|IGF\\s*(?<igfYear>(?:19|20)\\d\\d)(?!\\d))");
    /** A year and a place, as the items of a list of meetings are written. */
    static final Pattern YEAR_PLACE = Pattern.compile("(?:19|20)\\d\\d\\s*年\\s*(?:将)?\\s*在");
    /** Characters that may stand before a bare 论坛 meaning the IGF: not the end of another forum's name. */
    private static final String BEFORE_BARE_FORUM = "在于的和及、，,";

    private final Gazetteer gazetteer;

    public IgfMeetingExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** 去年, 今年, 明年, 前年 counted from the text's date; null in a text with no date. */
    static Integer relativeYear(String word, Integer textYear) {
        if (textYear == null) {
            return null;
        }
        return switch (word) {
            case "前年" -> textYear - 2;
            case "去年" -> textYear - 1;
            case "明年" -> textYear + 1;
            default -> textYear;
        };
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        ParagraphSetting setting = new ParagraphSetting(text, context, gazetteer);
        boolean named = NAMED.matcher(text).find();
        List<EventMatch> found = new ArrayList<>();
        Matcher m = MEETING.matcher(text);
        while (m.find()) {
            boolean ordinalFirst = m.group("nameAfter") != null;
            boolean bare = m.group("bareOrd") != null;
            String name = ordinalFirst ? m.group("nameAfter") : m.group("name");
            String ordinalText = m.group("ordOuter") != null ? m.group("ordOuter") : ordinalFirst ? m.group("ordBefore")
                    : bare ? m.group("bareOrd") : m.group("first") != null ? "一" : m.group("ord");
            Integer year = m.group("igfYear") != null ? Integer.valueOf(m.group("igfYear"))
                    : m.group("yearBefore") != null ? Integer.valueOf(m.group("yearBefore"))
                    : m.group("relative") != null ? relativeYear(m.group("relative"), context.textYear()) : null;
            // After 于 (which also stands before times: 于近期举行的) only a place the gazetteer knows is a venue.
            String placeGroup = m.group("place") != null ? "place" : m.group("placeGone") != null ? "placeGone" : null;
            boolean hasPlace = "place".equals(placeGroup) && (m.group("at").equals("在") || gazetteer.lookup(m.group("place")).isPresent())
                    || "placeGone".equals(placeGroup) && gazetteer.lookup(m.group("placeGone")).isPresent();
            boolean hasOrdinal = ordinalText != null;
            if (ForumInitiatives.chinese(text, forumAt(m), gazetteer)) {
                continue; // 非洲IGF 2017年会, 亚太区网络管治论坛: a national or regional initiative's meeting
            }
            if (m.group("yearName") != null && year == null && m.group("ordOuter") == null) {
                continue; // the forum named with neither a year nor an ordinal: no one meeting
            }
            if (!hasPlace && !hasOrdinal && year == null) {
                continue;
            }
            if (bare && !(named || context.forumIsIgf()) || bare && !bareOrdinalStandsAlone(text, m.start("bareOrd"))) {
                continue;
            }
            if (name != null && !name.matches(IGF_NAME + "|IGF") && !named) {
                continue;
            }
            if (name != null && name.matches("该|該|最近一次") && !hasPlace) {
                continue;
            }
            if ("论坛".equals(name) && !hasPlace && !ordinalFirst && m.start("name") > 0
                    && Character.UnicodeScript.of(text.charAt(m.start("name") - 1)) == Character.UnicodeScript.HAN
                    && BEFORE_BARE_FORUM.indexOf(text.charAt(m.start("name") - 1)) < 0) {
                continue;
            }
            if (hasPlace && listItemsBefore(setting, m.start()) >= 2) {
                continue;
            }
            Integer ordinal = hasOrdinal ? ChineseNumerals.parse(ordinalText) : null;
            int nameFrom = hasPlace || ordinalFirst || bare || name == null ? m.start() : m.start("name");
            if (m.group("prefix") != null && !hasPlace) {
                nameFrom = Math.max(nameFrom, m.end("prefix"));
            }
            if (m.group("yearBefore") != null && !hasPlace) {
                nameFrom = m.start("yearBefore");
            }
            // A venue written after the name: 第十八次会议于 2023 年 10 月 8 日至 12 日在日本京都举行.
            Venue venue = hasPlace ? setting.venue(m.group(placeGroup), m.start(placeGroup), m.end(placeGroup))
                    : setting.nearestVenue(nameFrom, m.end()).filter(v -> v.from() >= m.end()).orElse(null);
            found.add(setting.event("igf-meeting", ordinal, year, nameFrom, m.end(),
                    setting.nearestDate(nameFrom, m.end()).orElse(null), venue));
        }
        return found;
    }

    /** Where the forum's name (or its initials) stands in a match; for 论坛, 该 and a bare ordinal, nowhere (-1). */
    private static int forumAt(Matcher m) {
        if (m.group("nameAfter") != null) {
            return m.start("nameAfter");
        }
        if (m.group("yearName") != null) {
            return m.start("yearName");
        }
        if (m.group("igfYear") != null) {
            return m.group().lastIndexOf("IGF") + m.start();
        }
        return m.group("name") != null && m.group("name").matches(IGF_NAME + "|IGF") ? m.start("name") : -1;
    }

    /**
     * Whether a 第…届年度会议 with no name before it stands alone (the forum's, once the forum is named)
     * rather than closing another body's name (委员会第十五届年度会议): no Han character before it other
     * than a function word.
     */
    private static boolean bareOrdinalStandsAlone(String text, int ordinal) {
        int i = text.lastIndexOf('第', ordinal) - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN
                || BEFORE_BARE_FORUM.indexOf(text.charAt(i)) >= 0 || "其届".indexOf(text.charAt(i)) >= 0;
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
