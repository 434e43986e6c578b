package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wsiskg.text.AnchoredText;

/**
 * Joins the lines of one paragraph into one anchored text and cuts out its footnote markers.
 *
 * <p>Lines are joined with nothing between them, since a Chinese sentence broken by the PDF has
 * no space at the break ({@code 2006 年 7 月 28⏎⏎日第 2006/46 号} must read {@code 28日});
 * only two Latin letters or digits meeting at a break get a space, as a broken English phrase
 * would need, and so does a Latin letter or digit after a comma, semicolon, colon or closing bracket ({@code digital age,⏎⏎and
 * 45/95}). A word hyphenated at a line end ({@code infor-⏎mation}, a lower-case letter on both sides) is joined without
 * its hyphen; {@code A/65/64-⏎E/2010/12} and {@code follow-⏎Up} keep theirs.
 */
final class LineJoiner {

    record Joined(AnchoredText text, List<FootnoteMarker> markers) {
    }

    private LineJoiner() {
    }

    static Joined join(AnchoredText doc, List<Line> lines, Set<String> footnoteNumbers, char afterLast) {
        AnchoredText.Builder out = doc.toBuilder();
        List<FootnoteMarker> markers = new ArrayList<>();
        boolean joinWord = false;
        for (int li = 0; li < lines.size(); li++) {
            Line line = lines.get(li);
            if (line.kind() == Line.Kind.NUMBER) {
                markers.add(new FootnoteMarker(line.trimmed(), out.length(),
                        doc.originalSpan(line.contentStart(), line.contentEnd())));
                continue;
            }
            int from = line.contentStart();
            int to = line.contentEnd();
            if (from >= to) {
                continue;
            }
            char next = nextStart(lines, li, doc, afterLast);
            boolean hyphenated = to - from >= 2 && doc.charAt(to - 1) == '-' && isLowerLatin(doc.charAt(to - 2)) && isLowerLatin(next);
            if (hyphenated) {
                // infor-⏎mation: the hyphen is the PDF's, not the word's; it is left out and the lines meet without a space.
                to--;
            }
            String content = doc.toString().substring(from, to);
            List<MarkerFinder.Found> found = MarkerFinder.find(content, footnoteNumbers, next);
            if (out.length() > 0 && !joinWord && needsSpace(out, doc.charAt(from))) {
                out.insert(doc, from, " ");
            }
            int cursor = from;
            for (MarkerFinder.Found f : found) {
                out.append(doc, cursor, from + f.start());
                markers.add(new FootnoteMarker(f.number(), out.length(), doc.originalSpan(from + f.start(), from + f.end())));
                cursor = from + f.end();
            }
            out.append(doc, cursor, to);
            joinWord = hyphenated;
        }
        return new Joined(out.build(), markers);
    }

    private static char nextStart(List<Line> lines, int li, AnchoredText doc, char afterLast) {
        for (int k = li + 1; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.kind() == Line.Kind.TEXT && l.contentStart() < l.contentEnd()) {
                return doc.charAt(l.contentStart());
            }
        }
        return afterLast;
    }

    private static boolean needsSpace(AnchoredText.Builder out, char next) {
        char last = out.lastChar();
        return (isLatinOrDigit(last) || ",;:)".indexOf(last) >= 0) && isLatinOrDigit(next);
    }

    private static boolean isLowerLatin(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
