package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.extract.CitingFunctions;
import org.wsiskg.text.ChineseNumerals;

/**
 * An extension of the Internet Governance Forum's mandate: decided by the text, or noted by it.
 *
 * <p>Accepts (either name of the forum):
 * <ul>
 *   <li>{@code 决定将因特网治理论坛的任务期限再延长五年} → extend, 5 years;</li>
 *   <li>{@code 我们将《突尼斯议程》第 72 至 78 段阐明的因特网治理论坛的现有任务又延长了 10 年} → extend, 10 years;</li>
 *   <li>{@code 决定再延长互联网治理论坛的任务期限十年} → extend, 10 years (the verb first);</li>
 *   <li>{@code 知悉…互联网治理论坛的任务期限延长至 2025 年} → notes-extension, until 2025 (the clause
 *       opens with a verb that notes, recalls or welcomes rather than decides).</li>
 * </ul>
 * An extension by a number of years runs from the end of the year the text is adopted in, since
 * the mandate has been renewed in the year it expired (2010 for 2011-2015, 2015 for 2016-2025):
 * {@code until} is the document's year plus the years, and is left out with a finding when the
 * document's year is unknown. Rejects extensions of other mandates ({@code 将工作组的任务期限延长一年})
 * and mentions of the mandate that change nothing ({@code 第 72 段规定的因特网治理论坛的任务}).
 */
public final class IgfMandateExtensionExtractor implements MandateExtractor {

    private static final String MANDATE = IgfMeetingExtractor.IGF_NAME + "的(?:现有)?任务(?:期限)?";
    private static final String LENGTH = "(?:(?<years>" + ChineseNumerals.NUMERAL + ")\\s*年|至\\s*(?<until>(?:19|20)\\d\\d)\\s*年)";
    // The space after 再 / 又 belongs to it: an optional word then white space could start a match at
    // any space, and a flood of spaces was read in quadratic time.
    private static final Pattern EXTENSION = Pattern.compile(
            MANDATE + "\\s*(?:再|又)?\\s*延长(?:了)?\\s*" + LENGTH
                    + "|(?:(?:再|又)\\s*)?延长(?:了)?\\s*" + MANDATE + "\\s*"
                    + LENGTH.replace("years", "years2").replace("until", "until2"));
    /** Clause verbs that report an extension made elsewhere rather than make one. */
    private static final Set<String> NOTING = Set.of("notes", "takes-note-of", "recalls", "reaffirms",
            "notes-with-appreciation", "welcomes", "recognizes", "acknowledges");

    @Override
    public List<MandateMatch> find(String text, EventContext context) {
        List<MandateMatch> found = new ArrayList<>();
        Matcher m = EXTENSION.matcher(text);
        CitingFunctions.InParagraph functions = CitingFunctions.in(text);
        while (m.find()) {
            boolean noting = functions.at(m.start()).filter(NOTING::contains).isPresent();
            String action = noting ? "notes-extension" : "extend";
            String length = m.group("years") != null ? m.group("years") : m.group("years2");
            String end = m.group("until") != null ? m.group("until") : m.group("until2");
            ExtensionEnd period = ExtensionEnd.of(length == null ? null : ChineseNumerals.parse(length), end, context, m.start(), m.end());
            found.add(new MandateMatch("IGF", action, period.years(), period.until(), null, null, List.of(), null, null, m.start(),
                    m.end(), period.findings()));
        }
        return found;
    }
}
