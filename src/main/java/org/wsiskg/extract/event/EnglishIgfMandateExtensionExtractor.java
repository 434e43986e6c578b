package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.EnglishNumerals;

/**
 * An extension of the Internet Governance Forum's mandate in an English text: decided by it, or
 * reported by it.
 *
 * <p>Accepts ({@code the Internet Governance Forum}, {@code the IGF}, or {@code the Forum}):
 * <ul>
 *   <li>{@code Decides to extend the mandate of the Internet Governance Forum for another five years} → extend, 5;</li>
 *   <li>{@code we extend the existing mandate of the Internet Governance Forum as set out in paragraphs 72 to 78
 *       of the Tunis Agenda for a further 10 years} → extend, 10;</li>
 *   <li>{@code the mandate of the Forum should be extended for ten years} → extend, 10;</li>
 *   <li>{@code Notes that the mandate of the Internet Governance Forum was extended until 2025} → notes-extension,
 *       until 2025 (a clause opening with a verb that notes, recalls or welcomes; or a past extension,
 *       {@code was extended}, {@code extended the mandate}, that the clause does not decide).</li>
 * </ul>
 * As in the Chinese texts, an extension by a number of years ends that many years after the year the
 * text is adopted in (MANDATE_END_UNKNOWN when that year is unknown). Rejects other mandates
 * ({@code extend the mandate of the working group for one year}) and mentions that change nothing
 * ({@code the mandate of the Forum as set out in paragraph 72}).
 */
public final class EnglishIgfMandateExtensionExtractor implements MandateExtractor {

    private static final String FORUM = "(?:the\\s{1,3})?(?:(?i:Internet\\s{1,3}Governance\\s{1,3}Forum)|IGF|Forum)";
    private static final String LENGTH = "(?:for\\s{1,3}(?:another|a\\s{1,3}further|an\\s{1,3}additional|a\\s{1,3}(?:further\\s{1,3})?period"
            + "\\s{1,3}of)?\\s{0,3}(?<years>(?i:" + EnglishNumerals.CARDINAL + "))[\\s-]{1,3}(?:more\\s{1,3})?years?"
            + "|(?:until|to|through)\\s{1,3}(?:the\\s{1,3}end\\s{1,3}of\\s{1,3})?(?<until>(?:19|20)\\d\\d))";
    private static final Pattern EXTENSION = Pattern.compile(
            "\\b(?<verb>extend(?:s|ed|ing)?)\\s{1,3}(?:further\\s{1,3})?the\\s{1,3}(?:existing\\s{1,3})?mandate\\s{1,3}of\\s{1,3}"
                    + FORUM + "[^.;]{0,100}?" + LENGTH
                    + "|\\bmandate\\s{1,3}of\\s{1,3}" + FORUM + "[^.;]{0,40}?\\b(?<passive>(?:be|been|was|is|being|were)\\s{1,3}"
                    + "(?:further\\s{1,3})?(?:extended|renewed))\\s{1,3}"
                    + LENGTH.replace("<years>", "<years2>").replace("<until>", "<until2>"));
    /** A clause that reports an extension made elsewhere: it opens with a verb that notes, recalls or welcomes. */
    private static final Pattern NOTING = Pattern.compile(
            "(?i)^\\s{0,3}(?:\\d{1,3}\\.\\s{0,3})?(?:\\p{L}{1,20}ly\\s{1,3}|also\\s{1,3}|further\\s{1,3})?(?:notes?|noting|recall(?:s|ing)?"
                    + "|welcom(?:es|ing)|reaffirm(?:s|ing)?|recogniz(?:es|ing)|recognis(?:es|ing)|acknowledg(?:es|ing)|tak(?:es|ing)\\s{1,3}note)\\b");
    private static final Pattern OPENS_DECIDING = Pattern.compile(
            "(?i)\\s{0,3}(?:\\d{1,3}\\.\\s{0,3})?(?:\\p{L}{1,20}ly\\s{1,3}|also\\s{1,3}|further\\s{1,3})?decides?\\b");
    private static final Pattern DECIDES = Pattern.compile("\\b(?i:decides?|decided\\s{1,3}to\\s{1,3}extend|we\\s{1,3}extend)\\b");

    @Override
    public List<MandateMatch> find(String text, EventContext context) {
        List<MandateMatch> found = new ArrayList<>();
        Matcher m = EXTENSION.matcher(text);
        while (m.find()) {
            boolean past = m.group("verb") != null ? m.group("verb").equals("extended")
                    : !m.group("passive").matches("(?:be|being)\\s{1,3}.*");
            String before = text.substring(EnglishSentences.start(text, m.start()), m.start());
            boolean noting = NOTING.matcher(text).lookingAt() || past && !DECIDES.matcher(before).find()
                    && !OPENS_DECIDING.matcher(text).lookingAt();
            String length = m.group("years") != null ? m.group("years") : m.group("years2");
            String end = m.group("until") != null ? m.group("until") : m.group("until2");
            ExtensionEnd period = ExtensionEnd.of(length == null ? null : EnglishNumerals.cardinal(length), end, context, m.start(), m.end());
            found.add(new MandateMatch("IGF", noting ? "notes-extension" : "extend", period.years(), period.until(), null, null, List.of(),
                    null, null, m.start(), m.end(), period.findings()));
        }
        return found;
    }
}
