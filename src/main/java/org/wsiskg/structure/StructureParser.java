package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Language;
import org.wsiskg.text.Span;

/**
 * Reads a normalised UN text into header, paragraphs and footnotes.
 *
 * <p>Paragraph breaks: a numbered line ({@code 17.}, {@code (a)}, {@code 4.1.}) always starts a
 * paragraph. Otherwise a line starts one only when the line before ended a sentence part
 * (，；。： and their ASCII forms), and, in texts that indent paragraphs, when it is indented
 * too; an unindented line there is a continuation, unless it is a short unpunctuated line between
 * paragraphs, which is a section heading (因特网治理). Short unpunctuated paragraphs are headings
 * in every layout, numbered ones included ({@code 1. 信息和通信技术促进发展}).
 */
public final class StructureParser {

    private static final Pattern NUMBERED = Pattern.compile("[ \\t]*(\\d{1,3})[ \\t]*\\.(?!\\d)[ \\t]*");
    private static final Pattern DECIMAL = Pattern.compile("[ \\t]*\\d{1,2}\\.\\d{1,2}\\.?[ \\t]+");
    private static final Pattern SUB = Pattern.compile("[ \\t]*\\(([a-z]{1,2})\\)[ \\t]*");
    private static final String TERMINAL = "，,；;。.：:！!？?";
    private static final int LONGEST_HEADING = 40;
    /** A heading is shorter than this share of the text's usual line, or it could be a wrapped line of a paragraph. */
    private static final double HEADING_SHARE_OF_LINE = 0.8;

    /**
     * How a text is laid out: whether paragraphs are indented, and how long a heading may be. In a
     * text whose lines the PDF wrapped at about 40 characters, a full line without a final comma
     * is the middle of a paragraph, not a heading.
     */
    private record Layout(boolean indented, int longestHeading) {

        static Layout of(List<Line> lines) {
            List<Integer> lengths = new ArrayList<>();
            int indented = 0;
            for (Line l : lines) {
                if (l.kind() == Line.Kind.TEXT) {
                    lengths.add(l.trimmed().length());
                    indented += l.indented() ? 1 : 0;
                }
            }
            if (lengths.isEmpty()) {
                return new Layout(false, LONGEST_HEADING);
            }
            lengths.sort(null);
            int usual = lengths.get((lengths.size() * 3) / 4);
            return new Layout(indented * 4 >= lengths.size(),
                    Math.min(LONGEST_HEADING, (int) (usual * HEADING_SHARE_OF_LINE)));
        }
    }

    /** Reads a Chinese text. */
    public DocumentStructure parse(AnchoredText text) {
        return parse(text, Language.ZH);
    }

    /** Reads a text in {@code language}, whose structure forms (opener, header, footer) that language's tables give. */
    public DocumentStructure parse(AnchoredText read, Language language) {
        // Web copies first get the layout of the paper copy back: a flattened one its lines, inline footnotes lines of their own.
        AnchoredText text = InlineFootnotes.setApart(FlattenedLines.restore(read, language), language);
        MailQuotes.Stripped quoted = MailQuotes.strip(text, Line.split(text));
        List<Line> lines = quoted.lines();
        Layout layout = Layout.of(lines);
        Pages pages = Pages.of(lines, layout.indented());
        FootnoteReader.Result notes = FootnoteReader.read(lines, pages);
        Set<String> footnoteNumbers = new HashSet<>();
        notes.entries().forEach(e -> footnoteNumbers.add(e.number()));
        List<StructureProblem> problems = new ArrayList<>();
        List<Boilerplate> boilerplate = new ArrayList<>();

        List<Line> body = bodyLines(text, lines, notes.consumed(), footnoteNumbers, problems, boilerplate);
        HeaderForms forms = HeaderForms.of(language);
        int opener = findOpener(body, forms);
        int preamble = opener >= 0 ? -1 : firstPreambular(body, ParagraphOpeners.of(language));
        // Without an opener, the header is what comes before the first paragraph that opens the way a preamble does; with no
        // preamble either, the text is no resolution, and its header is the lines before its first sentence.
        int bodyStart = opener >= 0 ? opener + 1 : preamble >= 0 ? preamble : firstSentence(body, forms);
        List<Line> headerLines = body.subList(0, opener >= 0 ? opener : bodyStart);
        String actingBody = opener >= 0 ? forms.opener(body.get(opener).content()) : null;
        if (opener < 0 && preamble >= 0) {
            problems.add(new StructureProblem("NO_PREAMBLE_OPENER",
                    "no line names the acting body before the preamble (such as 大会， or The General Assembly,); its header"
                            + " is read from the lines before the first preambular paragraph",
                    text.length() == 0 ? new Span(0, 0) : text.originalSpan(0, Math.min(1, text.length()))));
        }
        boolean resolution = opener >= 0 || preamble >= 0;
        int footerStart = body.size();
        while (footerStart > bodyStart && (forms.isFooterLine(body.get(footerStart - 1).content())
                || body.get(footerStart - 1).kind() == Line.Kind.NUMBER)) {
            footerStart--;
        }
        HeaderReader.Result header = HeaderReader.read(text, forms, headerLines, actingBody,
                body.subList(footerStart, body.size()), () -> printedOwn(text, lines), resolution);
        if (!header.header().resolution()) {
            // A report or a page: a date or a number at its end is its own, no adoption footer.
            footerStart = body.size();
        }
        List<Line> footerLines = body.subList(footerStart, body.size());

        Ids ids = new Ids();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (List<Line> note : header.notes()) {
            paragraphs.add(paragraph(text, ids, ParagraphKind.HEADING, null, note, footnoteNumbers, pages));
        }
        List<Span> headerFields = headerFields(text, headerLines, header.notes(), footerLines);
        if (opener >= 0) {
            headerFields.add(lineSpan(text, body.get(opener)));
        }
        List<Line> content = body.subList(bodyStart, Math.max(footerStart, bodyStart));
        assemble(text, content, layout, footnoteNumbers, pages, ids, paragraphs, header.header().resolution());

        List<Paragraph> footnotes = new ArrayList<>();
        for (FootnoteReader.Entry e : notes.entries()) {
            if (e.body().isEmpty()) {
                continue;
            }
            footnotes.add(paragraph(text, ids, ParagraphKind.FOOTNOTE, e.number(), e.body(), Set.of(), pages));
        }
        for (Line l : lines) {
            if (l.kind() == Line.Kind.RULE && l.contentStart() < l.contentEnd()) {
                boilerplate.add(new Boilerplate(lineSpan(text, l), Boilerplate.Reason.FOOTNOTE_RULE));
            } else if (l.furniture() != null) {
                boilerplate.add(new Boilerplate(lineSpan(text, l), l.furniture()));
            }
        }
        quoted.marks().forEach(mark -> boilerplate.add(new Boilerplate(mark, Boilerplate.Reason.MAIL_QUOTE_MARK)));
        boilerplate.sort(java.util.Comparator.comparing(Boilerplate::span));
        return new DocumentStructure(text, language, header.header(), headerFields, paragraphs, footnotes, boilerplate, problems);
    }

    /** The header and footer lines that were read into header fields rather than kept as heading notes. */
    private static List<Span> headerFields(AnchoredText text, List<Line> headerLines, List<List<Line>> notes, List<Line> footer) {
        Set<Integer> noted = new HashSet<>();
        notes.forEach(n -> n.forEach(l -> noted.add(l.index())));
        List<Span> out = new ArrayList<>();
        for (Line l : headerLines) {
            if (!noted.contains(l.index()) && l.contentStart() < l.contentEnd()) {
                out.add(lineSpan(text, l));
            }
        }
        for (Line l : footer) {
            if (l.contentStart() < l.contentEnd()) {
                out.add(lineSpan(text, l));
            }
        }
        return out;
    }

    private static Span lineSpan(AnchoredText text, Line l) {
        return text.originalSpan(l.contentStart(), l.contentEnd());
    }

    private static List<Line> bodyLines(AnchoredText text, List<Line> lines, BitSet consumed, Set<String> footnoteNumbers,
                                        List<StructureProblem> problems, List<Boilerplate> boilerplate) {
        List<Line> body = new ArrayList<>();
        for (Line l : lines) {
            if (consumed.get(l.index())) {
                continue;
            }
            if (l.kind() == Line.Kind.TEXT) {
                body.add(l);
            } else if (l.kind() == Line.Kind.NUMBER) {
                if (footnoteNumbers.contains(l.trimmed())) {
                    body.add(l);
                } else {
                    Span span = lineSpan(text, l);
                    problems.add(new StructureProblem("STRAY_NUMBER_LINE",
                            "a line holding only '" + l.trimmed() + "' matches no footnote; read as a page number and skipped", span));
                    boilerplate.add(new Boilerplate(span, Boilerplate.Reason.PAGE_COUNTER));
                }
            }
        }
        return body;
    }

    /** The first text line opening a preambular paragraph before any numbered one, or -1 when none does. */
    private static int firstPreambular(List<Line> body, ParagraphOpeners openers) {
        for (int i = 0; i < body.size(); i++) {
            Line l = body.get(i);
            if (numbered(l)) {
                return -1;
            }
            if (l.kind() == Line.Kind.TEXT && openers.opensPreambular(l.content())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the body of a text that is no resolution starts: at its first sentence (a numbered line, or a line that ends a
     * sentence part and is no header form). The short lines before it are its header: masthead, symbol, title, headings.
     */
    private static int firstSentence(List<Line> body, HeaderForms forms) {
        boolean first = true;
        for (int i = 0; i < body.size(); i++) {
            Line l = body.get(i);
            if (l.kind() != Line.Kind.TEXT) {
                continue;
            }
            if (numbered(l)) {
                return i;
            }
            // A page's title line ending in its symbol (... Internet. A/HRC/32/L.20) looks like a sentence with a footnote marker.
            boolean pageTitle = first && SymbolLines.pageTitle(l.content()) != null;
            first = false;
            if (endsTerminal(l.content()) && forms.read(l.content()) == null && SymbolLines.symbolLine(l.content()).isEmpty()
                    && !pageTitle) {
                int start = i;
                // The sentence may have begun on the lines right above it, wrapped by the converter.
                while (start > 0 && wrapsInto(body.get(start - 1), body.get(start), forms)) {
                    start--;
                }
                return start;
            }
        }
        return body.size();
    }

    /**
     * Whether {@code line} is the wrapped beginning of the sentence that goes on in {@code next}, the line right below it: it
     * ends in a hyphen ({@code Infor-} / {@code mation}, {@code A/65/64-} / {@code E/2010/12}), or it ends in a letter or digit and {@code next} goes on in lower
     * case or with a number ({@code resolution} / {@code 65/141,}), or in Chinese it ends in a digit ({@code 7 月 28} /
     * {@code 日}), or it ends in a word no heading ends in ({@code for the}) or is as wide as a wrapped line (sixty characters or
     * more, ending in a word). A line that ends a sentence part, that is a header form or a symbol line, or that a blank line parts from
     * {@code next} is rejected, and so is a Chinese heading ending in a character (nothing tells it from a wrapped line).
     */
    private static boolean wrapsInto(Line line, Line next, HeaderForms forms) {
        if (line.kind() != Line.Kind.TEXT || next.index() != line.index() + 1 || numbered(next)) {
            return false;
        }
        String t = line.content().strip();
        String n = next.content().strip();
        if (t.isEmpty() || n.isEmpty() || endsTerminal(t) || forms.read(line.content()) != null
                || !SymbolLines.symbolLine(line.content()).isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        char first = n.charAt(0);
        if (last == '-' && t.length() > 1 && Character.isLetterOrDigit(t.charAt(t.length() - 2))) {
            return true;
        }
        if (Character.isDigit(last) && Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN) {
            return true;
        }
        if (JOINING_WORD_AT_END.matcher(t).find() || t.length() >= WRAPPED_WIDTH && Character.isLetterOrDigit(last)) {
            // "... the Tunis Agenda for the" / "Information Society called for ... of an Internet" / "Governance Forum ...": a
            // word no heading ends in, or a line as wide as a wrapped paragraph's (mail is wrapped at 70 or so)
            return true;
        }
        return Character.isLetterOrDigit(last) && (Character.isLowerCase(first) || Character.isDigit(first));
    }

    /** A line at least this wide that ends in a word, right above the first sentence, is that sentence wrapped. */
    private static final int WRAPPED_WIDTH = 60;

    /**
     * Whether {@code line} goes on with the sentence of {@code last} although a blank line parts them: {@code last} ends in a
     * comma and {@code line} opens in lower case ({@code ... in the digital age,} / {@code and 45/95 of 14 December 1990 ...}, a
     * double-spaced copy); no paragraph of a UN text opens in lower case.
     */
    private static boolean continuesAfterComma(Line last, Line line) {
        String t = last.content().strip();
        String n = line.content().strip();
        return !t.isEmpty() && !n.isEmpty() && t.charAt(t.length() - 1) == ',' && n.charAt(0) >= 'a' && n.charAt(0) <= 'z';
    }

        private static int findOpener(List<Line> body, HeaderForms forms) {
        for (int i = 0; i < body.size(); i++) {
            if (forms.opener(body.get(i).content()) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What the pages print as the document's symbol: their running head, else a masthead below the header, else a Summit
     * page head whose slashes were lost ({@link SymbolLines#slashlessSummitHead}) or one with the copy's language suffix
     * ({@link SymbolLines#suffixedHead}), else the symbol of a publication's imprint page ({@link #imprint}), else the running
     * head the copy opens with over its first section ({@link #openingHead}).
     */
    private static List<OwnSymbol> printedOwn(AnchoredText text, List<Line> lines) {
        List<OwnSymbol> heads = pageHeads(text, lines);
        if (heads.isEmpty()) {
            heads = masthead(text, lines);
        }
        if (heads.isEmpty()) {
            heads = languageSuffixedHead(text, lines);
        }
        if (heads.isEmpty()) {
            heads = imprint(text, lines);
        }
        if (heads.isEmpty()) {
            heads = openingHead(text, lines);
        }
        return heads;
    }

    /** The running head a copy opens with, over its first section ({@link SymbolLines#headThenSection}), on its first text line. */
    private static List<OwnSymbol> openingHead(AnchoredText text, List<Line> lines) {
        for (Line l : lines) {
            if (l.kind() == Line.Kind.TEXT && !l.content().isBlank()) {
                return SymbolLines.headThenSection(l.content()).stream().map(f -> OwnSymbol.in(text, l, f)).toList();
            }
        }
        return List.of();
    }

    /**
     * The symbol a United Nations publication prints on its imprint page: ending the line of the note on designations or on
     * one of the {@value #IMPRINT_LINES} text lines after it ({@code ... This publication has been edited externally.
     * UNCTAD/DTL/STICT/2015/3}).
     */
    private static List<OwnSymbol> imprint(AnchoredText text, List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() != Line.Kind.TEXT || !SymbolLines.imprintNote(lines.get(i).content())) {
                continue;
            }
            for (int j = i, seen = 0; j < lines.size() && seen <= IMPRINT_LINES; j++) {
                Line l = lines.get(j);
                if (l.kind() != Line.Kind.TEXT) {
                    continue;
                }
                seen++;
                List<SymbolLines.Found> found = SymbolLines.imprintSymbol(l.content());
                if (!found.isEmpty()) {
                    return found.stream().map(f -> OwnSymbol.in(text, l, f)).toList();
                }
            }
        }
        return List.of();
    }

    private static final int IMPRINT_LINES = 3;

    private static List<OwnSymbol> languageSuffixedHead(AnchoredText text, List<Line> lines) {
        for (Line l : lines) {
            SymbolLines.Found f = l.kind() == Line.Kind.TEXT ? SymbolLines.slashlessSummitHead(l.content()) : null;
            if (f == null && l.kind() == Line.Kind.TEXT) {
                f = SymbolLines.suffixedHead(l.content());
            }
            if (f != null) {
                return List.of(OwnSymbol.in(text, l, f));
            }
        }
        return List.of();
    }

    /**
     * The symbols printed alone at the head of pages (a bare symbol line that recurs): those of the most frequent head,
     * each once; both parts of a joint head ({@code E/2020/31-E/CN.16/2020/4}) are the document's.
     */
    private static List<OwnSymbol> pageHeads(AnchoredText text, List<Line> lines) {
        Map<List<String>, List<OwnSymbol>> heads = new java.util.LinkedHashMap<>();
        Map<List<String>, Integer> counts = new java.util.HashMap<>();
        for (Line l : lines) {
            if (l.furniture() == Boilerplate.Reason.RUNNING_HEADER) {
                List<SymbolLines.Found> found = SymbolLines.symbolLine(l.content());
                if (found.isEmpty()) {
                    continue;
                }
                List<String> key = found.stream().map(SymbolLines.Found::symbol).toList();
                counts.merge(key, 1, Integer::sum);
                heads.computeIfAbsent(key, k -> found.stream().map(f -> OwnSymbol.in(text, l, f)).toList());
            }
        }
        // The first of the most frequent heads: a stable choice, since the map keeps the order heads first appear in.
        List<String> top = null;
        for (List<String> key : heads.keySet()) {
            if (top == null || counts.get(key) > counts.get(top)) {
                top = key;
            }
        }
        return top == null ? List.of() : heads.get(top);
    }

    /**
     * The symbols of the first masthead line of the text after its header: the first page of a PDF that a web page copied
     * below its own text. A masthead line is a symbol line with the organ's name or the distribution status in it
     * ({@link SymbolLines#mastheadLine}) or on the text line right above or below it ({@code E/2005/31E/CN.16/2005/5} over
     * {@code United Nations}), or a masthead flattened into a longer line ({@link SymbolLines#flatMasthead}), or one whose
     * type's number stands on the line below ({@link #typeNumberBelow}). The own symbol
     * when neither the header nor page heads print one.
     */
    private static List<OwnSymbol> masthead(AnchoredText text, List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() != Line.Kind.TEXT) {
                continue;
            }
            List<SymbolLines.Found> found = SymbolLines.mastheadLine(l.content());
            if (found.isEmpty() && (mastheadWordsNextTo(lines, i, -1) || mastheadWordsNextTo(lines, i, 1))) {
                found = SymbolLines.symbolLine(l.content());
            }
            if (found.isEmpty()) {
                found = SymbolLines.flatMasthead(l.content());
            }
            if (found.isEmpty()) {
                found = typeNumberBelow(lines, i);
            }
            if (!found.isEmpty()) {
                return found.stream().map(f -> OwnSymbol.in(text, l, f)).toList();
            }
        }
        return List.of();
    }

    private static final Pattern PAGE_DIGITS = Pattern.compile("\\d{1,3}");

    /**
     * A masthead line whose symbol ends in a document type with its dot ({@code United Nations A/C.2/78/SR.}) over a line
     * holding only a number ({@code 23}): the PDF printed the type's number apart, and the two make the symbol.
     */
    private static List<SymbolLines.Found> typeNumberBelow(List<Line> lines, int i) {
        String content = lines.get(i).content().stripTrailing();
        if (!content.endsWith(".")) {
            return List.of();
        }
        int j = i + 1;
        while (j < lines.size() && j - i <= 2 && lines.get(j).kind() == Line.Kind.BLANK) {
            j++;
        }
        if (j >= lines.size() || lines.get(j).kind() != Line.Kind.NUMBER || !PAGE_DIGITS.matcher(lines.get(j).trimmed()).matches()) {
            return List.of();
        }
        String joined = content + lines.get(j).trimmed();
        return SymbolLines.mastheadLine(joined).stream()
                .map(f -> new SymbolLines.Found(f.symbol(), f.start(), Math.min(f.end(), content.length()))).toList();
    }

    /** Whether the nearest text line from line {@code i} in direction {@code step} is masthead words only. */
    private static boolean mastheadWordsNextTo(List<Line> lines, int i, int step) {
        Line next = Line.nearestText(lines, i, step);
        return next != null && SymbolLines.mastheadWords(next.content());
    }

    private void assemble(AnchoredText text, List<Line> content, Layout layout, Set<String> footnoteNumbers,
                          Pages pages, Ids ids, List<Paragraph> out, boolean resolution) {
        List<List<Line>> groups = new ArrayList<>();
        List<Boolean> headingFlags = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        // The last text line of the current group, kept as lines are added (looking it up per line was quadratic).
        Line last = null;
        boolean currentHeading = false;
        Line previous = null;
        Line[] nextTexts = nextTexts(content);
        for (int i = 0; i < content.size(); i++) {
            Line line = content.get(i);
            if (line.kind() == Line.Kind.NUMBER) {
                current.add(line);
                previous = line;
                continue;
            }
            Line next = nextTexts[i];
            boolean starts;
            // A bare marker line interrupts a sentence: the line right after it goes on with it.
            boolean afterMarker = previous != null && previous.kind() == Line.Kind.NUMBER
                    && previous.index() + 1 == line.index();
            previous = line;
            if (last == null || numbered(line)) {
                starts = true;
            } else if (afterMarker) {
                starts = false;
                currentHeading = false;
            } else if (currentHeading) {
                starts = true;
            } else if (!endsTerminal(last.content()) || continuesAfterComma(last, line)) {
                starts = false;
            } else {
                starts = !layout.indented() || line.indented() || looksLikeHeading(line, next, layout);
            }
            if (starts) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    headingFlags.add(currentHeading);
                }
                current = new ArrayList<>();
                currentHeading = looksLikeHeading(line, next, layout);
            }
            current.add(line);
            last = line;
        }
        if (last != null) {
            groups.add(current);
            headingFlags.add(currentHeading);
        }

        boolean operativeSeen = false;
        String lastOperative = null;
        // In a report or a page, numbered paragraphs are plain body paragraphs that keep their number.
        ParagraphKind numberedKind = resolution ? ParagraphKind.OPERATIVE : ParagraphKind.BODY;
        for (int g = 0; g < groups.size(); g++) {
            List<Line> group = groups.get(g);
            Line first = lastTextFrom(group, true);
            ParagraphKind kind;
            String number = null;
            Matcher m;
            if (headingFlags.get(g) && shortAndUnpunctuated(group, layout)) {
                kind = ParagraphKind.HEADING;
            } else if ((m = NUMBERED.matcher(first.content())).lookingAt() && !DECIMAL.matcher(first.content()).lookingAt()) {
                kind = numberedKind;
                number = m.group(1);
                lastOperative = number;
                operativeSeen = true;
            } else if ((m = SUB.matcher(first.content())).lookingAt() && lastOperative != null) {
                kind = numberedKind;
                number = lastOperative + "(" + m.group(1) + ")";
            } else if (operativeSeen) {
                kind = numberedKind;
                number = resolution ? lastOperative : null;
            } else {
                kind = resolution ? ParagraphKind.PREAMBULAR : ParagraphKind.BODY;
            }
            out.add(paragraph(text, ids, kind, number, group, footnoteNumbers, pages));
        }
    }

    /** A noun a citation's number follows: a line ending in it, over a line opening with a number, is one sentence. */
    private static final Pattern NUMBERED_NOUN_AT_END = Pattern.compile("(?<![A-Za-z])(?i:resolutions?|decisions?|paragraphs?|paras?\\.)$");

    /** An English word that never ends a heading: the line it ends goes on in the next one. */
    private static final Pattern JOINING_WORD_AT_END = Pattern.compile(
            "(?<![A-Za-z])(?:the|a|an|of|for|to|in|on|and|or|by|with|at|from|as|that|its|their|is|are|was|were)$");

    private static boolean shortAndUnpunctuated(List<Line> group, Layout layout) {
        StringBuilder joined = new StringBuilder();
        for (Line l : group) {
            if (l.kind() == Line.Kind.TEXT) {
                joined.append(l.trimmed());
            }
        }
        return joined.length() <= layout.longestHeading() && !endsTerminal(joined.toString());
    }

    private static Paragraph paragraph(AnchoredText text, Ids ids, ParagraphKind kind, String number, List<Line> lines,
                                       Set<String> footnoteNumbers, Pages pages) {
        LineJoiner.Joined joined = LineJoiner.join(text, lines, footnoteNumbers, '\0');
        AnchoredText body = joined.text();
        Span span = body.length() == 0 ? new Span(0, 0) : body.originalSpan(0, body.length());
        String id = ids.next(kind, number);
        return new Paragraph(id, kind, number, body, span, joined.markers(), pages.pageOf(lines.get(0).index()));
    }

    private static boolean opensWithDigit(Line line) {
        String t = line.trimmed();
        return !t.isEmpty() && Character.isDigit(t.charAt(0));
    }

    private static boolean numbered(Line line) {
        return NUMBERED.matcher(line.content()).lookingAt() || DECIMAL.matcher(line.content()).lookingAt()
                || SUB.matcher(line.content()).lookingAt();
    }

    private static boolean looksLikeHeading(Line line, Line next, Layout layout) {
        String t = line.trimmed();
        if (t.length() > layout.longestHeading() || endsTerminal(t) || (layout.indented() && line.indented() && !numbered(line))) {
            return false;
        }
        if (next != null && next.index() == line.index() + 1 && (JOINING_WORD_AT_END.matcher(t).find()
                || NUMBERED_NOUN_AT_END.matcher(t).find() && !numbered(next) && opensWithDigit(next))) {
            // "At the second phase of WSIS in Tunis, the Tunis Agenda for the" over the next line: a wrapped sentence, since no
            // heading ends in an article, a preposition or a conjunction; nor does one end in a noun whose number opens the
            // next line ("UN General Assembly Resolution" / "56/183 endorsed the framework ...").
            return false;
        }
        return next == null || numbered(next) || !layout.indented() || next.indented();
    }

    /** True when the line ends a sentence part, ignoring footnote markers written after the punctuation. */
    static boolean endsTerminal(String content) {
        String t = content.strip();
        int end = t.length();
        while (end > 0 && (Line.SUPERSCRIPT_DIGITS.indexOf(t.charAt(end - 1)) >= 0 || Character.isWhitespace(t.charAt(end - 1)))) {
            end--;
        }
        int digits = end;
        while (digits > 0 && Character.isDigit(t.charAt(digits - 1)) && end - digits < 2) {
            digits--;
        }
        if (digits < end && digits > 0 && TERMINAL.indexOf(t.charAt(digits - 1)) >= 0) {
            end = digits;
        }
        return end > 0 && TERMINAL.indexOf(t.charAt(end - 1)) >= 0;
    }

    /** For each line, the next text line after it (null at the end), found in one pass from the end. */
    private static Line[] nextTexts(List<Line> content) {
        Line[] next = new Line[content.size()];
        Line seen = null;
        for (int k = content.size() - 1; k >= 0; k--) {
            next[k] = seen;
            if (content.get(k).kind() == Line.Kind.TEXT) {
                seen = content.get(k);
            }
        }
        return next;
    }

    private static Line lastTextFrom(List<Line> group, boolean first) {
        Line found = null;
        for (Line l : group) {
            if (l.kind() == Line.Kind.TEXT) {
                if (first) {
                    return l;
                }
                found = l;
            }
        }
        return found;
    }

    /** Paragraph ids: pp1, op17, op32a, h1, fn3; a repeated id (footnote numbers restart per page) gets -2, -3. */
    private static final class Ids {
        private final Map<ParagraphKind, Integer> counters = new HashMap<>();
        private final Set<String> used = new HashSet<>();

        String next(ParagraphKind kind, String number) {
            String base;
            if (kind == ParagraphKind.OPERATIVE || kind == ParagraphKind.FOOTNOTE) {
                base = kind.idPrefix() + (number == null ? "" : number.replace("(", "").replace(")", "").replace("*", "star"));
            } else {
                base = kind.idPrefix() + counters.merge(kind, 1, Integer::sum);
            }
            String id = base;
            for (int k = 2; !used.add(id); k++) {
                id = base + "-" + k;
            }
            return id;
        }
    }
}
