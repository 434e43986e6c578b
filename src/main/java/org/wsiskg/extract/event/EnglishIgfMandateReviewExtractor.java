package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review of whether to keep the Internet Governance Forum, in an English text, with the year it
 * is to take place.
 *
 * <p>Accepts {@code the desirability of the continuation of the Forum should be considered by the Member
 * States in the context of the ten-year review ... in 2015} → review, 2015 (the first {@code in <year>}
 * after it in its sentence, else the last year before it), {@code to review the mandate of the Internet
 * Governance Forum}, {@code a review of the IGF}. Rejects reviews of other things ({@code review of the
 * implementation of the outcomes of the World Summit}) and improving the forum ({@code improvements to
 * the Internet Governance Forum}).
 */
public final class EnglishIgfMandateReviewExtractor implements MandateExtractor {

    private static final String FORUM = "(?:the\\s{1,3})?(?:(?i:Internet\\s{1,3}Governance\\s{1,3}Forum)|IGF|Forum)\\b";
    private static final Pattern REVIEW = Pattern.compile(
            "\\bdesirability\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?continuation\\s{1,3}of\\s{1,3}" + FORUM
                    + "|\\b(?i:review(?:s|ed|ing)?)\\s{1,3}(?:of\\s{1,3})?(?:the\\s{1,3})?(?:mandate\\s{1,3}of\\s{1,3})?" + FORUM);
    private static final Pattern YEAR = Pattern.compile("\\bin\\s{1,3}(?<year>(?:19|20)\\d\\d)(?![\\d/])");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\d/])(?<year>(?:19|20)\\d\\d)(?![\\d/])");

    @Override
    public List<MandateMatch> find(String text, EventContext context) {
        List<MandateMatch> found = new ArrayList<>();
        Matcher m = REVIEW.matcher(text);
        while (m.find()) {
            int start = EnglishSentences.start(text, m.start());
            int end = EnglishSentences.end(text, m.end());
            Integer year = null;
            int from = m.start();
            int to = m.end();
            Matcher after = YEAR.matcher(text).region(m.end(), end);
            if (after.find()) {
                year = Integer.valueOf(after.group("year"));
                to = after.end();
            } else {
                Matcher before = ANY_YEAR.matcher(text).region(start, m.start());
                while (before.find()) {
                    year = Integer.valueOf(before.group("year"));
                    from = before.start();
                }
            }
            found.add(new MandateMatch("IGF", "review", null, null, year, null, List.of(), null, null, from, to, List.of()));
        }
        return found;
    }
}
