package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.ChineseNumerals;

/**
 * The list that pairs years with places for several meetings of the Internet Governance Forum.
 *
 * <p>Accepts a clause of two or more {@code <year> 年在 <place>} items joined by 、 和 及 以及 and
 * ending in 举行 (举办, 召开) and the forum's name, with or without the ordinals:
 * <ul>
 *   <li>{@code 分别于 2006 年在雅典、2007 年在巴西里约热内卢、…、2010 年在维尔纽斯举行因特网治理论坛第一、第二、第三、第四和第五次会议}:
 *       the n-th year and place are paired with the n-th ordinal;</li>
 *   <li>{@code 分别于 2006 年在雅典、…、2016 年在墨西哥瓜达拉哈拉以及定于 2017 年在日内瓦举行因特网治理论坛会议}:
 *       no ordinals, a future meeting last.</li>
 * </ul>
 * When the two lists differ in length the meetings keep their years and places, lose the
 * ordinals, and the mismatch is reported. Rejects: a single year and place (read by
 * {@link IgfMeetingExtractor}) and lists of other meetings ({@code 2007 年在基加利和 2008 年在开罗举行的“连通非洲”首脑会议}).
 */
public final class IgfMeetingListExtractor implements EventExtractor {

    private static final Pattern TAIL = Pattern.compile(
            "(?:举行|举办|召开)\\s*" + IgfMeetingExtractor.IGF_NAME + "\\s*(?<ords>第\\s*" + ChineseNumerals.NUMERAL
                    + "(?:\\s*(?:、|和|及|以及)\\s*第\\s*" + ChineseNumerals.NUMERAL + ")*\\s*次)?\\s*会议");
    private static final Pattern ITEM = Pattern.compile(
            "(?<year>(?:19|20)\\d\\d)\\s*年\\s*(?:将)?\\s*在\\s*(?<place>[\\p{IsHan}·]{2,12}?)\\s*"
                    + "(?=、|以及|和|及|定于|将于|举行|举办|召开|$)");

    private record Item(int year, String place, int from, int placeFrom, int placeTo) {
    }

    private final Gazetteer gazetteer;

    public IgfMeetingListExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        ParagraphSetting setting = new ParagraphSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher tail = TAIL.matcher(text);
        while (tail.find()) {
            List<Item> items = new ArrayList<>();
            Matcher item = ITEM.matcher(text).region(setting.clauseStart(tail.start()), tail.start());
            while (item.find()) {
                items.add(new Item(Integer.parseInt(item.group("year")), item.group("place"), item.start(),
                        item.start("place"), item.end("place")));
            }
            if (items.size() < 2) {
                continue;
            }
            List<Integer> ordinals = tail.group("ords") == null ? List.of() : ChineseNumerals.ordinals(tail.group("ords"));
            boolean paired = ordinals.size() == items.size();
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                Venue venue = setting.venue(it.place(), it.placeFrom(), it.placeTo());
                EventMatch e = setting.event("igf-meeting", paired ? ordinals.get(i) : null, it.year(), it.from(),
                        it.placeTo(), null, venue);
                if (!paired && !ordinals.isEmpty()) {
                    e = e.withFinding(new EventFinding("ORDINAL_LIST_MISMATCH", "the list names " + items.size()
                            + " years and places but " + ordinals.size() + " ordinals; the ordinals are left out",
                            tail.start("ords"), tail.end("ords")));
                }
                found.add(e);
            }
        }
        return found;
    }
}
