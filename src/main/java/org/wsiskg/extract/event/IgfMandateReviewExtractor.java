package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review of whether to keep the Internet Governance Forum, with the year it is to take place.
 *
 * <p>Accepts {@code 决定会员国在大会 2015 年对…进行十年审查期间再次审议维持因特网治理论坛的可取性}
 * → review, 2015 (the year written before it in its sentence), and
 * {@code 审查因特网治理论坛的任务} / {@code 审议延续互联网治理论坛的问题}. Rejects reviews of
 * other things ({@code 审查世界首脑会议成果的执行情况}) and improving the forum
 * ({@code 审议如何改进因特网治理论坛}).
 */
public final class IgfMandateReviewExtractor implements MandateExtractor {

    private static final Pattern REVIEW = Pattern.compile(
            "(?:审议|审查)\\s*(?:维持|延续)?\\s*" + IgfMeetingExtractor.IGF_NAME + "\\s*的\\s*(?:可取性|任务|问题)");
    private static final Pattern YEAR = Pattern.compile("(?<year>(?:19|20)\\d\\d)\\s*年");

    @Override
    public List<MandateMatch> find(String text, EventContext context) {
        List<MandateMatch> found = new ArrayList<>();
        Matcher m = REVIEW.matcher(text);
        while (m.find()) {
            int sentence = Math.max(text.lastIndexOf('。', m.start()), text.lastIndexOf('；', m.start())) + 1;
            Matcher y = YEAR.matcher(text).region(sentence, m.start());
            Integer year = null;
            int from = m.start();
            while (y.find()) {
                year = Integer.valueOf(y.group("year"));
                from = y.start();
            }
            found.add(new MandateMatch("IGF", "review", null, null, year, null, List.of(), null, null,
                    Math.min(from, m.start()), m.end(), List.of()));
        }
        return found;
    }
}
