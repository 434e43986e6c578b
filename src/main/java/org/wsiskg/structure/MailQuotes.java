package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Span;

/**
 * The quotation marks of a mailing-list archive: a message quoting another sets {@code >} (or {@code > >} for a quote within a
 * quote) before each line it quotes. The marks are no text, and a quoted paragraph's lines, once the marks are set apart, are
 * one paragraph again ({@code > the Tunis Agenda for the⏎> Information Society called for ...}). A text is read as an archive
 * when at least {@value #FEWEST_QUOTED_LINES} of its lines open with the mark; a lone line that starts with {@code >} (a
 * breadcrumb, an arrow) is left as it is.
 */
final class MailQuotes {

    private static final int FEWEST_QUOTED_LINES = 3;
    private static final Pattern MARKS = Pattern.compile("(?:[ \\t]{0,3}>)+[ \\t]?");

    /** The lines with the marks set apart, and where the marks stand (each a piece of boilerplate). */
    record Stripped(List<Line> lines, List<Span> marks) {
    }

    private MailQuotes() {
    }

    static Stripped strip(AnchoredText text, List<Line> lines) {
        int quoted = 0;
        for (Line l : lines) {
            if (MARKS.matcher(l.content()).lookingAt()) {
                quoted++;
            }
        }
        if (quoted < FEWEST_QUOTED_LINES) {
            return new Stripped(lines, List.of());
        }
        List<Line> out = new ArrayList<>(lines.size());
        List<Span> marks = new ArrayList<>();
        for (Line l : lines) {
            Matcher m = MARKS.matcher(l.content());
            if (!m.lookingAt()) {
                out.add(l);
                continue;
            }
            marks.add(text.originalSpan(l.start(), l.start() + m.end()));
            String rest = l.content().substring(m.end());
            out.add(new Line(l.index(), l.start() + m.end(), l.end(), rest, Line.classify(rest)));
        }
        return new Stripped(out, marks);
    }
}
