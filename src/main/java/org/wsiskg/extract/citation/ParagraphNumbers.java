package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.ChineseNumerals;

/**
 * Reads a run of cited paragraph numbers, {@code 第 … 段}, into the numbers it names: single
 * ({@code 第 72 段}), lists ({@code 第 23 和 27 段}, {@code 第 34 和 35段}), ranges
 * ({@code 第 72 至 78 段}, {@code 第 34至第 37段}, {@code 第 34 段至第 37 段}) and runs of such
 * groups ({@code 第 34至第 37段和第 67 至第 72段}). Sub-paragraph letters ({@code 第 4 (b) 段},
 * {@code 第 4(b)和(c)段}) name their paragraph; numbers may be written in Chinese numerals
 * ({@code 第七十二段}, {@code 第七十二至七十八段}). Articles (第十九条), volumes (第 1 卷), meetings
 * (第 69 次) are not 段. After an Arabic number, 点 is 段 too ({@code 第71点}, {@code 第 77 点}: Traditional-script texts
 * number an agenda's paragraphs so); after a Chinese numeral it is a point of a speech ({@code 第一点}).
 *
 * <p>English runs ({@link #ENGLISH_RUN}): {@code paragraph 72}, {@code paragraphs 72 to 78},
 * {@code paragraphs 34 to 37 and 67 to 72}, {@code paragraphs 72, 73 and 77}, {@code paras. 12-14}, {@code paras 72-78},
 * {@code para. 12}, {@code ¶67}, {@code ¶¶ 67-72}, {@code paragraph 4 (b)}; the section sign, as ITU texts number the
 * paragraphs of the Summit's documents ({@code § 64 of the Geneva Declaration}, {@code (§ 102 (b))}).
 */
final class ParagraphNumbers {

    /** A range longer than this is not a range of paragraphs but a misreading: its ends are kept. */
    private static final int LONGEST_RANGE = 100;
    private static final String LETTER = "\\([a-z]{1,2}\\)";
    private static final String CHINESE_NUMBER = "[一二三四五六七八九十百]{1,6}";
    private static final String NUMBER = "(?:\\d{1,3}(?![\\d/.])|" + CHINESE_NUMBER + ")(?:\\s?" + LETTER + "(?:\\s*(?:和|、|及|至)\\s*" + LETTER + "){0,10})?";
    private static final String JOIN = "\\s*(?:至|到|-|和|、|及|以及|,|，)\\s*";
    /** 段, or 点 after an Arabic number (第71点, as Traditional-script texts number an agenda's paragraphs; 第一点 is a point of a speech). */
    private static final String NOUN = "(?:段|(?<=[0-9]|[0-9]\\s|[0-9]\\s\\s)点)";
    private static final String GROUP = "第\\s*" + NUMBER + "(?:" + JOIN + "(?:第\\s*)?" + NUMBER + "){0,30}\\s*" + NOUN;
    /**
     * Anchored at the place where the run must begin. Every repetition is bounded, as in the English
     * runs: an unbounded repeated group recurses once per repetition in java.util.regex, and a
     * kilobyte of 第1和1和… overflowed the stack.
     */
    static final Pattern RUN = Pattern.compile(GROUP + "(?:" + JOIN + GROUP + "){0,30}");
    private static final String ENGLISH_NUMBER = "\\d{1,3}(?![\\d/]|\\.\\d)(?:\\s?" + LETTER + ")?";
    private static final String ENGLISH_JOIN = "(?:\\s{0,2}(?:,\\s{0,2}and|,|and|to|through)\\s{1,2}|\\s{0,2}-\\s{0,2})";
    /** An English run: the noun (or the paragraph or section sign), then numbers, lists and ranges. */
    static final Pattern ENGLISH_RUN = Pattern.compile("(?<![A-Za-z])(?:[Pp]aragraphs?|[Pp]aras?\\.|[Pp]aras?(?=\\s{1,2}\\d)|¶{1,2}|§{1,2})\\s{0,2}"
            + ENGLISH_NUMBER + "(?:" + ENGLISH_JOIN + ENGLISH_NUMBER + "){0,30}");
    /**
     * The same numbers after {@code article} or {@code articles}, which writers use for the numbered
     * paragraphs of texts that have no articles ({@code article 72 of the Tunis Agenda}, {@code Art. 69}).
     */
    static final Pattern ENGLISH_ARTICLE_RUN = Pattern.compile("(?<![A-Za-z])(?:[Aa]rticles?\\s{1,2}|Arts?\\.\\s{0,2})"
            + ENGLISH_NUMBER + "(?:" + ENGLISH_JOIN + ENGLISH_NUMBER + "){0,30}");
    private static final Pattern TOKEN = Pattern.compile("(?<n>\\d{1,3})(?:\\s?\\([a-z]{1,2}\\))?|(?<cn>" + CHINESE_NUMBER + ")"
            + "|(?<range>至|到|-|(?<![A-Za-z])(?:to|through)(?![A-Za-z]))|(?<list>和|、|及|,|，|(?<![A-Za-z])and(?![A-Za-z]))");

    private ParagraphNumbers() {
    }

    /** The numbers named by a run matched by {@link #RUN}, in order, ranges expanded, without repeats. */
    static List<Integer> expand(String run) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher t = TOKEN.matcher(run);
        Integer previous = null;
        boolean range = false;
        while (t.find()) {
            if (t.group("n") != null || t.group("cn") != null) {
                int n = t.group("n") != null ? Integer.parseInt(t.group("n")) : ChineseNumerals.parse(t.group("cn"));
                if (n < 1) {
                    continue;
                }
                if (range && previous != null && n > previous && n - previous <= LONGEST_RANGE) {
                    for (int k = previous + 1; k < n; k++) {
                        numbers.add(k);
                    }
                }
                numbers.add(n);
                previous = n;
                range = false;
            } else {
                range = t.group("range") != null;
            }
        }
        return new ArrayList<>(numbers);
    }
}
