package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.extract.CitingText;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.structure.Paragraph;

/**
 * Paragraphs of a cited text in UN English: a run of paragraph numbers ({@link ParagraphNumbers#ENGLISH_RUN})
 * tied to what names the text: a titled instrument ({@link EnglishInstrumentExtractor}), a resolution
 * or decision ({@link EnglishResolutionExtractor}) or a document symbol.
 *
 * <p>Accepts, with kind paragraph, one match per number (lists and ranges expanded), quoted from
 * the first to the last of the run and its anchor:
 * <ul>
 *   <li>the run, then {@code of} and the text: {@code paragraph 72 of the Tunis Agenda},
 *       {@code paragraphs 72 to 78 of the Tunis Agenda for the Information Society},
 *       {@code paragraph 5 of resolution 60/252}, {@code paragraph 30 of its resolution 2010/2},
 *       {@code paragraph 5 of General Assembly resolution 70/125}, {@code paragraph 111'of} (a stray
 *       quote of a web copy);</li>
 *   <li>a section sign's number, then the instrument's title: {@code (§28.e. Geneva Plan of Action)}; a run in brackets, a
 *       comma, then the title: {@code (Para 120, Tunis Agenda)};</li>
 *   <li>the text, then the run: {@code (A/77/440, para. 12)}, {@code the Tunis Agenda, paragraph 72}, {@code (see
 *       A/74/66–E/2019/7, paras. 45–48)} (a joint symbol: the paragraphs of each of its parts),
 *       {@code resolution 60/252 (para. 4)};</li>
 *   <li>{@code paragraph 72 of the Agenda}, {@code paragraph 4 of the Declaration}: the instrument named last before
 *       it, in the same sentence or the one before, when the word is a word of its title;</li>
 *   <li>{@code paragraph 4 thereof}, {@code paragraph 5 of that resolution} (also {@code the said},
 *       {@code the same}, {@code this}; {@code paragraph 2 of the resolution}, the resolution taken up again): the resolution,
 *       document or instrument named last before it in the paragraph;</li>
 *   <li>a bare run ({@code ... the Tunis Agenda ... paragraphs 72, 73 and 77 ...}): the instrument,
 *       resolution or document named last before it in the same sentence or the one before, in the
 *       same paragraph; for a run in brackets ({@code (Paragraphs 2 to 6)}), in the same sentence only (or, for a bracket set after
 *       the full stop, {@code ... a better future for all. (para 3).}, the sentence it follows), and for one right
 *       after a quotation ({@code “... paragraph 72 of the Tunis Agenda ...” (paragraph 15)}), before the quotation opens:
 *       the run points into the quoted text, not into a text it names. Where nothing was named there, nothing is cited: no
 *       guess; nor for a bracket right after another text's capitalised noun ({@code ... and Action Plan (paragraphs 13 b-d)}),
 *       which points into that text;</li>
 *   <li>{@code article 72 of the Tunis Agenda}, {@code articles 72 to 78 of the Tunis Agenda}, {@code Art. 69}: the
 *       numbered paragraphs of a titled instrument that has no articles (the curated table says
 *       which instruments are numbered in articles); a bare run ({@code The Tunis Agenda recognized in Art. 35}) is
 *       the instrument's named last before it, in the same sentence or the one before.</li>
 * </ul>
 * Rejects: runs about the citing text itself ({@code paragraph 3 above}, {@code below},
 * {@code hereof}, {@code of the present resolution}), runs tied to something that names no
 * document ({@code paragraph 12 of the report}, {@code Article 12, paragraph 2, of the Charter}), {@code paragraph 5 of
 * the Declaration} when the instrument named last is no declaration,
 * numbers with no paragraph noun, and articles of instruments made of articles
 * ({@code article 19 of the Universal Declaration of Human Rights}) or of anything but a titled
 * instrument ({@code article 5 of the report}).
 */
public final class EnglishParagraphReferenceExtractor implements ReferenceExtractor {

    private static final String BODY = "(?:General\\s{1,3}Assembly|Economic\\s{1,3}and\\s{1,3}Social\\s{1,3}Council"
            + "|Human\\s{1,3}Rights\\s{1,3}Council|Security\\s{1,3}Council|Council|Assembly)";
    /** Between a run and the text it belongs to: {@code of}, {@code of the}, {@code of its}, {@code of General Assembly}. */
    private static final Pattern OF_GAP = Pattern.compile("\\s{0,2}['’]?\\s{0,2},?\\s{0,2}of\\s{1,3}(?:(?:the|its|their)\\s{1,3})?"
            + "(?:" + BODY + "\\s{1,3})?");
    /** After a section sign's number: a sub-paragraph's letter ({@code .e.}), then the title right after ({@code §28.e. Geneva Plan of Action}). */
    /** After a run: a comma, then the title right after ({@code (Para 120, Tunis Agenda)}). */
    private static final Pattern COMMA_THEN_TITLE = Pattern.compile("\\s{0,2},\\s{0,2}(?:the\\s{1,3})?");
    private static final Pattern SIGN_THEN_TITLE = Pattern.compile("(?:\\.[a-z]\\.?|\\s?\\([a-z]\\))?\\s{1,2}(?:the\\s{1,3})?");
    /** Between a text and its run: a comma, a bracket. */
    private static final Pattern AFTER_GAP = Pattern.compile("\\s{0,2}[,(]?\\s{0,2}");
    /** The text just named, taken up again. */
    private static final Pattern SAME_TEXT = Pattern.compile("\\s{0,2}(?:thereof|of\\s{1,3}(?:that|the\\s{1,3}said|the\\s{1,3}same|this)"
            + "\\s{1,3}(?:resolution|decision|report|document|note|Agenda)|of\\s{1,3}the\\s{1,3}(?:resolution|decision)\\b(?!\\s{1,3}\\d))");
    /** What ties a run to something that is no citable text, or to the citing text itself. */
    private static final Pattern NOT_BARE = Pattern.compile("\\s{0,2}['’]?\\s{0,2},?\\s{0,2}(?:of\\s|above|below|hereof|thereof)");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("[Aa]rticle\\s{1,3}\\d{1,3}\\s{0,2},?\\s{0,2}$");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s");
    /** A word of an instrument's title standing for it: {@code of the Agenda}, {@code of the Declaration}. */
    private static final Pattern HEAD_WORD = Pattern.compile("\\s{0,2},?\\s{0,2}of\\s{1,3}the\\s{1,3}(?<word>Agenda|Declaration"
            + "|Plan\\s{1,3}of\\s{1,3}Action|Commitment|Outcome\\s{1,3}Document)\\b");

    private final EnglishInstrumentExtractor instruments;
    private final InstrumentTable table;
    private final EnglishResolutionExtractor resolutions = new EnglishResolutionExtractor();
    private final DocumentSymbolExtractor symbols = new DocumentSymbolExtractor();

    public EnglishParagraphReferenceExtractor(InstrumentTable table) {
        this.instruments = new EnglishInstrumentExtractor(table);
        this.table = table;
    }

    @Override
    public List<ReferenceMatch> find(Paragraph paragraph) {
        return find(paragraph.text().toString(), CitingText.UNKNOWN);
    }

    @Override
    public List<ReferenceMatch> find(Paragraph paragraph, CitingText citing) {
        return find(paragraph.text().toString(), citing);
    }

    List<ReferenceMatch> find(String text, CitingText citing) {
        List<ReferenceMatch> anchors = new ArrayList<>(instruments.find(text));
        anchors.addAll(resolutions.find(text, citing));
        anchors.addAll(symbols.find(text, false));
        anchors.removeIf(a -> a.target() == null);
        anchors.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<ReferenceMatch> found = new ArrayList<>();
        Matcher run = ParagraphNumbers.ENGLISH_RUN.matcher(text);
        while (run.find()) {
            ReferenceMatch anchor = anchorAfter(text, run, anchors);
            boolean tiedAfter = NOT_BARE.matcher(text).region(run.end(), text.length()).lookingAt();
            if (anchor == null && !tiedAfter) {
                // The text before a run is its anchor only when nothing after the run claims it.
                anchor = anchorBefore(text, run, anchors);
            }
            if (anchor == null) {
                anchor = takenUpAgain(text, run, anchors);
            }
            if (anchor == null) {
                anchor = byHeadWord(text, run, anchors);
            }
            if (anchor == null) {
                anchor = antecedent(text, run, anchors);
            }
            if (anchor == null) {
                continue;
            }
            for (ReferenceMatch part : JointSymbols.partsOf(text, anchor, anchors)) {
                int start = Math.min(part.start(), run.start());
                int end = Math.max(part.end(), run.end());
                for (int n : ParagraphNumbers.expand(numbersOf(run))) {
                    found.add(new ReferenceMatch("paragraph", part.target(), n, start, end, part.title()));
                }
            }
        }
        found.addAll(articlesOfParagraphedInstruments(text, anchors));
        return found;
    }

    /** {@code article 72 of the Tunis Agenda}: paragraphs, when the instrument after the run has no articles. */
    private List<ReferenceMatch> articlesOfParagraphedInstruments(String text, List<ReferenceMatch> anchors) {
        List<ReferenceMatch> found = new ArrayList<>();
        Matcher run = ParagraphNumbers.ENGLISH_ARTICLE_RUN.matcher(text);
        while (run.find()) {
            ReferenceMatch anchor = anchorAfter(text, run, anchors);
            if (anchor == null && !NOT_BARE.matcher(text).region(run.end(), text.length()).lookingAt()) {
                // A bare article run (The Tunis Agenda recognized in Art. 35 that ...): the instrument named last before it.
                ReferenceMatch last = lastBefore(run.start(), anchors);
                anchor = last != null && sentenceEndsBetween(text, last.end(), run.start()) <= 1 ? last : null;
            }
            if (anchor == null || !anchor.kind().equals("instrument") || anchor.title() == null
                    || table.lookup(anchor.title()).map(InstrumentTable.Entry::numberedInArticles).orElse(true)) {
                continue;
            }
            for (int n : ParagraphNumbers.expand(numbersOf(run))) {
                found.add(new ReferenceMatch("paragraph", anchor.target(), n, Math.min(run.start(), anchor.start()),
                        Math.max(run.end(), anchor.end()), anchor.title()));
            }
        }
        return found;
    }

    /** The run without its noun, so that {@code para.} or {@code ¶} adds no number or joiner. */
    private static String numbersOf(Matcher run) {
        String written = run.group();
        int firstDigit = 0;
        while (firstDigit < written.length() && !Character.isDigit(written.charAt(firstDigit))) {
            firstDigit++;
        }
        return written.substring(firstDigit);
    }

    /** {@code paragraph 72 of the Tunis Agenda}: the anchor that starts where the gap after the run ends. */
    private static ReferenceMatch anchorAfter(String text, Matcher run, List<ReferenceMatch> anchors) {
        Matcher gap = OF_GAP.matcher(text).region(run.end(), text.length());
        if (!gap.lookingAt()) {
            // (§28.e. Geneva Plan of Action): a section sign's number, its sub-paragraph, then the instrument's title;
            // (Para 120, Tunis Agenda): a run in brackets, a comma, then the title
            Matcher signed = SIGN_THEN_TITLE.matcher(text).region(run.end(), text.length());
            Matcher comma = COMMA_THEN_TITLE.matcher(text).region(run.end(), text.length());
            boolean bracketed = inBrackets(text, run);
            int titleAt = text.charAt(run.start()) == '§' && signed.lookingAt() ? signed.end()
                    : bracketed && comma.lookingAt() ? comma.end() : -1;
            for (ReferenceMatch a : anchors) {
                if (titleAt >= 0 && a.start() == titleAt && a.kind().equals("instrument")) {
                    return a;
                }
            }
            return null;
        }
        for (ReferenceMatch a : anchors) {
            if (a.start() == gap.end() || (a.start() > gap.end() && text.substring(gap.end(), a.start()).matches(
                    "(?:resolutions?|decisions?)\\s{1,3}"))) {
                return a;
            }
        }
        return null;
    }

    /** {@code (A/77/440, para. 12)}: the anchor that ends where the gap before the run starts. */
    private static ReferenceMatch anchorBefore(String text, Matcher run, List<ReferenceMatch> anchors) {
        for (ReferenceMatch a : anchors) {
            if (a.end() <= run.start()) {
                Matcher gap = AFTER_GAP.matcher(text).region(a.end(), run.start());
                if (gap.matches()) {
                    return a;
                }
            }
        }
        return null;
    }

    /** {@code paragraph 4 thereof}: the last anchor before the run. */
    private static ReferenceMatch takenUpAgain(String text, Matcher run, List<ReferenceMatch> anchors) {
        if (!SAME_TEXT.matcher(text).region(run.end(), text.length()).lookingAt()) {
            return null;
        }
        return lastBefore(run.start(), anchors);
    }

    /**
     * {@code paragraph 72 of the Agenda} after {@code the Tunis Agenda for the Information Society}: the instrument named
     * last before the run, in the same or the previous sentence, taken up again by a word of its title.
     */
    private static ReferenceMatch byHeadWord(String text, Matcher run, List<ReferenceMatch> anchors) {
        Matcher head = HEAD_WORD.matcher(text).region(run.end(), text.length());
        if (!head.lookingAt()) {
            return null;
        }
        ReferenceMatch last = lastBefore(run.start(), anchors);
        if (last == null || !last.kind().equals("instrument") || sentenceEndsBetween(text, last.end(), run.start()) > 1) {
            return null;
        }
        String word = head.group("word").replaceAll("\\s+", " ");
        String title = text.substring(last.start(), last.end()).replaceAll("\\s+", " ");
        return (" " + title + " ").contains(" " + word + " ") ? last : null;
    }

    private static int sentenceEndsBetween(String text, int from, int to) {
        Matcher ends = SENTENCE_END.matcher(text).region(from, to);
        int count = 0;
        while (ends.find()) {
            count++;
        }
        return count;
    }

    /**
     * A bare run: the anchor named last before it in the same or the previous sentence. Runs tied
     * to another text by {@code of}, or to the citing text, are not bare.
     */
    private static ReferenceMatch antecedent(String text, Matcher run, List<ReferenceMatch> anchors) {
        if (NOT_BARE.matcher(text).region(run.end(), text.length()).lookingAt()
                || ARTICLE_BEFORE.matcher(text).region(Math.max(0, run.start() - 16), run.start()).find()) {
            return null;
        }
        ReferenceMatch last = lastBefore(run.start(), anchors);
        if (last == null) {
            return null;
        }
        int sentenceEnds = sentenceEndsBetween(text, last.end(), run.start());
        // A run in brackets is a pointer into what the sentence is about: the text named in that sentence, else the one
        // the writer is summarising ("It affirms ... (Paragraphs 2 to 6)"), never a text named in the sentence before.
        boolean bracketed = inBrackets(text, run);
        if (bracketed && TEXT_NOUN_BEFORE_BRACKET.matcher(text).region(Math.max(0, run.start() - 30), run.start()).find()) {
            // ... the Declaration of Principles (paragraphs 48-50) and Action Plan (paragraphs 13 b-d): the bracket points into
            // the text named right before it, which is no text we know, not into the one named earlier
            return null;
        }
        int quoteOpens = bracketed ? quoteClosedBefore(text, run.start() - 1) : NO_QUOTE;
        if (quoteOpens == QUOTE_OPENS_OUT_OF_SIGHT) {
            return null; // a quotation too long to see where it opens: what it quotes is not known
        }
        if (quoteOpens >= 0) {
            // ... “... as set out in paragraph 72 of the Tunis Agenda ...” (paragraph 15): the run points into the quoted text,
            // which the writer named (if at all) before the quotation opened, not into a text the quotation names.
            last = lastBefore(quoteOpens, anchors);
            return last != null && sentenceEndsBetween(text, last.end(), quoteOpens) == 0 ? last : null;
        }
        // "... a better future for all. (para 3).": a bracket set after the full stop cites the sentence it follows.
        boolean afterStop = bracketed && STOP_BEFORE_BRACKET.matcher(text).region(Math.max(0, run.start() - 4), run.start()).find();
        int allowed = bracketed && !afterStop ? 0 : 1;
        return sentenceEnds <= allowed ? last : null;
    }

    /** A text's noun, capitalised, right before a bracket: {@code Action Plan (}, {@code the Charter (}. */
    private static final Pattern TEXT_NOUN_BEFORE_BRACKET = Pattern.compile("(?<![A-Za-z])(?:Plan|Agenda|Declaration|Commitment|Charter"
            + "|Convention|Report|Resolution|Programme|Compact|Consensus|Outcome|Covenant|Protocol)\\s{0,2}\\($");
    private static final Pattern STOP_BEFORE_BRACKET = Pattern.compile("\\.\\s{0,2}\\($");
    /** Whether the run opens a bracket: {@code (Paragraphs 2 to 6)}, {@code (Para 120, Tunis Agenda)}. */
    private static boolean inBrackets(String text, Matcher run) {
        return run.start() > 0 && text.charAt(run.start() - 1) == '(';
    }

    private static final int QUOTE_LIMIT = 1000;
    private static final int NO_QUOTE = -1;
    private static final int QUOTE_OPENS_OUT_OF_SIGHT = -2;

    /**
     * Where the quotation opens that a closing quotation mark right before {@code bracket} (spaces between) closes:
     * {@link #NO_QUOTE} when no quotation ends there, {@link #QUOTE_OPENS_OUT_OF_SIGHT} when its opening mark is not within
     * {@value #QUOTE_LIMIT} characters (or before the paragraph).
     */
    private static int quoteClosedBefore(String text, int bracket) {
        int close = bracket - 1;
        while (close >= 0 && Character.isWhitespace(text.charAt(close))) {
            close--;
        }
        if (close < 0) {
            return NO_QUOTE;
        }
        char closing = text.charAt(close);
        char opening = switch (closing) {
            case '\u201D' -> '\u201C';
            case '\u00BB' -> '\u00AB';
            case '"' -> '"';
            default -> 0;
        };
        if (opening == 0) {
            return NO_QUOTE;
        }
        for (int i = close - 1; i >= Math.max(0, close - QUOTE_LIMIT); i--) {
            if (text.charAt(i) == opening) {
                return i;
            }
        }
        return QUOTE_OPENS_OUT_OF_SIGHT;
    }

    private static ReferenceMatch lastBefore(int position, List<ReferenceMatch> anchors) {
        ReferenceMatch last = null;
        for (ReferenceMatch a : anchors) {
            if (a.end() <= position && (last == null || a.end() > last.end())) {
                last = a;
            }
        }
        return last;
    }
}
