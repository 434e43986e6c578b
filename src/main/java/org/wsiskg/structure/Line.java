package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
         * an {@code https://undocs.org/...} link line printed at the foot of a page, the document's
         * symbol printed alone at the head of every page ({@code A/RES/78/132}, a bare symbol line
         * that recurs). Not text, but it stands on a page, so it counts where page breaks are found.
         */
        NOISE,
        /** Only a footnote number or an asterisk: a marker in the body, an entry number in a footnote block. */
        NUMBER,
        /** Starts with superscript digits: a footnote entry in texts that print footnotes that way. */
        SUPERSCRIPT_ENTRY,
        /** Site text around a web copy: menus, breadcrumbs, copyright and cookie notices ({@link SiteText}). */
        SITE,
        TEXT
    }

    static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern RULE = Pattern.compile("[ \\t]{20,}|[ \\t]*_{5,}[ \\t]*");
    private static final Pattern NUMBER = Pattern.compile("[ \\t]*(?:\\d{1,3}|\\*)[ \\t]*");
    private static final Pattern RECYCLING = Pattern.compile("[ \\t]*(?:请回收|Please recycle)[^\\n]*+");
    /**
     * UN job numbers: {@code 17-18842 (C)}, {@code 10-52345}, {@code GE.11-12345}, {@code GE.11-12345 (E) 210911 220911} (with
     * the dates of processing), {@code K0952728}, {@code 0952728E}. A line that goes on into words after the number is text: a
     * flattened copy puts the whole first page after it.
     */
    private static final Pattern JOB_NUMBER = Pattern.compile(
            "[ \\t]*+(?:\\d{2}-\\d{5}[ \\t]*(?:\\([A-Z]\\))?|GE\\.\\d{2}-\\d{5}[ \\t]*+(?:\\([A-Z]\\))?(?:[ \\t]*+\\d{6}){0,2}"
                    + "|[A-Z]\\d{7}|\\d{7}[A-Z])[ \\t]*+"
                    + "(?:[\\*]{0,3}[ \\t]*+\\d{7}\\*?)?[ \\t]*+");
    private static final Pattern URL_LINE = Pattern.compile("[ \\t]*+https?://undocs\\.org/\\S*+[ \\t]*+");
    /** Page counters: {@code 2/7}, {@code - 3 -}, {@code 第 3 页}, {@code Page 3 of 7}, {@code 3/13 A/RES/65/141}. */
    private static final Pattern PAGE_COUNTER = Pattern.compile(
            "[ \\t]*+(?:\\d{1,3}/\\d{1,3}|[-–][ \\t]?\\d{1,3}[ \\t]?[-–]|第[ \\t]?\\d{1,3}[ \\t]?页(?:[ \\t]?[，,/共][ \\t]?\\d{1,3}[ \\t]?页)?"
                    + "|[Pp]age[ \\t]\\d{1,3}(?:[ \\t](?:of|/)[ \\t]\\d{1,3})?)[ \\t]*+");
    /** A line holding nothing but a document symbol; when it recurs, it is a running page head. */
    private static final Pattern BARE_SYMBOL = Pattern.compile("[ \\t]*[A-Z][A-Z0-9]{0,9}(?:\\.\\d{1,4})?(?:/[A-Za-z0-9.()\\-]+)+[ \\t]*");
    private static final Pattern SUPERSCRIPT_ENTRY = Pattern.compile(
            "[ \\t]*+[" + SUPERSCRIPT_DIGITS + "]{1,3}+(?![" + SUPERSCRIPT_DIGITS + "])[ \\t]*+\\S.*+");

    /**
     * The nearest text line from {@code lines.get(i)} in direction {@code step} (-1 up, 1 down), with at most one blank
     * line between; null when the line there is no text line or is farther.
     */
    static Line nearestText(List<Line> lines, int i, int step) {
        int j = i + step;
        while (j >= 0 && j < lines.size() && lines.get(j).kind() == Kind.BLANK) {
            j += step;
        }
        if (j < 0 || j >= lines.size() || lines.get(j).kind() != Kind.TEXT
                || Math.abs(lines.get(j).index() - lines.get(i).index()) > 2) {
            return null;
        }
        return lines.get(j);
    }

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
        return SiteText.mark(withRunningHeads(lines));
    }

    /**
     * Bare symbol lines that occur more than once are page heads, not text, and so is one next to a UN job number
     * ({@code 05-48760⏎A/RES/60/1}: the foot of one PDF page and the head of the next); a bare symbol right after a
     * footnote number line is that footnote's body ({@code 5⏎A/60/687}) and stays text.
     */
    private static List<Line> withRunningHeads(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        BitSet candidates = new BitSet(lines.size());
        BitSet byJobNumber = new BitSet(lines.size());
        Kind before = Kind.BLANK;
        Line previous = null;
        for (Line l : lines) {
            if (l.kind == Kind.TEXT && BARE_SYMBOL.matcher(l.content).matches() && before != Kind.NUMBER) {
                candidates.set(l.index);
                counts.merge(l.trimmed(), 1, Integer::sum);
                if (isJobNumber(previous)) {
                    byJobNumber.set(l.index);
                }
            } else if (isJobNumber(l) && previous != null && candidates.get(previous.index)) {
                byJobNumber.set(previous.index);
            }
            if (l.kind != Kind.BLANK) {
                before = l.kind;
                previous = l;
            }
        }
        if (counts.values().stream().noneMatch(n -> n > 1) && byJobNumber.isEmpty()) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            boolean head = candidates.get(l.index) && (counts.get(l.trimmed()) > 1 || byJobNumber.get(l.index));
            out.add(head ? new Line(l.index, l.start, l.end, l.content, Kind.NOISE) : l);
        }
        return out;
    }

    private static boolean isJobNumber(Line l) {
        return l != null && l.kind == Kind.NOISE && JOB_NUMBER.matcher(l.content).matches();
    }

    static Kind classify(String content) {
        if (RULE.matcher(content).matches()) {
            return Kind.RULE;
        }
        if (content.isBlank()) {
            return Kind.BLANK;
        }
        if (furnitureOf(content) != null) {
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

    /** Why a page furniture line is not text; null for a line of any other kind. */
    Boilerplate.Reason furniture() {
        if (kind == Kind.SITE) {
            return Boilerplate.Reason.SITE_TEXT;
        }
        if (kind != Kind.NOISE) {
            return null;
        }
        Boilerplate.Reason r = furnitureOf(content);
        return r == null ? Boilerplate.Reason.RUNNING_HEADER : r;
    }

    private static Boilerplate.Reason furnitureOf(String content) {
        if (RECYCLING.matcher(content).matches()) {
            return Boilerplate.Reason.RECYCLING_NOTE;
        }
        if (JOB_NUMBER.matcher(content).matches()) {
            return Boilerplate.Reason.JOB_NUMBER;
        }
        if (URL_LINE.matcher(content).matches()) {
            return Boilerplate.Reason.URL_LINE;
        }
        if (PAGE_COUNTER.matcher(content).matches()) {
            return Boilerplate.Reason.PAGE_COUNTER;
        }
        return null;
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
