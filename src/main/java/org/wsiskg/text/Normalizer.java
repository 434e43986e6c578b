package org.wsiskg.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the character-level artefacts of PDF extraction, keeping every character anchored to
 * the file. Line structure is left alone: lines, blank lines and footnote markers are what the
 * {@code structure} step reads.
 *
 * <p>Page furniture (the recycling-logo header, job numbers, undocs.org link lines) is left in
 * place as lines: where a page ends is structure, and the {@code structure} step reads it there.
 *
 * <p>What it undoes, in this order, and why the order matters:
 * <ol>
 *   <li>line ends: CRLF and a lone CR become LF, so that every later step sees one kind of line;</li>
 *   <li>HTML character references of web copies ({@code &amp;}, {@code &nbsp;}, {@code &#8211;}), decoded before the steps
 *       below so that a decoded no-break space or dash is folded like any other ({@link HtmlEntities});</li>
 *   <li>U+FFFD replacement characters, and the invisible characters PDF text carries (zero-width
 *       space and joiners, soft hyphen, byte-order mark), which would split a symbol or a number;</li>
 *   <li>bold text that the extractor wrote four times over: 回顾回顾回顾回顾 becomes 回顾, and
 *       赞赞赞赞赏赏赏赏 becomes 赞赏 (the repeat unit is a run of one to twelve Han characters);</li>
 *   <li>full-width digits, Latin letters and ASCII punctuation other than Chinese sentence
 *       punctuation (，；：！？ stay as they are), the ideographic space, no-break spaces;</li>
 *   <li>en and em dashes and the minus sign, which join symbols just like a hyphen;</li>
 *   <li>a Cyrillic capital that looks like a Latin one, right before or after a slash ({@code А/70/1} typed on a Russian
 *       keyboard): the Latin letter, as the symbol means it;</li>
 *   <li>Markdown emphasis {@code **X**} and links {@code [X](target)}, which keep only X;</li>
 *   <li>pinyin readings a web page prints in brackets after a Han character ({@code 聯(lián)合國},
 *       {@code 數(shù)字}: a ruby annotation flattened), which would split the name they stand in: the
 *       character is kept, anchored to itself and its reading. A reading has a tone-marked vowel,
 *       so {@code 论坛(IGF)} and {@code 第4段(a)} are not readings;</li>
 *   <li>Traditional characters, each to its Simplified form ({@link TraditionalCharacters}: 第 65/141 號決議 reads as
 *       第 65/141 号决议), one character for one.</li>
 * </ol>
 */
public final class Normalizer {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,200})]\\([^()\\s]{0,300}\\)");
    private static final Pattern MARKDOWN_BOLD = Pattern.compile("\\*\\*([^*\\n]{1,200})\\*\\*");
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final Pattern PINYIN_READING = Pattern.compile(
            "(\\p{IsHan})\\((?=[a-zü]{0,6}[" + TONED + "])[a-zü" + TONED + "]{1,7}\\)");
    private static final String INVISIBLE = "\uFFFD\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    private static final int REPEATS = 4;
    private static final int LONGEST_REPEATED_UNIT = 12;

    public AnchoredText normalize(String original) {
        AnchoredText text = AnchoredText.of(original);
        text = unifyLineEnds(text);
        text = HtmlEntities.decode(text);
        text = dropReplacementCharacters(text);
        text = collapseRepeats(text);
        text = foldCharacters(text);
        text = keepGroup(text, MARKDOWN_LINK);
        text = keepGroup(text, MARKDOWN_BOLD);
        text = dropReadings(text);
        text = simplifyTraditional(text);
        return text;
    }

    private static AnchoredText unifyLineEnds(AnchoredText text) {
        AnchoredText.Builder out = text.toBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\r') {
                out.append(text, i);
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                out.replace(text, i, i + 2, "\n");
                i++;
            } else {
                out.replace(text, i, i + 1, "\n");
            }
        }
        return out.build();
    }

    private static AnchoredText keepGroup(AnchoredText text, Pattern pattern) {
        AnchoredText.Builder out = text.toBuilder();
        Matcher m = pattern.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(text, m.start(1), m.end(1));
            last = m.end();
        }
        return out.append(text, last, text.length()).build();
    }

    /** 聯(lián) becomes 聯, anchored to all of 聯(lián), so that a quote of the name gives back what the page says. */
    private static AnchoredText dropReadings(AnchoredText text) {
        AnchoredText.Builder out = text.toBuilder();
        Matcher m = PINYIN_READING.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).replace(text, m.start(), m.end(), m.group(1));
            last = m.end();
        }
        return out.append(text, last, text.length()).build();
    }

    private static AnchoredText dropReplacementCharacters(AnchoredText text) {
        AnchoredText.Builder out = text.toBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (INVISIBLE.indexOf(text.charAt(i)) < 0) {
                out.append(text, i);
            }
        }
        return out.build();
    }

    /**
     * Replaces a unit of Han characters written four times in a row by one copy anchored to all
     * four. The shortest unit wins, so 赞赞赞赞 is read as 赞 and not as nothing at all.
     */
    private static AnchoredText collapseRepeats(AnchoredText text) {
        AnchoredText.Builder out = text.toBuilder();
        String s = text.toString();
        int i = 0;
        while (i < s.length()) {
            int unit = repeatedUnitAt(s, i);
            if (unit > 0) {
                out.replace(text, i, i + unit * REPEATS, s.substring(i, i + unit));
                i += unit * REPEATS;
            } else {
                out.append(text, i);
                i++;
            }
        }
        return out.build();
    }

    private static int repeatedUnitAt(String s, int at) {
        for (int unit = 1; unit <= LONGEST_REPEATED_UNIT && at + unit * REPEATS <= s.length(); unit++) {
            if (!isHan(s, at, unit)) {
                return 0;
            }
            boolean repeated = true;
            for (int k = 1; k < REPEATS && repeated; k++) {
                repeated = s.regionMatches(at, s, at + k * unit, unit);
            }
            if (repeated) {
                return unit;
            }
        }
        return 0;
    }

    private static boolean isHan(String s, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    private static AnchoredText simplifyTraditional(AnchoredText text) {
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            any = TraditionalCharacters.simplified(text.charAt(i)) != text.charAt(i);
        }
        if (!any) {
            // Most texts are in Simplified script or English: nothing to fold, no copy to make.
            return text;
        }
        AnchoredText.Builder out = text.toBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char simplified = TraditionalCharacters.simplified(c);
            if (simplified == c) {
                out.append(text, i);
            } else {
                out.replace(text, i, i + 1, String.valueOf(simplified));
            }
        }
        return out.build();
    }

    private static AnchoredText foldCharacters(AnchoredText text) {
        AnchoredText.Builder out = text.toBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = fold(c);
            if (folded == c && nextToSlash(text, i)) {
                folded = latinTwin(c);
            }
            if (folded == c) {
                out.append(text, i);
            } else {
                out.replace(text, i, i + 1, String.valueOf(folded));
            }
        }
        return out.build();
    }

    /** Cyrillic capitals that look like Latin ones, and their Latin twins, in the same order. */
    private static final String CYRILLIC_LOOKALIKES = "\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425";
    private static final String LATIN_TWINS = "ABEKMHOPCTX";

    private static boolean nextToSlash(CharSequence text, int i) {
        return i + 1 < text.length() && text.charAt(i + 1) == '/' || i > 0 && text.charAt(i - 1) == '/';
    }

    /** The Latin letter a Cyrillic look-alike capital stands for in a symbol ({@code А/70/1} typed with a Cyrillic А). */
    static char latinTwin(char c) {
        int at = CYRILLIC_LOOKALIKES.indexOf(c);
        return at < 0 ? c : LATIN_TWINS.charAt(at);
    }

        static char fold(char c) {
        if (c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
            return ' ';
        }
        if (c == '\u2013' || c == '\u2014' || c == '\u2212' || c == '\u2010' || c == '\u2011') {
            return '-';
        }
        if (c >= '\uFF01' && c <= '\uFF5E' && "，；：！？".indexOf(c) < 0) {
            return (char) (c - 0xFEE0);
        }
        return c;
    }
}
