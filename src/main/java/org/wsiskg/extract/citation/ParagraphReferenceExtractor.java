package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.extract.CitingText;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.structure.Paragraph;

/**
 * Paragraphs of a cited text: {@code 第 … 段} right after what names the text.
 *
 * <p>Accepts, with kind paragraph, one match per paragraph number (lists and ranges expanded by
 * {@link ParagraphNumbers}), quoted from the name of the text to 段:
 * <ul>
 *   <li>after a titled instrument: {@code 《信息社会突尼斯议程》第 72 段}, {@code 《突尼斯议程》第 34
 *       和 35段}, {@code 《信息社会突尼斯议程》 第 111 段} (a footnote marker between 》 and 第 is
 *       already cut out of the paragraph text); an unknown title leaves the target to the
 *       resolve step, like the title itself;</li>
 *   <li>after a title from the curated table, five characters or more, written without brackets:
 *       {@code 突尼斯议程第 69 至 71 段};</li>
 *   <li>after a resolution or decision just cited: {@code 第2010/2号决议第30段},
 *       {@code 第 2011/16 号决议第 20段}, {@code 大会第 66/184 号决议第 10段};</li>
 *   <li>after a resolution just cited and 其中 / 其 ("of it"), the way a text points into it:
 *       {@code 第 70/125 号决议，特别是其中第 63 段}, {@code 第 66/184 号决议，其第 10 段}, {@code 第 70/125 号决议及其第 6 段};</li>
 *   <li>after a document symbol, with or without a comma: {@code (A/78/458, 第 11 段)};</li>
 *   <li>after 该决议 / 上述决议 (the resolution last cited before it in the same paragraph):
 *       {@code 回顾大会第 70/125 号决议，并回顾该决议第 65 段};</li>
 *   <li>an instrument named before in the sentence or the one before, taken up again by its title's last word:
 *       {@code 通过《突尼斯议程》…。乃是议程中第71点}, {@code 《信息社会突尼斯议程》…该议程第 72 段};</li>
 *   <li>a bare run after a paragraph citation ({@code …《信息社会突尼斯议程》第 76 段… 第 72、73 和
 *       77 段内论述了…}): more paragraphs of the text cited last, in the same sentence or the one
 *       before; numbers may be Chinese numerals ({@code 第七十二段}).</li>
 * </ul>
 * Rejects: 第 … 段 with no text named right before it and no paragraph citation before it in its
 * sentence or the one before, and runs that point into the citing text (上文第 5 段, 本决议第 3 段), articles and other units ({@code 《世界人权宣言》第十九条},
 * {@code 第 1 卷}), short generic titles without brackets ({@code 国家行动计划第 5 段}), and a title's last word that is
 * part of another name or names a different instrument ({@code 《突尼斯议程》…国家议程第 5 段}, {@code 《日内瓦原则宣言》…议程第 5 段}).
 */
public final class ParagraphReferenceExtractor implements ReferenceExtractor {

    /**
     * What may stand between the name of a text and 第: white space, 的, a comma after a symbol,
     * 号决议 after a resolution's number (then also ，特别是其中 / ，其 / 及其, which point into it), and 附件 (the annex, whose paragraphs a resolution that
     * adopts an agenda cites: 第 69/313 号决议附件第 114 段). After a title, a footnote number the
     * structure did not take for a marker (a text copied without its footnotes:
     * {@code 《信息社会突尼斯议程》1 第111段}) is passed over too.
     */
    private static final Pattern AFTER_TITLE = Pattern.compile("\\s*(?:\\d{1,2}\\s*(?=第))?(?:的\\s*)?");
    private static final Pattern AFTER_SYMBOL = Pattern.compile("\\s*[,，]?\\s*(?:附件\\s*)?");
    private static final Pattern AFTER_RESOLUTION = Pattern.compile(
            "\\s*号?\\s*(?:决议|决定)\\s*(?:附件\\s*)?(?:的\\s*)?(?:(?:[，,]\\s*(?:特别是|尤其是)?|及|和|以及)\\s*其中?\\s*)?");

    /** The resolution named just before, taken up again. */
    private static final Pattern SAME_RESOLUTION = Pattern.compile("(?:该|上述|该项)决议");

    /** Words right before a run that make it a paragraph of the citing text itself. */
    private static final Pattern SELF_BEFORE = Pattern.compile("(?:上文|下文|前文|本决议|本决定|本报告|本文件|本说明|本宣言|本议程|本|如上|如下)\\s{0,3}$");
    /** How far back {@link #SELF_BEFORE} can reach: a word of three characters, three spaces, and a line end ({@code \r\n}) that {@code $} passes. */
    private static final int SELF_BEFORE_REACH = 8;

    private static final int SHORTEST_BARE_TITLE = 5;

    private final InstrumentTable table;
    private final InstrumentExtractor instruments;
    private final ResolutionExtractor resolutions = new ResolutionExtractor();
    private final DocumentSymbolExtractor symbols = new DocumentSymbolExtractor();

    public ParagraphReferenceExtractor(InstrumentTable table) {
        this.table = table;
        this.instruments = new InstrumentExtractor(table);
    }

    @Override
    public List<ReferenceMatch> find(Paragraph paragraph) {
        return find(paragraph.text().toString(), resolutions.find(paragraph));
    }

    @Override
    public List<ReferenceMatch> find(Paragraph paragraph, CitingText citing) {
        return find(paragraph.text().toString(), resolutions.find(paragraph, citing));
    }

    /** Paragraph references in {@code text}, given the resolutions already found there. */
    List<ReferenceMatch> find(String text, List<ReferenceMatch> resolutionMatches) {
        List<ReferenceMatch> found = new ArrayList<>();
        List<ReferenceMatch> titles = new ArrayList<>(instruments.find(text));
        titles.addAll(bareTitles(text));
        for (ReferenceMatch title : titles) {
            cite(text, title, AFTER_TITLE, found);
        }
        // The sentence ends are counted once for the paragraph; both readings of bare words and runs look them up.
        int[] sentenceEndsBefore = sentenceEndsBefore(text);
        citeByHeadNoun(text, titles, sentenceEndsBefore, found);
        for (ReferenceMatch r : resolutionMatches) {
            cite(text, r, AFTER_RESOLUTION, found);
        }
        // The resolutions in the order they end, met as the 该决议 are, in text order: looking through all of them for
        // every 该决议 was quadratic in a paragraph of many.
        List<ReferenceMatch> byEnd = inOrderOfEnd(resolutionMatches);
        int next = 0;
        ReferenceMatch last = null;
        Matcher same = SAME_RESOLUTION.matcher(text);
        while (same.find()) {
            for (; next < byEnd.size() && byEnd.get(next).end() <= same.start(); next++) {
                last = later(last, byEnd.get(next));
            }
            if (last != null) {
                cite(text, new ReferenceMatch(last.kind(), last.target(), null, same.start(), same.end()), AFTER_TITLE, found);
            }
        }
        List<ReferenceMatch> symbolMatches = new ArrayList<>(symbols.find(text, false));
        symbolMatches.sort(Comparator.comparingInt(ReferenceMatch::start));
        for (ReferenceMatch s : symbolMatches) {
            int before = found.size();
            cite(text, s, AFTER_SYMBOL, found);
            List<ReferenceMatch> cited = List.copyOf(found.subList(before, found.size()));
            for (ReferenceMatch part : cited.isEmpty() ? List.<ReferenceMatch>of() : JointSymbols.partsOf(text, s, symbolMatches)) {
                if (part != s) {
                    // A/74/66-E/2019/7，第45段: the paragraphs of each part of the joint symbol
                    for (ReferenceMatch c : cited) {
                        found.add(new ReferenceMatch("paragraph", part.target(), c.paragraph(), Math.min(part.start(), c.start()), c.end(),
                                null));
                    }
                }
            }
        }
        citeBareRuns(text, sentenceEndsBefore, found);
        return found;
    }

    /**
     * A run of 第 … 段 with no text named right before it continues the paragraph citation made last
     * before it, in the same sentence or the one before (a sentence ends at 。): in
     * {@code …《信息社会突尼斯议程》第 76 段… 第 72、73 和 77 段内论述了…} the second run names more
     * paragraphs of the Tunis Agenda. A text merely named before a bare run does not make the run
     * its own ({@code 回顾第 70/125 号决议，…并在第 6 段中请秘书长}: the citing text's paragraph 6, as
     * likely as the resolution's); nor do runs that point into the citing text (上文, 下文, 本决议 …).
     */
    private static void citeBareRuns(String text, int[] sentenceEndsBefore, List<ReferenceMatch> found) {
        // Every step looks at a bounded stretch of text: the citations in the order they end, met as the runs are,
        // and the sentence ends counted once. Looking back through every citation, every sentence end and the whole
        // text for 本决议 before each run was quadratic in a paragraph of many runs (第1段第1段…).
        List<ReferenceMatch> byEnd = inOrderOfEnd(found);
        Set<Integer> citedEnds = new HashSet<>();
        for (ReferenceMatch f : found) {
            citedEnds.add(f.end());
        }
        int next = 0;
        ReferenceMatch last = null;
        Matcher run = ParagraphNumbers.RUN.matcher(text);
        while (run.find()) {
            if (citedEnds.contains(run.end()) || pointsIntoItself(text, run.start())) {
                continue;
            }
            for (; next < byEnd.size() && byEnd.get(next).end() <= run.start(); next++) {
                last = later(last, byEnd.get(next));
            }
            if (last == null || sentenceEndsBefore[run.start()] - sentenceEndsBefore[last.end()] > 1) {
                continue;
            }
            ReferenceMatch first = null;
            for (int n : ParagraphNumbers.expand(run.group())) {
                ReferenceMatch cited = new ReferenceMatch("paragraph", last.target(), n, last.start(), run.end(), last.title());
                found.add(cited);
                first = first == null ? cited : first;
            }
            if (first != null) {
                // It ends after every citation met so far, and before the next run starts: the next run's antecedent.
                last = first;
                citedEnds.add(run.end());
            }
        }
    }

    /** Whether the words right before {@code runStart} make the run one of the citing text's own (上文第 5 段, 本决议第 3 段). */
    private static boolean pointsIntoItself(String text, int runStart) {
        return SELF_BEFORE.matcher(text).region(Math.max(0, runStart - SELF_BEFORE_REACH), runStart).find();
    }

    /**
     * An instrument named before, taken up again by the last word of its title: in {@code 通过《突尼斯议程》…。而其中一项重要的工作，乃是议程中第71点}
     * the Agenda is the Tunis Agenda. The word stands alone (after a demonstrative, a copula or preposition, or no Chinese
     * character at all: 国家议程第 5 段 is another agenda) and the title was named in the same sentence or the one before.
     */
    private static void citeByHeadNoun(String text, List<ReferenceMatch> titles, int[] sentenceEndsBefore,
                                       List<ReferenceMatch> found) {
        if (titles.isEmpty()) {
            return;
        }
        // Titles do not overlap, so in the order they end they are in text order too: met once each as the heads are,
        // which keeps a paragraph of many titles and heads linear.
        List<ReferenceMatch> byEnd = inOrderOfEnd(titles);
        Matcher head = HEAD_NOUN.matcher(text);
        int next = 0;
        ReferenceMatch lastTitle = null;
        while (head.find()) {
            for (; next < byEnd.size() && byEnd.get(next).end() <= head.start("noun"); next++) {
                lastTitle = byEnd.get(next);
            }
            boolean inside = next < byEnd.size() && byEnd.get(next).start() < head.end("noun");
            if (inside || lastTitle == null || sentenceEndsBefore[head.start()] - sentenceEndsBefore[lastTitle.end()] > 1) {
                continue;
            }
            ReferenceMatch named = titleEndingWith(text, byEnd, next - 1, head.group("noun"));
            if (named != null) {
                cite(text, new ReferenceMatch(named.kind(), named.target(), null, head.start("noun"), head.end(), named.title()),
                        AFTER_TITLE, found);
            }
        }
    }

    /**
     * The title the word stands for: the last one before it when it ends with the word, or, when the last is the same
     * instrument under another of its names ({@code 《突尼斯议程》(Tunis Agenda)}), the one before that; a title of
     * another instrument named last means the word is not this one's.
     */
    private static ReferenceMatch titleEndingWith(String text, List<ReferenceMatch> byEnd, int last, String word) {
        ReferenceMatch newest = byEnd.get(last);
        for (int i = last; i >= 0 && i >= last - 2; i--) {
            ReferenceMatch t = byEnd.get(i);
            boolean same = t.target() != null ? t.target().equals(newest.target()) : Objects.equals(t.title(), newest.title());
            if (!same) {
                return null;
            }
            if (endsWithWord(text, t, word)) {
                return t;
            }
        }
        return null;
    }

    /** Whether a title ends with {@code word} and holds more than it (《议程》 is no title to take up). */
    private static boolean endsWithWord(String text, ReferenceMatch title, String word) {
        String written = text.substring(title.start(), title.end()).replace("《", "").replace("》", "");
        return written.endsWith(word) && written.length() > word.length();
    }

    /** A title's last word standing alone for the instrument: 该议程, 上述宣言, 是议程中, (议程 after no Chinese character). */
    private static final Pattern HEAD_NOUN = Pattern.compile(
            "(?:(?<=该|上述|此|这一|这份|是|在|于|即|乃)|(?<![\\p{IsHan}《]))(?<noun>议程|宣言|行动计划|承诺)(?:中|里)?(?=\\s{0,3}第)");

    /** Of the citation {@code last} found so far and {@code next}, which ends later (the first found, for equal ends). */
    private static ReferenceMatch later(ReferenceMatch last, ReferenceMatch next) {
        return last == null || next.end() > last.end() ? next : last;
    }

    /** The citations in the order they end; a stable sort, so that of those ending together the first found comes first. */
    private static List<ReferenceMatch> inOrderOfEnd(List<ReferenceMatch> matches) {
        List<ReferenceMatch> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt(ReferenceMatch::end));
        return sorted;
    }

    /** For every offset, how many sentence ends (。) stand before it. */
    private static int[] sentenceEndsBefore(String text) {
        int[] before = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            before[i + 1] = before[i] + (text.charAt(i) == '。' ? 1 : 0);
        }
        return before;
    }

    private static void cite(String text, ReferenceMatch anchor, Pattern gap, List<ReferenceMatch> out) {
        Matcher between = gap.matcher(text).region(anchor.end(), text.length());
        if (!between.lookingAt()) {
            return;
        }
        Matcher run = ParagraphNumbers.RUN.matcher(text).region(between.end(), text.length());
        if (!run.lookingAt()) {
            return;
        }
        for (int n : ParagraphNumbers.expand(run.group())) {
            out.add(new ReferenceMatch("paragraph", anchor.target(), n, anchor.start(), run.end(), anchor.title()));
        }
    }

    /**
     * Table titles written without 《》, kept only where 第 … 段 follows, which the caller checks.
     * Short generic titles (行动计划, 原则宣言) are left out: without brackets they are as likely part
     * of another name (国家行动计划第 5 段).
     */
    private List<ReferenceMatch> bareTitles(String text) {
        List<ReferenceMatch> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (String title : table.titlesLongestFirst()) {
            InstrumentTable.Entry entry = table.lookup(title).orElseThrow();
            if (!entry.hasSymbol() || title.length() < SHORTEST_BARE_TITLE) {
                continue;
            }
            for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
                int end = at + title.length();
                if (taken[at] || (at > 0 && text.charAt(at - 1) == '《') || (end < text.length() && text.charAt(end) == '》')) {
                    continue;
                }
                for (int k = at; k < end; k++) {
                    taken[k] = true;
                }
                found.add(new ReferenceMatch("instrument", entry.symbol(), null, at, end));
            }
        }
        return found;
    }
}
