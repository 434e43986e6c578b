package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.DateRange;

/**
 * The General Assembly's high-level meeting on the overall review of the implementation of the WSIS
 * outcomes (New York, 15-16 December 2015), in an English text, when the words after it date it.
 *
 * <p>Accepts {@code the high-level meeting of the General Assembly on the overall review of the implementation
 * of the outcomes of the World Summit on the Information Society, held in New York on 15 and 16 December 2015}
 * and {@code the high-level meeting on the overall review ..., held on 15 and 16 December 2015}. Rejects the
 * meeting's outcome document cited with no date, or with the date of the resolution adopting it
 * ({@code the outcome document of the high-level meeting ... (resolution 70/125 of 16 December 2015)}), and
 * other high-level meetings ({@code the high-level plenary meeting on the Millennium Development Goals}).
 */
public final class EnglishReviewMeetingExtractor implements EventExtractor {

    private static final Pattern MEETING = Pattern.compile(
            "\\bhigh-level\\s{1,3}(?:plenary\\s{1,3})?meeting\\s{1,3}(?:of\\s{1,3}the\\s{1,3}General\\s{1,3}Assembly\\s{1,3})?"
                    + "on\\s{1,3}the\\s{1,3}overall\\s{1,3}review\\s{1,3}of\\s{1,3}the\\s{1,3}implementation\\s{1,3}of\\s{1,3}the"
                    + "\\s{1,3}outcomes?\\s{1,3}of\\s{1,3}the\\s{1,3}World\\s{1,3}Summit\\s{1,3}on\\s{1,3}the\\s{1,3}Information"
                    + "\\s{1,3}Society", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    public EnglishReviewMeetingExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        EnglishSetting setting = new EnglishSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher m = MEETING.matcher(text);
        while (m.find()) {
            int end = setting.descriptionEnd(m.end(), text.length());
            DateRange date = setting.dateIn(m.end(), end).orElse(null);
            if (date == null) {
                continue;
            }
            found.add(setting.event("wsis-review-meeting", null, null, m.start(), m.end(), date,
                    setting.venueIn(m.end(), end).orElse(null)));
        }
        return found;
    }
}
