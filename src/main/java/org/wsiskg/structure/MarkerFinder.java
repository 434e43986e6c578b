package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds footnote markers inside a line of body text. Accepted forms:
 * <ul>
 *   <li>superscript digits anywhere: {@code 《世界人权宣言》，³ 在此};</li>
 *   <li>digits glued to the word before them: {@code 会议通过3 并经}, {@code 议程》3第 72 段},
 *       {@code 成果文件，6}, {@code 报告9};</li>
 *   <li>digits after a space at the end of a line: {@code 日内瓦阶段 1⏎ 和突尼斯阶段 3}.</li>
 * </ul>
 * Rejected, because they are numbers of the sentence: digits followed by a unit or a symbol
 * character (年 月 日 号 段 届 次 个 人 % / . -), digits after 第 or 月, and any number for which
 * the document has no footnote. A bare number on its own line is read by the line classifier.
 */
final class MarkerFinder {

    /** A marker at {@code [start, end)} of the line content. */
    record Found(int start, int end, String number) {
    }

    private static final String BEFORE_GLUED = "\\p{IsHan}》”」）)，,；;。、";
    private static final Pattern GLUED = Pattern.compile(
            "(?<=[" + BEFORE_GLUED + "])(\\d{1,2})(?![\\d./:\\-A-Za-z])");
    private static final Pattern SPACED_AT_END = Pattern.compile(
            "(?<=[" + BEFORE_GLUED + "])[ \\t]+(\\d{1,2})[ \\t]*$");
    private static final Pattern SUPERSCRIPT = Pattern.compile("[" + Line.SUPERSCRIPT_DIGITS + "]{1,3}+(?![" + Line.SUPERSCRIPT_DIGITS + "])");
    private static final String UNITS_AFTER = "年月日号段届次个人%万亿多名项条种倍周岁时分";
    private static final String NUMBER_WORDS_BEFORE = "第月年日约近至每到共达逾超余前后";

    private MarkerFinder() {
    }

    /**
     * Markers in {@code content}; {@code nextLineStart} is the first character of the next body
     * line (or 0), because a number at a line end may be the day of a date broken over two lines.
     */
    static List<Found> find(String content, Set<String> footnoteNumbers, char nextLineStart) {
        List<Found> found = new ArrayList<>();
        Matcher sup = SUPERSCRIPT.matcher(content);
        while (sup.find()) {
            found.add(new Found(sup.start(), sup.end(), fromSuperscript(sup.group())));
        }
        Matcher glued = GLUED.matcher(content);
        while (glued.find()) {
            if (plausible(content, glued.start(1), glued.end(1), footnoteNumbers, nextLineStart)) {
                found.add(new Found(glued.start(1), glued.end(1), glued.group(1)));
            }
        }
        Matcher spaced = SPACED_AT_END.matcher(content);
        if (spaced.find() && plausible(content, spaced.start(1), spaced.end(1), footnoteNumbers, nextLineStart)) {
            found.add(new Found(spaced.start(1), spaced.end(1), spaced.group(1)));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static boolean plausible(CharSequence content, int start, int end, Set<String> footnoteNumbers,
                                     char nextLineStart) {
        String number = String.valueOf(Integer.parseInt(content.subSequence(start, end).toString()));
        return footnoteNumbers.contains(number) && numberOfNoSentence(content, start, end, nextLineStart);
    }

    /**
     * True when the number at {@code [start, end)} of {@code content} is not a number of its sentence: no 第, 月 … before it,
     * no unit (年 月 日 号 段 …) after it; {@code nextLineStart} stands for what follows the end of {@code content}.
     */
    static boolean numberOfNoSentence(CharSequence content, int start, int end, char nextLineStart) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(content.charAt(before))) {
            before--;
        }
        if (before >= 0 && NUMBER_WORDS_BEFORE.indexOf(content.charAt(before)) >= 0) {
            return false;
        }
        int after = end;
        while (after < content.length() && Character.isWhitespace(content.charAt(after))) {
            after++;
        }
        char next = after < content.length() ? content.charAt(after) : nextLineStart;
        return UNITS_AFTER.indexOf(next) < 0;
    }

    /** The footnote number superscript digits write; a run too long for a footnote number is read by its last three digits. */
    static String fromSuperscript(String digits) {
        if (digits.length() > 3) {
            return fromSuperscript(digits.substring(digits.length() - 3));
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            b.append(Line.SUPERSCRIPT_DIGITS.indexOf(digits.charAt(i)));
        }
        return String.valueOf(Integer.parseInt(b.toString()));
    }
}
