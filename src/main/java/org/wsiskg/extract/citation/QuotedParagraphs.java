package org.wsiskg.extract.citation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.structure.ParagraphKind;

/**
 * A numbered paragraph quoted right under the title of the instrument it comes from, as compilations and mails quote one: the
 * paragraph before ends with the title, and this one opens with the quoted paragraph's number.
 *
 * <p>Accepts, with kind paragraph, the number quoted as the citation:
 * <ul>
 *   <li>{@code • Tunis Agenda ( 18 November 2005 )} / {@code 105. We request that ECOSOC oversees ...} (the title, with its date
 *       in brackets);</li>
 *   <li>{@code This is the relevant section from the "Tunis Agenda":} / {@code 105.     We request ...} (the title in quotes,
 *       then a colon);</li>
 *   <li>{@code 《信息社会突尼斯议程》：} / {@code 105. 我们请求经社理事会 ...}.</li>
 * </ul>
 * Rejects: a first paragraph ({@code Tunis Agenda for the Information Society} / {@code 1. We, the representatives ...} is the
 * text of the instrument itself, whose own numbered paragraphs are no citations), a paragraph before that goes on after the title
 * ({@code We recall the Tunis Agenda and its follow-up.} / {@code 2. Decides ...}: the citing text's own paragraph), and a title
 * that names the citing text itself, and a resolution's own preambular and operative paragraphs ({@code Recalling the Tunis
 * Agenda} / {@code 2. Decides ...}).
 */
public final class QuotedParagraphs {

    /** What may follow the title at the end of the paragraph before: its date in brackets, a closing quote, a colon. */
    private static final Pattern TITLE_ENDS_PARAGRAPH = Pattern.compile(
            "\\s{0,3}(?:[(（][^()（）]{0,40}[)）])?\\s{0,3}[\"”’」》]?\\s{0,3}[:：]?\\s{0,3}");
    /** The quoted paragraph's number, opening the paragraph: {@code 105. We ...}. */
    private static final Pattern NUMBER_OPENS = Pattern.compile("\\s{0,6}(?<n>\\d{1,3})\\s{0,2}[.．](?!\\d)\\s{1,8}(?=\\S)");

    private QuotedParagraphs() {
    }

    /**
     * The paragraph of an instrument that {@code paragraph} quotes, given the paragraph right before it and the citations read
     * there; empty when it quotes none.
     */
    public static Optional<ReferenceMatch> quotedIn(Paragraph before, List<ReferenceMatch> citedBefore, Paragraph paragraph) {
        if (before == null || paragraph.kind() != ParagraphKind.BODY || before.kind() == ParagraphKind.PREAMBULAR) {
            return Optional.empty(); // a resolution's own preambular and operative paragraphs quote nothing
        }
        String previous = before.text().toString();
        Matcher number = NUMBER_OPENS.matcher(paragraph.text().toString());
        if (!number.lookingAt() || Integer.parseInt(number.group("n")) < 2) {
            return Optional.empty();
        }
        for (ReferenceMatch m : citedBefore) {
            if (m.kind().equals("instrument") && m.target() != null
                    && TITLE_ENDS_PARAGRAPH.matcher(previous).region(m.end(), previous.length()).matches()) {
                return Optional.of(new ReferenceMatch("paragraph", m.target(), Integer.valueOf(number.group("n")),
                        number.start("n"), number.end("n") + 1, m.title()));
            }
        }
        return Optional.empty();
    }
}
