package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.DateRange;

/**
 * NETmundial, the Global Multistakeholder Meeting on the Future of Internet Governance (São Paulo,
 * 23-24 April 2014), when its clause dates it.
 *
 * <p>Accepts: {@code 巴西政府于 2014 年 4 月 23 日和 24 日在圣保罗主办了 NETmundial 关于因特网治理之未来的问题的全球多利益攸关方会议}
 * (the name in any letter case). Rejects an undated mention, which names no meeting to date.
 */
public final class NetmundialExtractor implements EventExtractor {

    private static final Pattern NAME = Pattern.compile("(?i)NETmundial(?:[^，。；]{0,40}?会议)?");

    private final Gazetteer gazetteer;

    public NetmundialExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        ParagraphSetting setting = new ParagraphSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            DateRange date = setting.nearestDate(m.start(), m.end()).orElse(null);
            if (date == null) {
                continue;
            }
            found.add(setting.event("netmundial", null, null, m.start(), m.end(), date,
                    setting.nearestVenue(m.start(), m.end()).orElse(null)));
        }
        return found;
    }
}
