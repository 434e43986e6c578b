package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.wsiskg.text.AnchoredText;

/** One line of the normalised text, {@code [start, end)} without its newline, with its kind. */
record Line(int index, int start, int end, String content, Kind kind) {

    enum Kind {
        /** Nothing but a few spaces. */
        BLANK,
        /** A footnote rule: a long run of spaces or underscores. */
        RULE,
        /**
         * Page furniture: the recycling-logo header (请回收 ...), a UN job number ({@code 17-18842 (C)}),
         * an {@code https://undocs.org/...} link line printed at the foot of a page. Not text, but it
         * stands on a page, so it counts where page breaks are found.
         */
        NOISE,
        /** Only a footnote number or an asterisk: a marker in the body, an entry number in a footnote block. */
        NUMBER,
        /** Starts with superscript digits: a footnote entry in texts that print footnotes that way. */
        SUPERSCRIPT_ENTRY,
        TEXT
    }

    static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern RULE = Pattern.compile("[ \\t]{20,}|[ \\t]*_{5,}[ \\t]*");
    private static final Pattern NUMBER = Pattern.compile("[ \\t]*(?:\\d{1,3}|\\*)[ \\t]*");
    private static final Pattern NOISE = Pattern.compile(
            "[ \\t]*(?:请回收.*|\\d{2}-\\d{5}[ \\t]*(?:\\([A-Z]\\))?|GE\\.\\d{2}-\\d{5}.*|https?://undocs\\.org/\\S*)[ \\t]*");
    private static final Pattern SUPERSCRIPT_ENTRY = Pattern.compile("[ \\t]*[" + SUPERSCRIPT_DIGITS + "]+[ \\t]*\\S.*");

    static List<Line> split(AnchoredText text) {
        List<Line> lines = new ArrayList<>();
        String s = text.toString();
        int start = 0;
        while (start <= s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            String content = s.substring(start, end);
            lines.add(new Line(lines.size(), start, end, content, classify(content)));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    private static Kind classify(String content) {
        if (RULE.matcher(content).matches()) {
            return Kind.RULE;
        }
        if (content.isBlank()) {
            return Kind.BLANK;
        }
        if (NOISE.matcher(content).matches()) {
            return Kind.NOISE;
        }
        if (NUMBER.matcher(content).matches()) {
            return Kind.NUMBER;
        }
        if (SUPERSCRIPT_ENTRY.matcher(content).matches()) {
            return Kind.SUPERSCRIPT_ENTRY;
        }
        return Kind.TEXT;
    }

    String trimmed() {
        return content.strip();
    }

    boolean indented() {
        return !content.isEmpty() && Character.isWhitespace(content.charAt(0));
    }

    /** Start of the content without its leading white space. */
    int contentStart() {
        int i = 0;
        while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        return start + i;
    }

    /** End of the content without its trailing white space. */
    int contentEnd() {
        int i = content.length();
        while (i > 0 && Character.isWhitespace(content.charAt(i - 1))) {
            i--;
        }
        return start + Math.max(i, 0);
    }
}
