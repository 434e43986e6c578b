package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.ChineseNumerals;

/**
 * An item put on the provisional agenda of a General Assembly session.
 *
 * <p>Accepts:
 * <ul>
 *   <li>{@code 决定将题为“信息和通信技术促进发展”的项目列入大会第六十六届会议临时议程};</li>
 *   <li>{@code 决定在大会第七十三届会议临时议程中列入题为“信息和通信技术促进可持续发展”的项目}.</li>
 * </ul>
 * Rejects an item with no title in quotes and agendas of other bodies ({@code 列入委员会第二十一届会议议程}).
 */
public final class AgendaItemExtractor implements MandateExtractor {

    private static final String SESSION = "大会第\\s*(?<session>" + ChineseNumerals.NUMERAL + ")\\s*届会议\\s*临时议程";
    private static final String TITLE = "题为\\s*[“\"](?<item>[^”\"]{1,80})[”\"]\\s*的项目";
    private static final Pattern ITEM = Pattern.compile(
            TITLE + "\\s*列入\\s*" + SESSION + "|" + SESSION.replace("session", "session2") + "\\s*中\\s*列入\\s*"
                    + TITLE.replace("item", "item2"));

    @Override
    public List<MandateMatch> find(String text, EventContext context) {
        List<MandateMatch> found = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        while (m.find()) {
            boolean first = m.group("item") != null;
            String item = first ? m.group("item") : m.group("item2");
            int session = ChineseNumerals.parse(first ? m.group("session") : m.group("session2"));
            found.add(new MandateMatch("GA", "agenda-item", null, null, null, null, List.of(), session, item,
                    m.start(), m.end(), List.of()));
        }
        return found;
    }
}
