package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.DateRange;

/**
 * A yearly WSIS Forum in an English text, dated by the year in its name or the dates after it.
 *
 * <p>Accepts {@code WSIS Forum 2011}, {@code the 2019 WSIS Forum}, {@code the World Summit on the Information
 * Society Forum held in Geneva from 16 to 20 May 2011}, {@code the WSIS Forum 2023, held virtually from 13 to 17
 * March 2023}. Rejects the forum in general, with no year ({@code the annual WSIS Forum}, {@code the WSIS
 * Forum has been a platform}).
 */
public final class EnglishWsisForumExtractor implements EventExtractor {

    private static final String NAME = "(?:WSIS|World\\s{1,3}Summit\\s{1,3}on\\s{1,3}the\\s{1,3}Information\\s{1,3}Society)\\s{1,3}Forum";
    private static final Pattern FORUM = Pattern.compile(
            "(?<![\\d/])(?<yearBefore>(?:19|20)\\d\\d)\\s{1,3}" + NAME + "|" + NAME + "(?:\\s{1,3}(?<year>(?:19|20)\\d\\d)(?![\\d/]))?");

    private final Gazetteer gazetteer;

    public EnglishWsisForumExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        EnglishSetting setting = new EnglishSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher m = FORUM.matcher(text);
        while (m.find()) {
            String written = m.group("year") != null ? m.group("year") : m.group("yearBefore");
            Integer year = written == null ? null : Integer.valueOf(written);
            int end = setting.descriptionEnd(m.end(), text.length());
            DateRange date = setting.dateIn(m.end(), end).orElse(null);
            if (year == null && date == null) {
                continue;
            }
            found.add(setting.event("wsis-forum", null, year, m.start(), m.end(), date,
                    setting.venueIn(m.end(), end).orElse(null)));
        }
        return found;
    }
}
