package org.wsiskg.structure;

import java.util.List;

/**
 * Where the PDF's pages break. Two signs show it, whatever the paragraph layout:
 * <ul>
 *   <li>in a text whose lines are separated by blank lines, or whose paragraphs are indented,
 *       the last line of a page runs
 *       straight into the first line of the next, with no blank line between (a bare
 *       footnote-number line is the one exception: it is joined to its neighbours that way
 *       on the page itself);</li>
 *   <li>three or more blank lines in a row.</li>
 * </ul>
 * Page furniture lines count as lines of their page.
 */
final class Pages {

    /** A text is read as blank-line separated when at most this share of its line joins have no blank line. */
    private static final double MOST_JOINS_WITHOUT_BLANK = 0.25;

    private final int[] pageOfLine;
    /** For each line, the last line of its page. */
    private final int[] lastOfPage;

    private Pages(int[] pageOfLine, boolean[] breakAfter) {
        this.pageOfLine = pageOfLine;
        this.lastOfPage = new int[breakAfter.length];
        for (int i = breakAfter.length - 1; i >= 0; i--) {
            lastOfPage[i] = breakAfter[i] || i == breakAfter.length - 1 ? i : lastOfPage[i + 1];
        }
    }

    static Pages of(List<Line> lines, boolean indentedStyle) {
        int n = lines.size();
        boolean joinsShowBreaks = indentedStyle || blankSeparated(lines);
        boolean[] breakAfter = new boolean[n];
        // blanksFrom[i]: how many blank lines run from line i on, counted once from the end (a count per line was quadratic).
        int[] blanksFrom = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            blanksFrom[i] = lines.get(i).kind() == Line.Kind.BLANK ? blanksFrom[i + 1] + 1 : 0;
        }
        for (int i = 0; i + 1 < n; i++) {
            int blanks = blanksFrom[i + 1];
            boolean adjacent = joinsShowBreaks && isContent(lines.get(i)) && isContent(lines.get(i + 1));
            breakAfter[i] = adjacent || (lines.get(i).kind() != Line.Kind.BLANK && blanks >= 3);
        }
        int[] page = new int[n];
        for (int i = 1; i < n; i++) {
            page[i] = page[i - 1] + (breakAfter[i - 1] ? 1 : 0);
        }
        return new Pages(page, breakAfter);
    }

    /** True when most consecutive content lines have a blank line between them. */
    private static boolean blankSeparated(List<Line> lines) {
        int joins = 0;
        int direct = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!isContent(lines.get(i))) {
                continue;
            }
            joins++;
            if (isContent(lines.get(i + 1))) {
                direct++;
            }
        }
        return joins > 0 && direct <= joins * MOST_JOINS_WITHOUT_BLANK;
    }

    private static boolean isContent(Line l) {
        return l.kind() == Line.Kind.TEXT || l.kind() == Line.Kind.SUPERSCRIPT_ENTRY || l.kind() == Line.Kind.NOISE;
    }

    int pageOf(int line) {
        return pageOfLine[Math.min(line, pageOfLine.length - 1)];
    }

    /** The last line of the page that line {@code from} is on (the last line of the text if none breaks). */
    int lastLineOfPage(int from) {
        return from >= lastOfPage.length ? lastOfPage.length - 1 : lastOfPage[from];
    }
}
