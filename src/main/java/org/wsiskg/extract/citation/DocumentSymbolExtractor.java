package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.structure.ParagraphKind;
import org.wsiskg.structure.SymbolNumbers;

/**
 * UN document symbols written out in the text.
 *
 * <p>Accepts:
 * <ul>
 *   <li>one symbol, any series: {@code A/65/64}, {@code E/2009/92}, {@code A/C.2/59/3},
 *       {@code E/CN.16/2018/CRP.3}, {@code UNCTAD/DTL/STICT/2011/3}, {@code TD/B/EDE/6/4},
 *       {@code E/HLPF/2017/4}, {@code WSIS-05/TUNIS/DOC/6(Rev.1)}, {@code (A/69/53)} in brackets;</li>
 *   <li>a part in brackets after it: {@code A/CONF.157/24 (Part I)} (kept, with one space);</li>
 *   <li>joint symbols, one document under two symbols: {@code A/65/64-E/2010/12} (a hyphen, or an
 *       en or em dash that the normaliser folded to one), each part a citation of its own;</li>
 *   <li>corrigenda named after a symbol or a joint symbol: {@code E/2012/31 和 Corr.1} and
 *       {@code A/67/65-E/2012/48 和 Corr.1} add {@code /Corr.1} to each part; corrigenda written
 *       out ({@code A/67/65/Corr.1-E/2012/48/Corr.1}) are symbols like any other;</li>
 *   <li>resolutions and decisions written as symbols ({@code A/RES/70/1}, {@code E/RES/2006/46},
 *       {@code A/HRC/RES/26/13}, {@code A/DEC/77/568}; in a web copy's case {@code A/Res/60/1}, {@code A/HRC/res/26/13}; the
 *       Council's series shortened, {@code HRC/RES/32/13} → A/HRC/RES/32/13) take the kind resolution or decision;</li>
 *   <li>a symbol spaced out by a PDF converter, with two slashes at least: {@code A/ RES/ 74/ 247} → A/RES/74/247,
 *       {@code A / C. 3/ 74/ L. 11} → A/C.3/74/L.11.</li>
 * </ul>
 * Rejects: a document type whose number a PDF copy moved to the next line ({@code A/C.2/78/SR.⏎23}: the structure reader
 * joins them where the masthead prints the own symbol), sales numbers ({@code C.02.II.A.7}: no slash), web addresses
 * ({@code www.broadbandcommission.org}, {@code https://undocs.org/A/65/64}: a symbol must not
 * follow a letter, digit, dot, slash or colon), slash pairs without a component that is a
 * number ({@code TCP/IP}, {@code HIV/AIDS}, {@code LTE/5G}), one spaced slash ({@code ICT/ 2015}), numbers with no series letters
 * ({@code 65/141}, which the resolution extractor reads), and a heading that is nothing but a symbol: it labels the document itself
 * (the draft's {@code A/C.2/72/L.33} printed above its title). The document's own symbol is
 * dropped later, in the resolve step.
 */
public final class DocumentSymbolExtractor implements ReferenceExtractor {

    /**
     * The organ or series that opens a symbol ({@link SymbolNumbers#SERIES}): capital letters only ({@code A}, {@code E},
     * {@code S}, {@code TD}, {@code UNCTAD}), or the Summit's prefix with its year or phase ({@code WSIS-05},
     * {@code WSIS-II}); not the ITU's conference documents ({@code WCIT-12/4}). Subsidiary bodies ({@code C.2}, {@code CN.16}, {@code CONF.157}, {@code HRC})
     * and document types ({@code RES}, {@code L.33}) come after it; a series never mixes letters and
     * digits ({@code C18/35} is an ITU text number).
     */
    private static final String FIRST = "(?!(?:RES|DEC|PRST)/)" + SymbolNumbers.SERIES;
    /**
     * {@code CN.16}, {@code Corr.1}, {@code L.5}, {@code SR.12}, {@code C.II}; {@code RES}, {@code HRC},
     * {@code INF}; {@code 2010}, {@code 24}; special sessions {@code S-27}, {@code ES-10}, preparatory
     * committees {@code PC-3}; an office with its region {@code SRO-EA} ({@code ECA/SRO-EA/ICE/AEGMII/2011/02}). A number takes a letter only at the end ({@code 57/270B}): a letter glued
     * to a number and followed by a slash starts the second symbol of a joint symbol ({@code A/70/63E/2015/10}).
     */
    private static final String COMPONENT = component("");
    private static final String SUFFIX = "(?:\\((?:Rev|Corr|Add)\\.\\d{1,2}\\))?(?:\\s?\\(Part\\s?[IVX]{1,4}\\))?";
    /** One symbol, without the context checks: its series, its components, a revision or part in brackets. */
    static final String BODY = FIRST + "(?:/" + COMPONENT + "){1,12}" + SUFFIX;
    /** A symbol does not continue a word, a number, a web address, a path or a query's value ({@code ?DS=A/RES/57/270B}). */
    static final String START = "(?<![A-Za-z0-9./:@=\\-])";
    /**
     * ... nor go on into one; but a number may run straight into the organ of a joint symbol's second part. A document type
     * with its dot and no number ({@code A/C.2/78/SR.}, whose number a PDF copy set on a line of its own) is no whole symbol.
     */
    static final String END = "(?:(?![A-Za-z0-9/])(?!(?<=/[A-Z]{1,4})\\.)|(?<=\\d)(?=[AES]/[A-Z0-9]))";
    /** Between the parts of a joint symbol: a hyphen or dash (the normaliser folds dashes), or nothing in glued copies. */
    private static final String JOINT = "(?:\\s?-\\s?|(?<=\\d)(?=[AES]/))";
    private static final String CORRIGENDUM = "(?:(?:Corr|Add|Rev)\\.\\s?\\d{1,2}|(?:Corrigendum|Addendum|Revision)\\s{1,3}\\d{1,2})";
    private static final String CONNECTOR = "\\s{0,3}\\(?\\s{0,3}(?:和|及|以及|and|&)\\s{0,3}";
    private static final Pattern GROUP = Pattern.compile(
            "(?<parts>" + START + BODY + END + "(?:" + JOINT + BODY + END + "){0,3})"
                    + "(?<corr>" + CONNECTOR + CORRIGENDUM + "(?:\\s{0,3}(?:和|及|、|,|，|and)\\s{0,3}" + CORRIGENDUM + "){0,9}"
                    + END + ")?");
    private static final Pattern PART = Pattern.compile(BODY + END);
    /** A component as a PDF converter spaces it: {@code C. 3}, {@code L. 11}, {@code Add. 1}. */
    private static final String SPACED_COMPONENT = component("\\s?");
    /**
     * A symbol spaced out around its slashes, as converters of PDF copies print it ({@code A/ RES/ 74/ 247},
     * {@code A / C. 3/ 74/ L. 11}): two slashes at least, so that prose with one spaced slash ({@code ICT/ 2015}) is none.
     */
    private static final Pattern SPACED = Pattern.compile(START + FIRST + "(?:\\s{0,2}/\\s{0,2}" + SPACED_COMPONENT + "){2,12}"
            + "(?![A-Za-z0-9/])");
    private static final Pattern WHITE = Pattern.compile("\\s+");
    private static final Pattern CORR_NAME = Pattern.compile(CORRIGENDUM);
    private static final Pattern CORR_WORD = Pattern.compile("(Corr|Add|Rev)[a-z]*\\.?\\s{0,3}(\\d{1,2})");
    /**
     * A symbol names a session or year and a serial, or at least a number of two digits: a lone
     * one-digit number ({@code E/2}, a symbol broken over lines) is a fragment, and a symbol
     * without any number ({@code LTE/5G}, {@code TCP/IP}, {@code HIV/AIDS}) is no symbol.
     */
    /** A heading that is nothing but a symbol labels the document itself ({@code A/C.2/72/L.33} atop a draft). */
    private static final Pattern LABEL = Pattern.compile("\\s*" + BODY + "\\s*");

    /** One component of a symbol, with {@code afterDot} allowed between a dotted name and its number ({@code C.2}, {@code C. 2}). */
    private static String component(String afterDot) {
        return "(?:[A-Z][A-Za-z]{0,9}\\." + afterDot + "(?:\\d{1,4}[A-Za-z]?|[IVX]{1,5}(?![A-Za-z]))"
                + "|[A-Z]{1,2}-\\d{1,2}|[A-Z]{2,6}-[A-Z]{2,6}(?![A-Za-z])|[A-Z]{1,10}|[Rr]es(?=/)|[Dd]ec(?=/)|\\d{1,5}(?:[A-Z](?![/A-Za-z]))?)";
    }

    @Override
    public List<ReferenceMatch> find(Paragraph paragraph) {
        String text = paragraph.text().toString();
        if (paragraph.kind() == ParagraphKind.HEADING && LABEL.matcher(text).matches()) {
            return List.of();
        }
        return find(text, true);
    }

    /**
     * Symbols in a plain string; {@code withCorrigenda} adds the corrigenda named after them
     * ({@code 和 Corr.1}), which the extractors that anchor on a symbol do not want.
     */
    List<ReferenceMatch> find(String text, boolean withCorrigenda) {
        List<ReferenceMatch> found = new ArrayList<>();
        Matcher group = GROUP.matcher(text);
        while (group.find()) {
            List<String> corrigenda = new ArrayList<>();
            if (withCorrigenda && group.group("corr") != null) {
                Matcher c = CORR_NAME.matcher(group.group("corr"));
                while (c.find()) {
                    Matcher word = CORR_WORD.matcher(c.group());
                    corrigenda.add(word.lookingAt() ? word.group(1) + "." + word.group(2) : c.group());
                }
            }
            Matcher part = PART.matcher(text).region(group.start("parts"), group.end("parts"));
            while (part.find()) {
                String symbol = SymbolNumbers.canonical(part.group());
                if (!SymbolNumbers.numbered(symbol)) {
                    continue;
                }
                found.add(new ReferenceMatch(kindOf(symbol), symbol, null, part.start(), part.end()));
                for (String corr : corrigenda) {
                    // Quoted from the part to the corrigendum, the shortest text that names both.
                    found.add(new ReferenceMatch("document", symbol + "/" + corr, null, part.start(), group.end()));
                }
            }
        }
        spaced(text, found);
        return found;
    }

    /** The spaced-out symbols of {@code text}, each read without its spaces; those written without any are found already. */
    private static void spaced(String text, List<ReferenceMatch> found) {
        Matcher m = SPACED.matcher(text);
        while (m.find()) {
            if (!WHITE.matcher(m.group()).find()) {
                continue;
            }
            String symbol = SymbolNumbers.canonical(WHITE.matcher(m.group()).replaceAll(""));
            if (SymbolNumbers.numbered(symbol)) {
                found.add(new ReferenceMatch(kindOf(symbol), symbol, null, m.start(), m.end()));
            }
        }
    }


    static String kindOf(String symbol) {
        if (symbol.contains("/RES/")) {
            return "resolution";
        }
        if (symbol.contains("/DEC/")) {
            return "decision";
        }
        return "document";
    }
}
