package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.DateRange;

/**
 * A yearly WSIS Forum, dated by the year in its name or by the dates of its clause.
 *
 * <p>Accepts:
 * <ul>
 *   <li>{@code 信息社会世界首脑会议 2010 年论坛};</li>
 *   <li>{@code 定于 2011 年 5 月 16 日至 20 日在日内瓦举办的信息社会世界首脑会议 2011 年论坛};</li>
 *   <li>{@code 2023 年 3 月 13 日至 17 日虚拟举行信息社会世界峰会论坛} (no venue: held online);</li>
 *   <li>{@code 2019 年 4 月 8 日至 12 日在日内瓦举行的 2019 年信息社会世界峰会论坛} (the year before the name);</li>
 *   <li>{@code 将于 2024 年在日内瓦共同主办“信息社会世界峰会二十周年论坛高级别活动”}.</li>
 * </ul>
 * Rejects the forum in general, with no year ({@code 每年联合举办信息社会世界首脑会议论坛},
 * {@code 信息社会世界首脑会议论坛一直是…平台}).
 */
public final class WsisForumExtractor implements EventExtractor {

    private static final Pattern FORUM = Pattern.compile(
            "(?:(?<yearBefore>(?:19|20)\\d\\d)\\s*年\\s*)?(?:信息社会世界首脑会议|信息社会世界峰会)\\s*"
                    + "(?:(?<year>(?:19|20)\\d\\d)\\s*年\\s*)?(?:二十周年)?论坛(?:高级别活动)?");

    private final Gazetteer gazetteer;

    public WsisForumExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        ParagraphSetting setting = new ParagraphSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher m = FORUM.matcher(text);
        while (m.find()) {
            // The year may stand after the summit's name (首脑会议 2011 年论坛) or before it (2019 年信息社会世界峰会论坛).
            String written = m.group("year") != null ? m.group("year") : m.group("yearBefore");
            Integer year = written == null ? null : Integer.valueOf(written);
            DateRange date = setting.nearestDate(m.start(), m.end()).orElse(null);
            if (year == null && date == null) {
                continue;
            }
            if (year != null && date != null && date.year() != year) {
                date = null;
            }
            found.add(setting.event("wsis-forum", null, year, m.start(), m.end(), date,
                    setting.nearestVenue(m.start(), m.end()).orElse(null)));
        }
        return found;
    }
}
