package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.EnglishNumerals;

/**
 * An item put on the provisional agenda of a General Assembly session, in an English text.
 *
 * <p>Accepts:
 * <ul>
 *   <li>{@code Decides to include in the provisional agenda of its sixty-sixth session the item entitled
 *       “Information and communication technologies for development”} → that item, session 66;</li>
 *   <li>{@code Decides to include in the provisional agenda of its seventy-third session, under the item entitled
 *       “Globalization and interdependence”, the sub-item entitled “Information and communications technologies
 *       for sustainable development”} → the sub-item, session 73 (what is put on the agenda).</li>
 * </ul>
 * Rejects an item with no title in quotes ({@code include the item in the provisional agenda}) and the
 * agendas of sessions named by year ({@code the provisional agenda of its substantive session of 2011}).
 */
public final class EnglishAgendaItemExtractor implements MandateExtractor {

    private static final String TITLE = "[“\"](?<%s>[^”\"]{1,160})[”\"]";
    private static final Pattern ITEM = Pattern.compile(
            "\\binclude\\s{1,3}in\\s{1,3}the\\s{1,3}provisional\\s{1,3}agenda\\s{1,3}of\\s{1,3}its\\s{1,3}(?<session>(?i:"
                    + EnglishNumerals.ORDINAL + "))\\s{1,3}session,?\\s{1,3}(?:under\\s{1,3}the\\s{1,3}item\\s{1,3}entitled\\s{1,3}"
                    + String.format(TITLE, "item") + ",?\\s{1,3}the\\s{1,3}sub-item\\s{1,3}entitled\\s{1,3}" + String.format(TITLE, "sub")
                    + "|the\\s{1,3}item\\s{1,3}entitled\\s{1,3}" + String.format(TITLE, "only") + ")");

    @Override
    public List<MandateMatch> find(String text, EventContext context) {
        List<MandateMatch> found = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        while (m.find()) {
            String item = m.group("sub") != null ? m.group("sub") : m.group("only");
            found.add(new MandateMatch("GA", "agenda-item", null, null, null, null, List.of(),
                    EnglishNumerals.ordinal(m.group("session")), item, m.start(), m.end(), List.of()));
        }
        return found;
    }
}
