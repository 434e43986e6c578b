package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.DateRange;

/**
 * The two phases of the World Summit on the Information Society (Geneva 2003, Tunis 2005) in an
 * English text.
 *
 * <p>Accepts:
 * <ul>
 *   <li>{@code the Geneva phase of the World Summit on the Information Society, held from 10 to 12 December 2003}
 *       (the city names the phase and its venue; a date must follow);</li>
 *   <li>{@code the Tunis phase of the Summit, held in Tunis from 16 to 18 November 2005};</li>
 *   <li>{@code the second phase of the World Summit on the Information Society} (the phase by its ordinal).</li>
 * </ul>
 * Rejects a phase by city with no date ({@code the outcomes of the Geneva phase of the Summit}, which
 * names outcomes, as {@link SummitPhaseExtractor} does) and other summits' phases.
 */
public final class EnglishSummitPhaseExtractor implements EventExtractor {

    private static final Pattern PHASE = Pattern.compile(
            "\\b(?:(?<city>Geneva|Tunis)|(?<ord>(?i:first|second)))\\s{1,3}phase\\s{1,3}of\\s{1,3}the\\s{1,3}"
                    + "(?:World\\s{1,3}Summit\\s{1,3}on\\s{1,3}the\\s{1,3}Information\\s{1,3}Society|Summit)");

    private final Gazetteer gazetteer;

    public EnglishSummitPhaseExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        EnglishSetting setting = new EnglishSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher m = PHASE.matcher(text);
        while (m.find()) {
            int end = setting.descriptionEnd(m.end(), text.length());
            DateRange date = setting.dateIn(m.end(), end).orElse(null);
            String city = m.group("city");
            if (city != null && date == null) {
                continue;
            }
            int ordinal = city != null ? (city.equals("Geneva") ? 1 : 2) : m.group("ord").equalsIgnoreCase("first") ? 1 : 2;
            Venue venue = setting.venueIn(m.end(), end)
                    .orElse(city == null ? null : setting.venue(city, m.start("city"), m.end("city")));
            found.add(setting.event("wsis-summit", ordinal, null, m.start(), m.end(), date, venue));
        }
        return found;
    }
}
