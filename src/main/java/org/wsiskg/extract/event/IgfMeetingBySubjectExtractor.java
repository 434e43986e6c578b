package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.ChineseNumerals;
import org.wsiskg.text.DateRange;

/**
 * IGF meetings told with the forum as the subject of the sentence, each by a year and a venue that follow its name:
 * {@code 互联网治理论坛2023年在日本京都举办了年会}, {@code 联合国互联网治理论坛于2022年11月在埃塞俄比亚亚的斯亚贝巴召开},
 * {@code 联合国网路治理论坛也分别在2020年举办线上会议、2021年在波兰卡托维兹办理实体与网路同步的混合型会议} (one meeting for each
 * year with a venue; the online meeting of 2020 names no venue, so it is no meeting here), {@code 联合国IGF于日本京都召开第18届国际年会}
 * (a venue and the ordinal).
 *
 * <p>The forum's name with an ordinal before or after it ({@code 第十八届联合国互联网治理论坛年会于2023年…举行}) is the other
 * extractor's: {@link IgfMeetingExtractor} reads it with its ordinal. The venue must be one the gazetteer knows (nothing else says the characters after 在 are a place: 在线上举办), and the
 * year and venue must follow the name in the same sentence with no other body named between ({@code 互联网治理论坛的专家出席了
 * 2019年在巴黎举行的联合国教科文组织大会} is UNESCO's). Rejects a national or regional
 * initiative ({@code 非洲IGF 2017年在…举行}: {@link ForumInitiatives}), and a year and venue that stand before the
 * forum's name ({@code 2017年在日内瓦召开的IGF年会}, read by the other IGF extractors).
 */
public final class IgfMeetingBySubjectExtractor implements EventExtractor {

    private static final Pattern NAME = Pattern.compile("(?:" + IgfMeetingExtractor.IGF_NAME + "|(?<![A-Za-z])IGF)(?:\\s*(?:\\(IGF\\)|（IGF）))?");
    private static final Pattern ORDINAL_AFTER = Pattern.compile("\\s*(?:会议|年会)?\\s*第");
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("第\\s*" + ChineseNumerals.NUMERAL + "\\s*(?:次|届)\\s*(?:联合国|国际)?\\s*$");
    private static final Pattern ITEM = Pattern.compile(
            "(?<![\\d/])(?<year>(?:19|20)\\d\\d)\\s*年(?:\\s*\\d{1,2}\\s*月份?(?:\\s*\\d{1,2}\\s*日)?(?:\\s*至\\s*\\d{1,2}\\s*日)?)?"
                    + "\\s*(?:在|于|於)\\s*(?<place>[\\p{IsHan}·]{2,12}?)\\s*(?:共同)?(?:举办|举行|召开|主办|开幕|办理|舉辦|舉行|召開|辦理)"
                    // 举行的 makes the year and venue another event's (…2019年在巴黎举行的教科文组织大会), or the forum's name again.
                    // …、2010 年在维尔纽斯举行因特网治理论坛第五次会议 (the list of a name after it) and 在日本京都召开该会议: the other IGF extractors read them.
                    + "(?!\\s*的)(?!\\s*了?\\s*(?:联合国)?\\s*(?:" + IgfMeetingExtractor.IGF_NAME + "|IGF|论坛|该会议|該會議))");
    /** {@code 于日本京都召开第18届国际年会}: a venue and the meeting's ordinal after the forum's name. */
    private static final Pattern ORDINAL_ITEM = Pattern.compile("(?:在|于|於)\\s*(?<place>[\\p{IsHan}·]{2,12}?)\\s*(?:举办|举行|召开|舉辦|舉行|召開)"
            + "了?\\s*第\\s*(?<ord>" + ChineseNumerals.NUMERAL + ")\\s*(?:次|届)\\s*(?:国际|年度)?\\s*(?:年会|会议)");
    /** What ends the forum's part of the sentence: the sentence's end, or another body named. */
    private static final Pattern STOP = Pattern.compile("[。；;!?！？]|大会|理事会|委员会|峰会|首脑会议|组织|联盟|" + IgfMeetingExtractor.IGF_NAME
            + "|(?<![A-Za-z])IGF");
    /** How far after the name its meetings are looked for. */
    private static final int REACH = 200;

    private final Gazetteer gazetteer;

    public IgfMeetingBySubjectExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        ParagraphSetting setting = new ParagraphSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            if (ORDINAL_AFTER.matcher(text).region(name.end(), text.length()).lookingAt()
                    || ORDINAL_BEFORE.matcher(text).region(Math.max(0, name.start() - 16), name.start()).find()
                    || ForumInitiatives.chinese(text, name.start(), gazetteer)) {
                continue;
            }
            Matcher stop = STOP.matcher(text).region(name.end(), Math.min(text.length(), name.end() + REACH));
            int end = stop.find() ? stop.start() : Math.min(text.length(), name.end() + REACH);
            Matcher ordinal = ORDINAL_ITEM.matcher(text).region(name.end(), end);
            if (ordinal.find()) {
                Optional<Place> place = gazetteer.lookup(ordinal.group("place"));
                int n = ChineseNumerals.parse(ordinal.group("ord"));
                if (place.isPresent() && n > 0) {
                    Venue venue = new Venue(place.get(), ordinal.start("place"), ordinal.end("place"));
                    found.add(setting.event("igf-meeting", n, null, name.start(), ordinal.end(), null, venue));
                    continue;
                }
            }
            Matcher item = ITEM.matcher(text).region(name.end(), end);
            while (item.find()) {
                Optional<Place> place = gazetteer.lookup(item.group("place"));
                if (place.isEmpty()) {
                    continue;
                }
                Venue venue = new Venue(place.get(), item.start("place"), item.end("place"));
                DateRange date = setting.dates(item.start(), item.end()).stream().findFirst().orElse(null);
                found.add(setting.event("igf-meeting", null, Integer.valueOf(item.group("year")), name.start(), name.end(), date,
                        venue));
            }
        }
        return found;
    }
}
