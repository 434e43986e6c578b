package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.ChineseNumerals;

/**
 * A request to the Secretary-General for a report to a session of the General Assembly, with
 * the bodies it goes through.
 *
 * <p>Accepts, within one sentence:
 * <ul>
 *   <li>{@code 请秘书长通过科学和技术促进发展委员会以及经济及社会理事会向大会第六十六届会议提交一份报告}
 *       → Secretary-General, through CSTD and ECOSOC, session 66;</li>
 *   <li>{@code 请秘书长通过经社理事会向大会第六十六届会议提交一份报告} → through ECOSOC;</li>
 *   <li>{@code 请秘书长考虑到…，通过科学和技术促进发展委员会和经济及社会理事会向大会第七十三届会议提出报告}.</li>
 * </ul>
 * Rejects {@code 邀请秘书长举行…协商} (an invitation, not this request), reports with no General
 * Assembly session ({@code 请秘书长每年向委员会提交报告}) and reports of other bodies
 * ({@code 该小组将向…委员会第二十一届会议提交一份报告}).
 */
public final class ReportRequestExtractor implements MandateExtractor {

    // What stands between 请秘书长 and 向大会 is bounded (the longest in the corpus is 344 characters): unbounded,
    // every 请秘书长 of a long sentence full of them scanned to the sentence's end, which was quadratic.
    private static final Pattern REQUEST = Pattern.compile(
            "(?<!邀)请秘书长[^。；]{0,600}?(?:通过\\s*(?<channels>[^，。；]{2,40}?)\\s*)?向大会第\\s*(?<session>"
                    + ChineseNumerals.NUMERAL + ")\\s*届会议[^。；]{0,20}?(?:提交|提出)[^。；]{0,20}?报告");
    private static final Pattern CHANNEL = Pattern.compile(
            "(?<cstd>" + CstdSessionExtractor.CSTD_NAMES + ")|(?<ecosoc>经济及社会理事会|经社理事会|经济及理事会)");

    @Override
    public List<MandateMatch> find(String text, EventContext context) {
        List<MandateMatch> found = new ArrayList<>();
        Matcher m = REQUEST.matcher(text);
        while (m.find()) {
            List<String> channels = new ArrayList<>();
            if (m.group("channels") != null) {
                Matcher c = CHANNEL.matcher(m.group("channels"));
                while (c.find()) {
                    channels.add(c.group("cstd") != null ? "CSTD" : "ECOSOC");
                }
            }
            found.add(new MandateMatch("Secretary-General", "request-report", null, null, null, "Secretary-General",
                    channels, ChineseNumerals.parse(m.group("session")), null, m.start(), m.end(), List.of()));
        }
        return found;
    }
}
