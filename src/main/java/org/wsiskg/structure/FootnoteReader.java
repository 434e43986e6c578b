package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds footnote bodies. Two layouts occur:
 * <ul>
 *   <li>a rule line (a long run of spaces or underscores) opens a block that runs to the end of
 *       the page; in it each footnote starts with its number, alone on a line ({@code 1⏎ 见
 *       A/C.2/59/3，附件。}) or before its text ({@code  1 见 A/C.2/59/3，附件。}, {@code * 代表
 *       ...}); following lines continue it;</li>
 *   <li>a line that starts with superscript digits ({@code ¹ 第 56/183 ... 号决议。}) is one
 *       footnote wherever it stands.</li>
 * </ul>
 * A number written before text only opens a new footnote when it is the next number in the
 * block, so a wrapped line that happens to start with a number stays with its footnote.
 */
final class FootnoteReader {

    /** One footnote: its number, the lines of its body (the number cut off), its page. */
    record Entry(String number, List<Line> body, int page, int firstLine) {
    }

    record Result(List<Entry> entries, BitSet consumed) {
    }

    private static final Pattern NUMBER_BEFORE_TEXT = Pattern.compile("^([ \\t]*)(\\d{1,3}|\\*)[ \\t]+(?=\\S)");
    private static final Pattern SUPERSCRIPT_LEAD = Pattern.compile("^[ \\t]*+([" + Line.SUPERSCRIPT_DIGITS + "]{1,3}+)[ \\t]*+");

    private FootnoteReader() {
    }

    static Result read(List<Line> lines, Pages pages) {
        List<Entry> entries = new ArrayList<>();
        BitSet consumed = new BitSet(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == Line.Kind.RULE) {
                consumed.set(i);
                int end = pages.lastLineOfPage(i + 1);
                readBlock(lines, i + 1, end, pages, entries, consumed);
                i = end;
            } else if (line.kind() == Line.Kind.SUPERSCRIPT_ENTRY) {
                Matcher m = SUPERSCRIPT_LEAD.matcher(line.content());
                m.lookingAt();
                entries.add(new Entry(MarkerFinder.fromSuperscript(m.group(1)), List.of(tail(line, m.end())),
                        pages.pageOf(i), i));
                consumed.set(i);
            }
        }
        return new Result(entries, consumed);
    }

    private static void readBlock(List<Line> lines, int from, int to, Pages pages, List<Entry> entries,
                                  BitSet consumed) {
        String number = null;
        List<Line> body = null;
        int first = from;
        for (int i = from; i <= to && i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == Line.Kind.BLANK || line.kind() == Line.Kind.RULE || line.kind() == Line.Kind.NOISE
                    || line.kind() == Line.Kind.SITE) {
                consumed.set(i);
                continue;
            }
            Matcher inline = NUMBER_BEFORE_TEXT.matcher(line.content());
            String startsWith = null;
            Line rest = null;
            if (line.kind() == Line.Kind.NUMBER) {
                startsWith = line.trimmed();
            } else if (line.kind() == Line.Kind.SUPERSCRIPT_ENTRY) {
                Matcher m = SUPERSCRIPT_LEAD.matcher(line.content());
                m.lookingAt();
                startsWith = MarkerFinder.fromSuperscript(m.group(1));
                rest = tail(line, m.end());
            } else if (inline.lookingAt() && follows(number, inline.group(2))) {
                startsWith = inline.group(2);
                rest = tail(line, inline.end());
            }
            if (startsWith != null || body != null) {
                // Text under a rule before any footnote number is no footnote: it stays in the body.
                consumed.set(i);
            }
            if (startsWith != null) {
                if (number != null) {
                    entries.add(new Entry(number, body, pages.pageOf(first), first));
                }
                number = startsWith;
                body = new ArrayList<>();
                first = i;
                if (rest != null) {
                    body.add(rest);
                }
            } else if (body != null) {
                body.add(line);
            }
        }
        if (number != null) {
            entries.add(new Entry(number, body, pages.pageOf(first), first));
        }
    }

    private static boolean follows(String previous, String candidate) {
        if (candidate.equals("*")) {
            return true;
        }
        if (previous == null || previous.equals("*")) {
            return true;
        }
        return Integer.parseInt(candidate) == Integer.parseInt(previous) + 1;
    }

    private static Line tail(Line line, int cut) {
        return new Line(line.index(), line.start() + cut, line.end(), line.content().substring(cut), Line.Kind.TEXT);
    }
}
