package org.wsiskg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where each citation stands in its paragraph's text. A citation's quote is the span of
 * source text it was read from, line breaks and all, while the paragraph text has its lines
 * joined; so a quote is matched with whitespace ignored. Quotes are looked for in the order the
 * citations occur, each after the previous one, so the same words cited twice mark twice.
 * A quote that is not in the text (a citation read from a footnote) gets no mark.
 */
final class CitationMarks {

    /** A marked stretch of text, {@code [start, end)}, standing for the citation {@code index}. */
    record Mark(int start, int end, int index) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！？!?]");

    private CitationMarks() {
    }

    /** Marks for {@code quotes} (in citation order) in {@code text}, in text order, not overlapping. */
    static List<Mark> find(String text, List<String> quotes) {
        List<Mark> marks = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < quotes.size(); i++) {
            Pattern p = pattern(quotes.get(i));
            if (p == null) {
                continue;
            }
            Matcher m = p.matcher(text);
            boolean found = m.find(from) || m.find(0);
            if (!found) {
                continue;
            }
            Mark mark = new Mark(m.start(), m.end(), i);
            if (marks.stream().noneMatch(o -> o.start() < mark.end() && mark.start() < o.end())) {
                marks.add(mark);
                from = m.end();
            }
        }
        marks.sort(java.util.Comparator.comparingInt(Mark::start));
        return marks;
    }

    /** The sentence of {@code text} around {@code [start, end)}: from after the last sentence end before it to the next one. */
    static int[] sentence(String text, int start, int end) {
        int from = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find() && m.end() <= start) {
            from = m.end();
        }
        Matcher after = SENTENCE_END.matcher(text);
        int to = after.find(end) ? after.end() : text.length();
        return new int[] {from, to};
    }

    private static Pattern pattern(String quote) {
        StringBuilder b = new StringBuilder();
        quote.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> {
            if (b.length() > 0) {
                b.append("\\s*");
            }
            b.append(Pattern.quote(new String(Character.toChars(c))));
        });
        return b.length() == 0 ? null : Pattern.compile(b.toString());
    }
}
