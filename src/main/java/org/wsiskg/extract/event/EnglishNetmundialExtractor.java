package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.DateRange;

/**
 * NETmundial, the Global Multistakeholder Meeting on the Future of Internet Governance (São Paulo,
 * 23-24 April 2014), in an English text, when the words after it date it.
 *
 * <p>Accepts {@code the Global Multistakeholder Meeting on the Future of Internet Governance (NETmundial), held in
 * São Paulo, Brazil, on 23 and 24 April 2014} and {@code NETmundial, held in São Paulo on 23 and 24 April 2014}
 * (the name in any case). Rejects an undated mention ({@code the outcome of NETmundial}).
 */
public final class EnglishNetmundialExtractor implements EventExtractor {

    private static final Pattern NAME = Pattern.compile(
            "(?:Global\\s{1,3}Multistakeholder\\s{1,3}Meeting\\s{1,3}on\\s{1,3}the\\s{1,3}Future\\s{1,3}of\\s{1,3}Internet"
                    + "\\s{1,3}Governance\\s{0,3}\\(\\s{0,2})?NETmundial\\)?", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    public EnglishNetmundialExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        EnglishSetting setting = new EnglishSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            int end = setting.descriptionEnd(m.end(), text.length());
            DateRange date = setting.dateIn(m.end(), end).orElse(null);
            if (date == null) {
                continue;
            }
            found.add(setting.event("netmundial", null, null, m.start(), m.end(), date,
                    setting.venueIn(m.end(), end).orElse(null)));
        }
        return found;
    }
}
