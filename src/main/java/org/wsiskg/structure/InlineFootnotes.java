package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Language;

/**
 * Sets apart the footnotes a web copy writes right after their markers ({@code …议题，1 第56/183号决议。接着…},
 * {@code 报告¹⁰ A/67/65-E/2012/48 和 Corr.1。所载}, {@code ...on the issue,1Resolutions 56/183, 57/238 and 75/202. Then}).
 * The body is moved to a footnote line of its own after the line it stands in (its characters keep their anchors, so every span
 * still quotes the file), the marker stays where it is, and the line reads as the paper copy does.
 *
 * <p>Accepted: a marker (superscript digits anywhere; one or two digits glued to a Chinese character or to closing punctuation,
 * or, in English, to a comma, period or closing quote after a word, {@code OEWG,4A/77/275}) followed by a body that opens the way footnotes open (见, 参见, 另见, 第 …
 * 号决议, a document symbol; See, Resolution(s), Decision(s), General Assembly resolution, Official Records, a symbol) and ends at
 * its first 。 (English: a period followed by white space or the line end) within {@value #LONGEST_BODY} characters.
 * Rejected: a number that already has a footnote elsewhere in the text (then it is a marker only), a number of its sentence
 * ({@code 第 72 段}, {@code 2 个}; the rules of {@link MarkerFinder}), and text after a marker that opens as prose
 * ({@code 《世界人权宣言》，³ 在此社会中}).
 */
final class InlineFootnotes {

    private static final int LONGEST_BODY = 400;
    private static final String SYMBOL = "[A-Z]{1,6}(?:\\.\\d{1,3})?/[A-Za-z0-9]";
    private static final Pattern ZH = Pattern.compile(
            "([" + Line.SUPERSCRIPT_DIGITS + "]{1,3}|(?<=[\\p{IsHan}》”」）)，,；;。、])\\d{1,2}(?![\\d./:\\-]))[ \\t]*"
                    + "(?=(?:见|参见|另见|第[ \\t]*[\\dA-Z]|" + SYMBOL + "))");
    private static final Pattern EN = Pattern.compile(
            "([" + Line.SUPERSCRIPT_DIGITS + "]{1,3}|(?<=[A-Za-z][,.;:\"”’)])\\d{1,2}(?![\\d./:\\-]))[ \\t]*"
                    + "(?=(?:See |Resolutions? |Decisions? |General Assembly |Economic and Social Council |Official Records|"
                    + SYMBOL + "))");
    private static final Pattern EN_BODY_END = Pattern.compile("\\.(?=[ \\t]|$)");

    private InlineFootnotes() {
    }

    /** The text with its inline footnotes on lines of their own; the text itself when it has none. */
    static AnchoredText setApart(AnchoredText text, Language language) {
        String s = text.toString();
        Set<String> entries = numbersWithEntries(s);
        Pattern marker = language == Language.ZH ? ZH : EN;
        List<int[]> notes = new ArrayList<>();
        Matcher m = marker.matcher(s);
        while (m.find()) {
            String number = m.group(1).chars().allMatch(Character::isDigit)
                    ? String.valueOf(Integer.parseInt(m.group(1))) : MarkerFinder.fromSuperscript(m.group(1));
            int bodyStart = m.end();
            int bodyEnd = bodyEnd(s, bodyStart, language);
            boolean superscript = !Character.isDigit(m.group(1).charAt(0));
            if (entries.contains(number) || bodyEnd < 0
                    || !superscript && !MarkerFinder.numberOfNoSentence(s, m.start(1), m.end(1), '\0')) {
                continue;
            }
            notes.add(new int[] {m.end(1), bodyStart, bodyEnd, Integer.parseInt(number)});
            m.region(bodyEnd, s.length());
        }
        if (notes.isEmpty()) {
            return text;
        }
        AnchoredText.Builder out = text.toBuilder();
        int cursor = 0;
        int k = 0;
        while (k < notes.size()) {
            int lineEnd = s.indexOf('\n', notes.get(k)[0]);
            lineEnd = lineEnd < 0 ? s.length() : lineEnd;
            List<int[]> inLine = new ArrayList<>();
            while (k < notes.size() && notes.get(k)[0] < lineEnd) {
                inLine.add(notes.get(k++));
            }
            for (int[] n : inLine) {
                out.append(text, cursor, n[0]);
                cursor = n[2];
            }
            out.append(text, cursor, lineEnd);
            for (int[] n : inLine) {
                // The footnote's number, written the way footnote lines of web copies write it, at an empty point.
                out.insert(text, n[1], "\n\n" + superscript(n[3]) + " ");
                out.append(text, n[1], n[2]);
            }
            if (lineEnd < s.length()) {
                out.insert(text, lineEnd, "\n");
            }
            cursor = lineEnd;
        }
        out.append(text, cursor, s.length());
        return out.build();
    }

    /** Where a body starting at {@code from} ends (after its full stop), or -1 when it does not end soon enough. */
    private static int bodyEnd(String s, int from, Language language) {
        int limit = Math.min(s.length(), from + LONGEST_BODY);
        int newline = s.indexOf('\n', from);
        if (newline >= 0 && newline < limit) {
            limit = newline;
        }
        if (language == Language.ZH) {
            int stop = s.indexOf('。', from);
            return stop >= 0 && stop < limit ? stop + 1 : -1;
        }
        Matcher m = EN_BODY_END.matcher(s).region(from, limit);
        return m.find() ? m.end() : -1;
    }

    /** Footnote numbers that have an entry of their own: a line opening with its number in superscript or after a rule. */
    private static Set<String> numbersWithEntries(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^[ \\t]*([" + Line.SUPERSCRIPT_DIGITS + "]{1,3}|\\d{1,3})(?:[ \\t]+\\S|[ \\t]*$)").matcher(s);
        while (m.find()) {
            String g = m.group(1);
            out.add(Character.isDigit(g.charAt(0)) && g.chars().allMatch(c -> c < 128)
                    ? String.valueOf(Integer.parseInt(g)) : MarkerFinder.fromSuperscript(g));
        }
        return out;
    }

    private static String superscript(int number) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            b.append(Line.SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }
}
