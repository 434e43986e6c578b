package org.wsiskg.structure;

import java.util.List;

/**
 * Where the PDF's pages break. In texts whose paragraphs are indented, lines within a page are
 * separated by a blank line and the last line of a page runs straight into the first line of the
 * next; a bare footnote-number line is the one exception. Page furniture lines count as
 * lines of their page. In texts with one line per paragraph,
 * a page break shows as three or more blank lines.
 */
final class Pages {

    private final int[] pageOfLine;
    private final boolean[] breakAfter;

    private Pages(int[] pageOfLine, boolean[] breakAfter) {
        this.pageOfLine = pageOfLine;
        this.breakAfter = breakAfter;
    }

    static Pages of(List<Line> lines, boolean indentedStyle) {
        int n = lines.size();
        boolean[] breakAfter = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            if (indentedStyle) {
                Line a = lines.get(i);
                Line b = lines.get(i + 1);
                breakAfter[i] = isContent(a) && isContent(b);
            } else {
                int blanks = 0;
                while (i + 1 + blanks < n && lines.get(i + 1 + blanks).kind() == Line.Kind.BLANK) {
                    blanks++;
                }
                breakAfter[i] = lines.get(i).kind() != Line.Kind.BLANK && blanks >= 3;
            }
        }
        int[] page = new int[n];
        for (int i = 1; i < n; i++) {
            page[i] = page[i - 1] + (breakAfter[i - 1] ? 1 : 0);
        }
        return new Pages(page, breakAfter);
    }

    private static boolean isContent(Line l) {
        return l.kind() == Line.Kind.TEXT || l.kind() == Line.Kind.SUPERSCRIPT_ENTRY || l.kind() == Line.Kind.NOISE;
    }

    int pageOf(int line) {
        return pageOfLine[Math.min(line, pageOfLine.length - 1)];
    }

    /** The last line of the page that line {@code from} is on (the last line of the text if none breaks). */
    int lastLineOfPage(int from) {
        for (int i = from; i < breakAfter.length; i++) {
            if (breakAfter[i]) {
                return i;
            }
        }
        return breakAfter.length - 1;
    }
}
