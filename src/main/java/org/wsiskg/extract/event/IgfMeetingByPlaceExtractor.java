package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.DateRange;

/**
 * One IGF meeting named by its venue and its year right next to the forum's name, or with only 举办的 / 举行的
 * between, as news items and blog posts write it: the venue before the year
 * ({@code 于挪威利勒斯特伦2025年联合国互联网治理论坛(IGF)期间}), the year before the venue
 * ({@code 2018年巴黎IGF}), or a year counted from the text's date ({@code 去年巴黎IGF} in a post
 * dated 2019: the 2018 meeting; 今年, 明年, 前年 likewise; {@code 在去年在埃及舉辦的 IGF 中}, a country for a venue), or the date right
 * before the venue and 召开的 / 举办的 / 举行的 before the name ({@code 12月6-9日在墨西哥瓜达拉哈拉召开的联合国互联网治理论坛}, the year the
 * date takes from the text before it). The venue must be one the gazetteer
 * knows, since nothing else in these forms says that the characters before the name are a place.
 *
 * <p>Rejects: a venue the gazetteer does not know ({@code 去年我们IGF}, {@code 于会议2025年…}), a
 * relative year in a text with no date ({@code 去年巴黎IGF} alone), and national or regional initiatives named after
 * the venue's country ({@code 去年在非洲举办的 非洲IGF}: {@link ForumInitiatives}). {@link IgfMeetingExtractor} reads the
 * forms with 会议 or an ordinal after the name.
 */
public final class IgfMeetingByPlaceExtractor implements EventExtractor {

    private static final String PLACE = "[\\p{IsHan}·]{2,12}?";
    /** A place after 在 with no date in it: 在去年在埃及舉辦的 is read from its second 在. */
    private static final String PLACE_ALONE = "[\\p{IsHan}·&&[^在于於年]]{2,12}?";
    /** The forum's name after the venue: right after it, or after 举办的 / 举行的 ({@code 去年在埃及举办的 IGF}). */
    private static final String NAME = "(?:\\s*(?:举办|举行|召开|舉辦|舉行|召開))?(?:的)?\\s*(?:联合国|聯合國)?\\s*(?:"
            + IgfMeetingExtractor.IGF_NAME + "|IGF)";
    private static final Pattern BY_PLACE = Pattern.compile(
            "(?:在|于|於)\\s*(?<placeFirst>" + PLACE + ")\\s*(?<yearAfter>(?:19|20)\\d\\d)\\s*年\\s*" + NAME
                    + "|(?<yearFirst>(?:19|20)\\d\\d)\\s*年\\s*(?:在|于|於)?\\s*(?<placeAfter>" + PLACE + ")\\s*" + NAME
                    + "|(?<relative>去年|今年|明年|前年)\\s*(?:在|于|於)?\\s*(?<placeRelative>" + PLACE + ")\\s*" + NAME
                    + "|(?<dated>(?:在|于|於)\\s*(?<placeDated>" + PLACE_ALONE + ")\\s*(?:举办|举行|召开|舉辦|舉行|召開)的\\s*(?:联合国|聯合國)?\\s*(?:"
                    + IgfMeetingExtractor.IGF_NAME + "|IGF)(?!\\s*(?:第|年会|年會|会议|會議)))");

    private final Gazetteer gazetteer;

    public IgfMeetingByPlaceExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A date that ends right before {@code at} ({@code 12月6-9日在墨西哥瓜达拉哈拉召开的…}), or null. */
    private static DateRange dateRightBefore(ParagraphSetting setting, int at) {
        List<DateRange> before = setting.dates(Math.max(0, at - 40), at);
        if (before.isEmpty()) {
            return null;
        }
        DateRange last = before.get(before.size() - 1);
        return setting.text().substring(last.to(), at).isBlank() ? last : null;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        ParagraphSetting setting = new ParagraphSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher m = BY_PLACE.matcher(text);
        while (m.find()) {
            String placeGroup = m.group("placeFirst") != null ? "placeFirst" : m.group("placeAfter") != null ? "placeAfter"
                    : m.group("placeRelative") != null ? "placeRelative" : "placeDated";
            Optional<Place> place = gazetteer.lookup(m.group(placeGroup));
            DateRange date = m.group("dated") != null ? dateRightBefore(setting, m.start()) : null;
            Integer year = m.group("yearAfter") != null ? Integer.valueOf(m.group("yearAfter"))
                    : m.group("yearFirst") != null ? Integer.valueOf(m.group("yearFirst"))
                    : m.group("relative") != null ? IgfMeetingExtractor.relativeYear(m.group("relative"), context.textYear())
                    : date == null ? null : date.year();
            if (place.isEmpty() || year == null) {
                continue;
            }
            if (m.group("yearFirst") != null && IgfMeetingExtractor.listItemsBefore(setting, m.start()) >= 2) {
                continue; // the last item of a list of meetings (…、2010 年在维尔纽斯举行因特网治理论坛…), which the list extractor reads
            }
            Venue venue = new Venue(place.get(), m.start(placeGroup), m.end(placeGroup));
            found.add(setting.event("igf-meeting", null, year, date != null ? date.from() : m.start(), m.end(), date, venue));
        }
        return found;
    }
}
