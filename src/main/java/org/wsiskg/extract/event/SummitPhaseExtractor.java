package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.ChineseNumerals;

/**
 * The two phases of the World Summit on the Information Society (Geneva 2003, Tunis 2005).
 *
 * <p>Accepts the summit's full name (信息社会世界首脑会议 or 信息社会世界峰会) with 第一 / 第二阶段, and
 * the dates and venue of its clause:
 * <ul>
 *   <li>{@code 2003 年 12 月 10 日至 12 日在日内瓦举行的信息社会世界首脑会议第一阶段会议};</li>
 *   <li>{@code 2005 年 11 月 16 日至 18 日在突尼斯举行的信息社会世界峰会第二阶段会议};</li>
 *   <li>{@code 信息社会世界首脑会议第二阶段会议东道国突尼斯} (no date: the phase by its ordinal).</li>
 * </ul>
 * Rejects the phases by city ({@code 日内瓦阶段的成果}, which name outcomes, not a meeting) and the
 * short name ({@code 2003 年和 2005 年世界首脑会议第一阶段和第二阶段期间}, where the years cannot be
 * told apart).
 */
public final class SummitPhaseExtractor implements EventExtractor {

    private static final Pattern PHASE = Pattern.compile(
            "(?:信息社会世界首脑会议|信息社会世界峰会)\\s*第\\s*(?<ord>[一二12])\\s*阶段(?:\\s*会议)?");

    private final Gazetteer gazetteer;

    public SummitPhaseExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        ParagraphSetting setting = new ParagraphSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher m = PHASE.matcher(text);
        while (m.find()) {
            found.add(setting.event("wsis-summit", ChineseNumerals.parse(m.group("ord")), null, m.start(), m.end(),
                    setting.nearestDate(m.start(), m.end()).orElse(null),
                    setting.nearestVenue(m.start(), m.end()).orElse(null)));
        }
        return found;
    }
}
