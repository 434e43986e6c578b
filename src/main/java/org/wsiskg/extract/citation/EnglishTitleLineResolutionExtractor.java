package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.text.AnchoredText;

/**
 * An Economic and Social Council resolution named by its number and title on a line of its own, as
 * lists of documents print it (a web page's "similar documents", a table of contents): the
 * number of the ECOSOC numbering (a four-digit year from 1978, when the Council began to number
 * its resolutions by year, a slash and a serial of up to three digits) opening the line in the
 * file, an optional full stop, then the title, an English capitalised word and at least three
 * more words. The number alone tells the body; the line tells that the number names the
 * resolution the title belongs to.
 *
 * <p>Accepts: {@code ⏎2009/7 Assessment of the progress made in the implementation of …} →
 * E/RES/2009/7; {@code ⏎2012/5. Assessment of the progress made …} (the resolution's own title
 * line: the resolve step drops a reference equal to the text's own symbol).
 *
 * <p>Rejects: the number inside a line ({@code see 2009/7 Assessment …}, which names no
 * resolution without its noun), session-shaped numbers ({@code 65/141. Information and
 * communications technologies}: the General Assembly's and the Human Rights Council's numbers
 * share that shape, and such a line is nearly always the text's own number, read by the structure
 * step), a line going on in lower case ({@code 2010/2 on the …}, a citation broken over lines),
 * short labels ({@code 2015/16 Budget}), years before 1978 and serials of four digits.
 */
public final class EnglishTitleLineResolutionExtractor implements ReferenceExtractor {

    private static final Pattern TITLE_LINE = Pattern.compile(
            "(?<![\\w/.\\-])(?<year>19(?:7[89]|[89]\\d)|20\\d\\d)/(?<serial>\\d{1,3})(?![\\d/])\\.?\\s{1,3}"
                    + "[A-Z][a-z]{1,20}(?:[ ,\\-]{1,3}[A-Za-z’']{1,20}){3}");

    @Override
    public List<ReferenceMatch> find(Paragraph paragraph) {
        AnchoredText text = paragraph.text();
        List<ReferenceMatch> found = new ArrayList<>();
        Matcher m = TITLE_LINE.matcher(text);
        while (m.find()) {
            if (opensLine(text, m.start())) {
                int numberEnd = m.end("serial");
                found.add(new ReferenceMatch("resolution", "E/RES/" + m.group("year") + "/" + Integer.parseInt(m.group("serial")),
                        null, m.start(), numberEnd));
            }
        }
        return found;
    }

    /** Whether the character at {@code index} stands first on its line in the file (spaces before it aside). */
    private static boolean opensLine(AnchoredText text, int index) {
        String file = text.original();
        int i = text.originalStart(index) - 1;
        while (i >= 0 && (file.charAt(i) == ' ' || file.charAt(i) == '\t' || file.charAt(i) == '\u00A0')) {
            i--;
        }
        return i < 0 || file.charAt(i) == '\n' || file.charAt(i) == '\r';
    }
}
