package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.EnglishNumerals;

/**
 * A request to the Secretary-General, in an English text, for a report to a session of the General
 * Assembly, with the bodies it goes through.
 *
 * <p>Accepts, within one sentence:
 * <ul>
 *   <li>{@code Requests the Secretary-General to submit to the General Assembly at its sixty-sixth session,
 *       through the Commission on Science and Technology for Development and the Economic and Social
 *       Council, a report on the implementation of the present resolution} → CSTD, ECOSOC, session 66;</li>
 *   <li>{@code Requests the Secretary-General to submit, through the Economic and Social Council, a report ...
 *       to the General Assembly at its seventieth session} → ECOSOC, session 70;</li>
 *   <li>{@code requests the Secretary-General to report to the General Assembly at its seventy-first session}.</li>
 * </ul>
 * Rejects invitations ({@code Invites the Secretary-General to convene consultations}), reports to no
 * Assembly session ({@code Requests the Secretary-General to report annually to the Commission}) and reports
 * of other bodies ({@code the working group will submit a report to the Commission at its twenty-first session}).
 */
public final class EnglishReportRequestExtractor implements MandateExtractor {

    private static final Pattern REQUEST = Pattern.compile(
            "\\b(?i:requests|requesting|request|asks)\\s{1,3}the\\s{1,3}Secretary-General\\s{1,3}(?:[^.;]{0,120}?\\s)?to\\s{1,3}"
                    + "(?:submit|report|present|prepare)\\b");
    private static final Pattern SESSION = Pattern.compile(
            "General\\s{1,3}Assembly\\s{1,3}at\\s{1,3}its\\s{1,3}(?<session>(?i:" + EnglishNumerals.ORDINAL + "))\\s{1,3}session");
    private static final Pattern REPORT = Pattern.compile("\\b(?:report|reports)\\b");
    private static final Pattern THROUGH = Pattern.compile("\\bthrough\\s{1,3}(?<bodies>[^;]{2,160}?)(?=,|\\s{1,3}(?:a|an|to|its|the\\s{1,3}General)\\s|$)");
    private static final Pattern CHANNEL = Pattern.compile(
            "(?<cstd>" + EnglishCstdSessionExtractor.CSTD_NAME + ")|(?<ecosoc>Economic\\s{1,3}and\\s{1,3}Social\\s{1,3}Council|ECOSOC)");

    @Override
    public List<MandateMatch> find(String text, EventContext context) {
        List<MandateMatch> found = new ArrayList<>();
        Matcher m = REQUEST.matcher(text);
        while (m.find()) {
            int end = EnglishSentences.end(text, m.end());
            Matcher session = SESSION.matcher(text).region(m.end(), end);
            if (!session.find() || !REPORT.matcher(text).region(m.start(), end).find()) {
                continue;
            }
            List<String> channels = new ArrayList<>();
            Matcher through = THROUGH.matcher(text).region(m.end(), end);
            int to = session.end();
            if (through.find()) {
                to = Math.max(to, through.end());
                Matcher c = CHANNEL.matcher(through.group("bodies"));
                while (c.find()) {
                    channels.add(c.group("cstd") != null ? "CSTD" : "ECOSOC");
                }
            }
            found.add(new MandateMatch("Secretary-General", "request-report", null, null, null, "Secretary-General",
                    channels, EnglishNumerals.ordinal(session.group("session")), null, m.start(), to, List.of()));
        }
        return found;
    }
}
