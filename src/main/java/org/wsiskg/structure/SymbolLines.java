package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a header that print the document's own symbol, in every language (a symbol reads the same in each):
 * <ul>
 *   <li>a symbol line: the symbol alone ({@code A/RES/55/185}, {@code A/HRC/32/L.20}, {@code ECOSOC/6218}), a joint symbol
 *       ({@code A/65/64-E/2010/12}, {@code A/65/64 E/2010/12}: both are the document's), with the masthead words around it
 *       ({@code United Nations A/RES/65/141}, {@code General Assembly Distr.: General}), or after {@code Document}
 *       ({@code Document WSIS-II/PC-3/DT/10}, {@code Document: WSIS-05/TUNIS/DOC/7-C});</li>
 *   <li>a page title that ends in a symbol in brackets, the first line of a web copy
 *       ({@code Information and communications technologies for development (A/RES/67/195)}).</li>
 * </ul>
 * The language suffix of a symbol ({@code WSIS-05/TUNIS/DOC/7-C}, {@code -E}) is cut off: every language version is one
 * document. Rejected: a symbol inside a sentence, and strings with no number ({@code TCP/IP}) or only one one-digit number.
 */
final class SymbolLines {

    // A digit may stand right before a symbol: a PDF copy glues the parts of a joint symbol (E/2005/31E/CN.16/2005/5), and
    // only whole lines of symbols are read here. Web copies write Res and Dec in lower case (A/Res/60/1).
    /** The series, then its components (after a hyphen too: the second part of a joint symbol), then a revision in brackets (the grammar of the document-symbol citation form). */
    private static final String SYMBOL = "(?<![A-Za-z./:@])(?!(?:RES|DEC)/)" + SymbolNumbers.SERIES
            + "(?:/(?:[A-Z][A-Za-z]{0,9}\\.(?:\\d{1,4}[A-Za-z]?|[IVX]{1,5}(?![A-Za-z]))|[A-Z]{1,2}-\\d{1,2}|Res(?=/)|Dec(?=/)|[A-Z]{1,10}"
            + "|\\d{1,5}(?:[A-Z](?![/A-Za-z]))?)){1,12}(?:\\((?:Rev|Corr|Add)\\.\\d{1,2}\\))?(?:[ \\t]?\\(Part[ \\t]?[IVX]{1,4}\\))?";
    /** {@code -C}, {@code -E}: which language version a copy is; not part of the document's symbol. */
    private static final String LANGUAGE_SUFFIX = "(?:-[ACEFRS](?![A-Za-z0-9/]))?";
    private static final String ONE = "(?<symbol>" + SYMBOL + ")" + LANGUAGE_SUFFIX;
    /** One symbol with its suffix, with no group of its own, to embed where the caller names the group. */
    private static final String ONE_UNNAMED = ONE.replace("?<symbol>", "");
    private static final String SEVERAL = ONE_UNNAMED + "(?:[ \\t]*[-–—][ \\t]*|[ \\t]+)?";
    private static final String MASTHEAD = "(?:United Nations|联合国|General Assembly|Economic and Social Council|Security Council"
            + "|Human Rights Council|大会|经济及社会理事会|安全理事会|人权理事会)";
    /** {@code Distr.: General}; a PDF copy may break the line after {@code Distr.}. */
    private static final String DISTRIBUTION = "(?:Distr\\.(?::?[ \\t]*(?:General|Limited|Restricted))?|Distr:?[ \\t]*(?:General|Limited|Restricted))";
    private static final String DAY = "(?:\\d{1,2}[ \\t]+[A-Z][a-z]{2,8}[ \\t]+(?:19|20)\\d\\d)";
    /** The word before a symbol: {@code Document No.} in a header, a web page's link to the file ({@code Download A/Res/60/1}). */
    private static final String LEAD = "(?:Document(?:[ \\t]+No\\.)?:?|Download(?:[ \\t]+PDF)?:?)";
    // The masthead words may touch the symbol: a PDF copy of a Chinese text loses the spaces (联合国A/HRC/32/38大会Distr.).
    private static final Pattern SYMBOL_LINE = Pattern.compile("[ \\t]*+(?:" + MASTHEAD + "[ \\t]*)*(?:" + LEAD + "[ \\t]+)?"
            + "(?<symbols>(?:" + SEVERAL + "){1,4})(?:[ \\t]*" + MASTHEAD + ")?(?:[ \\t]*" + DISTRIBUTION + ")?(?:[ \\t]+" + DAY + ")?[ \\t]*+");
    private static final Pattern PAGE_TITLE = Pattern.compile("[ \\t]*+(?<title>\\S.{2,200}?)[ \\t]*\\([ \\t]*(?<symbols>(?:" + SEVERAL
            + "){1,2})[ \\t]*\\)[ \\t]*+");
    /** A page title that ends in its symbol after a full stop or a dash: {@code Resolution on the Promotion ... Internet. A/HRC/32/L.20}. */
    private static final Pattern TITLE_THEN_SYMBOL = Pattern.compile("[ \\t]*+(?<title>\\S.{2,200}?)(?:\\.|[ \\t]+[-–—|])[ \\t]+(?<symbols>(?:"
            + SEVERAL + "){1,2})[ \\t]*+");
    /** A page title that opens with the resolution's symbol: {@code GENERAL ASSEMBLY RESOLUTION A/RES/67/195. Information and ...}. */
    private static final Pattern SYMBOL_THEN_TITLE = Pattern.compile("[ \\t]*+(?:(?:" + MASTHEAD + ")[ \\t]+)?(?i:resolution|decision)[ \\t]+"
            + "(?<symbols>" + ONE_UNNAMED + ")[ \\t]*[.:][ \\t]+(?<title>\\p{Lu}.{2,200}?)[ \\t]*+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EACH = Pattern.compile(ONE);
    private static final Pattern MASTHEAD_WORD = Pattern.compile(MASTHEAD + "|Distr");
    /** A line of masthead words only ({@code United Nations}, {@code Economic and Social Council Distr.: General}). */
    private static final Pattern MASTHEAD_ONLY = Pattern.compile("[ \\t]*+(?:" + MASTHEAD + "[ \\t]*){1,3}(?:" + DISTRIBUTION + ")?[ \\t]*+");
    /**
     * A masthead flattened into a longer line, as a web copy's title takes the first words of the PDF: the organs' names,
     * the date, the symbols ({@code General Assembly Economic and Social Council 23 February 2015 · A/70/63–E/2015/10}).
     * The date is required: prose does not put one between a body's name and a symbol.
     */
    private static final Pattern FLAT_MASTHEAD = Pattern.compile("(?<![A-Za-z])(?:" + MASTHEAD + "[ \\t]*){1,3}(?:" + DISTRIBUTION
            + "[ \\t]*)?" + DAY + "[ \\t]*[·•|]?[ \\t]*(?<symbols>(?:" + SEVERAL + "){1,4})(?![A-Za-z/])");

    /**
     * A first page's masthead flattened in its printed order: {@code United Nations A/72/64-E/2017/12 General Assembly Economic
     * and Social Council Distr.: General 27 February 2017}, {@code E/CN.3/2014/8 United Nations Economic and Social Council Distr.:
     * General} (the symbol first). The distribution status is required: prose does not put the
     * organs' names and {@code Distr.} after a symbol.
     */
    private static final Pattern FLAT_PRINTED_MASTHEAD = Pattern.compile("(?<![A-Za-z/.])(?:United[ \\t]+Nations[ \\t]+)?(?<symbols>(?:"
            + SEVERAL + "){1,4})[ \\t]*(?:" + MASTHEAD + "[ \\t]*){1,3}" + DISTRIBUTION);
    /**
     * A first page flattened with the distribution status before the symbol, as older documents print it: {@code Distr.
     * RESTRICTED LC/R.2144 19 February 2008 ENGLISH}, {@code Distr. RESTRICTED E/CN.16/2007/CRP.2* 16 May 2007} (the date after
     * the symbol is required).
     */
    private static final Pattern DISTRIBUTION_FIRST = Pattern.compile("(?<![A-Za-z])Distr\\.?:?[ \\t]*(?i:General|Limited|Restricted)[ \\t]+"
            + "(?<symbols>(?:" + SEVERAL + "){1,2})\\*{0,2}[ \\t]+" + DAY);

    /**
     * A first page flattened with the symbol, then the distribution status and the date: {@code E/CN.16/2011/CRP.1 Distr.:
     * Restricted 8 April 2011 English only ...} (the date after the status is required).
     */
    private static final Pattern SYMBOL_THEN_DISTRIBUTION = Pattern.compile("(?<![A-Za-z/.])(?<symbols>(?:" + SEVERAL + "){1,2})\\*{0,2}[ \\t]+"
            + DISTRIBUTION + "[ \\t]+" + DAY);

    /**
     * A web page's description of the document it holds: {@code No: A/74/821 | Distr.: General | 29 May 2020},
     * {@code Symbol: E/CN.16/2019/2, Distr.: General}.
     */
    private static final Pattern DESCRIBED_SYMBOL = Pattern.compile("(?<![A-Za-z])(?:No|Symbol|Document)\\.?:[ \\t]*(?<symbols>(?:"
            + SEVERAL + "){1,2})[ \\t]*[|·,;]?[ \\t]*" + DISTRIBUTION);

    /**
     * A Summit document's first lines flattened into one: {@code Document WSIS-05/TUNIS/DOC/9(Rev.1)-E 15 February 2006 Original:
     * English ...}. The date after the symbol is required: prose does not date a document that way.
     */
    private static final Pattern FLAT_DOCUMENT_LINE = Pattern.compile("(?<![A-Za-z])Document(?:[ \\t]+No\\.)?:?[ \\t]+(?<symbols>(?:"
            + SEVERAL + "){1,2})[ \\t]*" + DAY);

    /**
     * The running head of a Summit document whose slashes a PDF text layer lost, with the copy's language suffix
     * ({@code WSIS-05TUNISDOC6Rev. 1-E}: WSIS-05/TUNIS/DOC/6(Rev.1), in English). With its slashes gone and the suffix kept,
     * it is the page head of that copy, never a citation (a citation names the document, with slashes). The Summit's
     * symbols are the only ones whose parts are words that can be told apart with no slash: the phase and year, the city,
     * DOC, the number.
     */
    private static final Pattern SLASHLESS_SUMMIT_HEAD = Pattern.compile("(?<![A-Za-z0-9/])(WSIS-0[35])(GENEVA|TUNIS)(DOC)"
            + "(\\d{1,2})(?:[ \\t]?Rev\\.[ \\t]?(\\d))?-[ACEFRS](?![A-Za-z0-9/])");
    /**
     * The cover of an Official Records supplement flattened into a line: {@code Official Records, 2016 Supplement No. 11
     * E/2016/31 - E/CN.16/2016/4 United Nations New York, 2016}; the symbols after the supplement's number are the report's.
     */
    private static final Pattern SUPPLEMENT_COVER = Pattern.compile("(?<![A-Za-z])Supplement[ \\t]+No\\.[ \\t]*\\d{1,3}[ \\t]+(?<symbols>(?:"
            + SEVERAL + "){1,4})(?![A-Za-z/])");

    /**
     * The note every United Nations publication prints on its imprint page ({@code The designations employed and the presentation
     * of the material in this publication do not imply ...}), under which it prints its own symbol.
     */
    private static final Pattern IMPRINT_NOTE = Pattern.compile("(?i)designations\\s{1,3}employed\\s{1,3}and\\s{1,3}the\\s{1,3}presentation");
    /** A symbol ending a line after a sentence ({@code ... This publication has been edited externally. UNCTAD/DTL/STICT/2015/3}). */
    private static final Pattern SYMBOL_ENDING_LINE = Pattern.compile("(?:^|[.;:][ \\t]+)(?<symbols>" + ONE_UNNAMED
            + ")[ \\t]*+$");

    /** A symbol found in a line: where it stands in the line, and the canonical symbol. */
    record Found(String symbol, int start, int end) {
    }

    /** A page title and the symbols it prints with it. */
    record Titled(String title, List<Found> symbols) {
    }

    private SymbolLines() {
    }

    /**
     * A copy that opens with the page's running head, then the first section's heading: {@code A/65/154 I. Introduction 1. In
     * paragraph 3 of its resolution 64/25 ...} (a page flattened into the text's first line).
     */
    private static final Pattern HEAD_THEN_SECTION = Pattern.compile("[ \\t]*+(?<symbols>" + ONE_UNNAMED
            + ")[ \\t]+(?=(?:[IVX]{1,5}\\.[ \\t]+\\p{Lu}|Introduction\\b|Summary\\b|Annex\\b))");

    /** The symbols of a text's first line that opens with its running head over its first section ({@link #HEAD_THEN_SECTION}). */
    static List<Found> headThenSection(String content) {
        Matcher m = HEAD_THEN_SECTION.matcher(content);
        return m.lookingAt() ? symbols(content, m.start("symbols"), m.end("symbols")) : List.of();
    }

    /** Whether {@code content} holds the note of a United Nations publication's imprint page. */
    static boolean imprintNote(String content) {
        return IMPRINT_NOTE.matcher(content).find();
    }

    /**
     * The symbol that ends an imprint page's line after its last sentence ({@code ... has been edited externally.
     * UNCTAD/DTL/STICT/2015/3}), or a symbol line: the publication's own symbol, or an empty list.
     */
    static List<Found> imprintSymbol(String content) {
        Matcher m = SYMBOL_ENDING_LINE.matcher(content);
        return m.find() ? symbols(content, m.start("symbols"), m.end("symbols")) : symbolLine(content);
    }

    /** The symbols of a symbol line, or an empty list when the line is anything else. */
    static List<Found> symbolLine(String content) {
        Matcher m = SYMBOL_LINE.matcher(content);
        return m.matches() ? symbols(content, m.start("symbols"), m.end("symbols")) : List.of();
    }

    /**
     * The symbols of a masthead line, one whose symbol stands with the organ's name or the distribution status
     * ({@code United Nations A/RES/65/141}, {@code 联合国A/HRC/32/38大会Distr.}), or an empty list. Such a line prints the
     * document's own symbol wherever it stands: in a web copy of a PDF it follows the site's text.
     */
    static List<Found> mastheadLine(String content) {
        Matcher m = SYMBOL_LINE.matcher(content);
        if (!m.matches()) {
            return List.of();
        }
        String around = content.substring(0, m.start("symbols")) + " " + content.substring(m.end("symbols"));
        return MASTHEAD_WORD.matcher(around).find() ? symbols(content, m.start("symbols"), m.end("symbols")) : List.of();
    }

    /**
     * A page head that prints the copy's language after the symbol, alone on its line, in brackets or not:
     * {@code (WSIS-II/PC-3/DOC/6-E)}, {@code WSIS-05/TUNIS/DOC/7-C}, {@code Document: WSIS-05/TUNIS/DOC/6(Rev.1)-E}. A citation
     * names the document, never one language's copy.
     */
    private static final Pattern SUFFIXED_HEAD = Pattern.compile("[ \\t]*+(?:" + LEAD + "[ \\t]+)?\\(?[ \\t]*(?<symbol>" + SYMBOL
            + ")-[ACEFRS][ \\t]*\\)?[ \\t]*+");

    /** The symbol of a line that is a page head with the copy's language suffix ({@link #SUFFIXED_HEAD}), or null. */
    static Found suffixedHead(String content) {
        Matcher m = SUFFIXED_HEAD.matcher(content);
        if (!m.matches() || !SymbolNumbers.numbered(m.group("symbol"))) {
            return null;
        }
        return new Found(SymbolNumbers.canonical(m.group("symbol")), m.start("symbol"), m.end("symbol"));
    }

    /** The symbol of a slash-less Summit page head in {@code content} ({@link #SLASHLESS_SUMMIT_HEAD}), or null. */
    static Found slashlessSummitHead(String content) {
        Matcher m = SLASHLESS_SUMMIT_HEAD.matcher(content);
        if (!m.find()) {
            return null;
        }
        String symbol = m.group(1) + "/" + m.group(2) + "/" + m.group(3) + "/" + m.group(4)
                + (m.group(5) != null ? "(Rev." + m.group(5) + ")" : "");
        return new Found(symbol, m.start(), m.end());
    }

    /** True for a line of masthead words only, which a PDF copy may set apart from the symbol line next to it. */
    static boolean mastheadWords(String content) {
        return MASTHEAD_ONLY.matcher(content).matches();
    }

    /**
     * The symbols of a masthead or a supplement's cover flattened into a longer line ({@link #FLAT_MASTHEAD},
     * {@link #FLAT_PRINTED_MASTHEAD}, {@link #FLAT_DOCUMENT_LINE}, {@link #DESCRIBED_SYMBOL}, {@link #DISTRIBUTION_FIRST}, {@link #SYMBOL_THEN_DISTRIBUTION},
     * {@link #SUPPLEMENT_COVER}), or an
     * empty list.
     */
    static List<Found> flatMasthead(String content) {
        for (Pattern form : FLAT_FORMS) {
            Matcher m = form.matcher(content);
            if (m.find()) {
                return symbols(content, m.start("symbols"), m.end("symbols"));
            }
        }
        return List.of();
    }

    private static final List<Pattern> FLAT_FORMS = List.of(FLAT_MASTHEAD, FLAT_PRINTED_MASTHEAD, FLAT_DOCUMENT_LINE, DESCRIBED_SYMBOL,
            DISTRIBUTION_FIRST, SYMBOL_THEN_DISTRIBUTION, SUPPLEMENT_COVER);

    /**
     * The title and symbols of a page's title line, or null: {@code Title (SYMBOL)}, {@code Title. SYMBOL},
     * {@code Title – SYMBOL}, {@code General Assembly resolution SYMBOL. Title}.
     */
    static Titled pageTitle(String content) {
        Matcher m = PAGE_TITLE.matcher(content);
        if (!m.matches()) {
            m = TITLE_THEN_SYMBOL.matcher(content);
        }
        if (!m.matches()) {
            m = SYMBOL_THEN_TITLE.matcher(content);
        }
        if (!m.matches()) {
            return null;
        }
        List<Found> symbols = symbols(content, m.start("symbols"), m.end("symbols"));
        return symbols.isEmpty() ? null : new Titled(m.group("title"), symbols);
    }

    /** The first well-formed symbol in {@code content} from {@code from} on, where only spaces stand before it; or null. */
    static Found symbolAt(String content, int from) {
        int at = from;
        while (at < content.length() && (content.charAt(at) == ' ' || content.charAt(at) == '\t')) {
            at++;
        }
        Matcher each = EACH.matcher(content).region(at, content.length());
        if (each.lookingAt() && SymbolNumbers.numbered(each.group("symbol"))) {
            return new Found(SymbolNumbers.canonical(each.group("symbol")), each.start("symbol"), each.end("symbol"));
        }
        return null;
    }

    private static List<Found> symbols(String content, int from, int to) {
        List<Found> out = new ArrayList<>();
        Matcher each = EACH.matcher(content).region(from, to);
        while (each.find()) {
            String symbol = SymbolNumbers.canonical(each.group("symbol"));
            if (SymbolNumbers.numbered(symbol)) {
                out.add(new Found(symbol, each.start("symbol"), each.end("symbol")));
            }
        }
        return out;
    }

}
