package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Language;

/**
 * Gives a flattened copy its lines back. A web copy or a copy-and-paste of a PDF may turn every line break into a space, so
 * that the document is one or a few long lines; the layout the structure reader goes by (lines, blank lines, rules) is gone,
 * but the forms that open paragraphs, footnotes and header fields are still there. A long line holding at least two paragraph
 * starts is read as flattened, and line breaks are written back (anchored to empty points, so every span still quotes the file)
 * where these forms stand after white space:
 * <ul>
 *   <li>paragraph starts after a sentence part ends (，；。： and ASCII forms, footnote markers after them skipped): a
 *       preambular opener ({@link ParagraphOpeners}: {@code 回顾}, {@code 又重申}; {@code Recalling}), a paragraph number
 *       ({@code 1. 决定}, {@code 17. Decides}), a sub-paragraph ({@code (a)}); in Chinese also after every 。 and ： and
 *       before a paragraph number after a heading ({@code 信息和通信技术促进发展 21. 我们});</li>
 *   <li>the acting body ({@code 大会，}), before and after it;</li>
 *   <li>header fields before it ({@code 第七十八届会议}, {@code 第二委员会}, {@code 议程项目 15}, {@code [根据…通过]},
 *       {@code 78/132. 标题}, {@code 2023 年 12 月 19 日大会决议}, {@code 经济及社会理事会决议}, {@code …决议草案}; {@code Seventieth session},
 *       {@code Agenda items 13 and 115}, {@code 15-14472 (E)}, {@code Resolution adopted by the General Assembly on …},
 *       {@code [on the report of …]}, {@code 70/125. Title}) and the footer
 *       ({@code 第 69 次全体会议}, a link line {@code https://undocs.org/…});</li>
 *   <li>a footnote rule (twenty spaces or more, five underscores or more) on a line of its own; the footnote entries after it
 *       ({@code 1  联合国教育…附件一。 2  见 A/C.2/59/3，附件。}), each ending at its 。, the next one starting with the next
 *       number; after the last one the page ends (three blank lines, as {@link Pages} reads a page break) and the body goes on;</li>
 *   <li>a footnote entry in superscript digits between white space ({@code 决议。 ¹ 见 A/60/687。}, also inside a sentence
 *       that a page broke); a marker is glued to the word before it ({@code 议程》¹ 第 111 段});</li>
 *   <li>a footnote marker standing between spaces ({@code 《世界文化多样性宣言》 1  所反映}), on a line of its own, when a
 *       footnote of that number was found and the number is no number of the sentence (the rules of {@link MarkerFinder}).</li>
 * </ul>
 * Inside a flattened Chinese line, white space between two Chinese characters was a line break of the PDF and is dropped, as the
 * line joiner drops line breaks there. Lines that are not flattened are left as they are.
 */
final class FlattenedLines {

    /** A line shorter than this is one paragraph at most (a seed's longest paragraph line is about 1,050 characters). */
    static final int SHORTEST_FLATTENED = 200;
    private static final int FEWEST_PARAGRAPH_STARTS = 2;
    private static final int LONGEST_RULE_GAP = 20;
    private static final String PARAGRAPH = "\n\n";
    private static final String PAGE_END = "\n\n\n\n";
    private static final String SENTENCE_PART_END = "，,；;。.：:";
    private static final String CHINESE_SENTENCE_END = "。：；";

    private static final Pattern NUMBERED_ZH = Pattern.compile("\\d{1,3}\\.(?!\\d)(?=[ \\t]|\\p{IsHan}|\\*)");
    /** An operative paragraph's number and verb ({@code 17. Decides}), or an outcome document's ({@code 1. We, the Ministers}). */
    private static final Pattern NUMBERED_EN = Pattern.compile("\\d{1,3}\\.[ \\t]+(?:[A-Z][a-z]+s|Takes|Calls|Decides|We)\\b");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\d{1,3}\\.|\\([a-z]{1,2}\\)");
    private static final Pattern SUB = Pattern.compile("\\([a-z]{1,2}\\)[ \\t]");
    private static final Pattern UNDERSCORES = Pattern.compile("_{5,}");
    private static final Pattern NOTE_NUMBER = Pattern.compile("(\\d{1,3}|\\*)[ \\t]+(?=\\S)");
    private static final Pattern SUPERSCRIPT_NOTE = Pattern.compile("([" + Line.SUPERSCRIPT_DIGITS + "]{1,3})[ \\t]+(?=\\S)");
    private static final Pattern SPACED_MARKER = Pattern.compile("(\\d{1,2})(?=[ \\t]+\\S)");
    private static final Pattern HEADER_FIELD = Pattern.compile(String.join("|",
            "第[〇零一二三四五六七八九十百\\d]+届会议",
            "第[一二三四五六]委员会",
            "议程项目",
            "[\\[［]根据",
            "(?:(?:19|20)\\d\\d|\\d{1,2})/\\d{1,3}[ \\t]*\\.[ \\t]",
            "\\d{4}[ \\t]*年[ \\t]*\\d{1,2}[ \\t]*月[ \\t]*\\d{1,2}[ \\t]*日[ \\t]*\\S{0,12}?(?:决议|决定)",
            "(?:大会|经济及社会理事会|人权理事会)(?:决议|决定)",
            "\\S{0,20}?(?:决议|决定)草案"));
    /**
     * The English header fields of a resolution, before its acting body: the session ({@code Seventieth session}), the agenda
     * items, the job number ({@code 15-14472 (E)}), the adoption line ({@code Resolution adopted by the General Assembly on ...}),
     * the bracketed note ({@code [on the report of the Second Committee (A/70/472)]}, {@code [without reference to a Main
     * Committee ...]}) and the number before the title ({@code 70/125. Outcome document ...}).
     */
    private static final Pattern HEADER_FIELD_EN = Pattern.compile(String.join("|",
            "(?:[A-Z][a-z]+-)?[A-Z][a-z]+[ \\t]+session(?=[ \\t])",
            "Agenda[ \\t]+items?[ \\t]+\\d",
            "\\d{2}-\\d{5}[ \\t]*\\([A-Z]\\)",
            "(?:Resolution|Decision)[ \\t]+adopted[ \\t]+by[ \\t]+the[ \\t]+(?:General[ \\t]+Assembly|Economic[ \\t]+and[ \\t]+Social"
                    + "[ \\t]+Council|Human[ \\t]+Rights[ \\t]+Council)",
            "\\[(?:on[ \\t]+the[ \\t]+report[ \\t]+of|without[ \\t]+reference[ \\t]+to)",
            "(?:(?:19|20)\\d\\d|\\d{1,2})/\\d{1,3}[ \\t]*\\.[ \\t]+[A-Z]"));
    /** The acting body before the preamble, followed by white space (the forms of {@link HeaderReader#OPENER} that name a body). */
    private static final Pattern ACTING_BODY = Pattern.compile(
            "(?:大会|经济及社会理事会|经社理事会|人权理事会|安全理事会|The General Assembly|The Economic and Social Council)[ \\t]*[，,][ \\t]+");
    private static final Pattern FOOTER_FIELD = Pattern.compile("第[ \\t]*\\d{1,3}[ \\t]*次全体会议|https?://undocs\\.org/");

    private FlattenedLines() {
    }

    /** The text with line breaks written back into its flattened lines; the text itself when none is flattened. */
    static AnchoredText restore(AnchoredText text, Language language) {
        String s = text.toString();
        List<Scan> scans = new ArrayList<>();
        Set<String> noteNumbers = new HashSet<>();
        int start = 0;
        boolean openerSeen = false;
        while (start <= s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            if (end - start >= SHORTEST_FLATTENED) {
                Scan scan = new Scan(s, start, end, language, openerSeen);
                scan.run();
                if (scan.paragraphStarts >= FEWEST_PARAGRAPH_STARTS) {
                    scans.add(scan);
                    noteNumbers.addAll(scan.noteNumbers);
                }
                openerSeen |= scan.openerSeen;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (scans.isEmpty()) {
            return text;
        }
        TreeMap<Integer, String> inserts = new TreeMap<>();
        BitSet dropped = new BitSet(s.length());
        for (Scan scan : scans) {
            scan.addMarkers(noteNumbers);
            inserts.putAll(scan.inserts);
            dropped.or(scan.dropped);
        }
        AnchoredText.Builder out = text.toBuilder();
        for (int i = 0; i < s.length(); i++) {
            String insert = inserts.get(i);
            if (insert != null) {
                out.insert(text, i, insert);
            }
            if (!dropped.get(i)) {
                out.append(text, i);
            }
        }
        return out.build();
    }

    /** One long line read for the forms that start lines in it. */
    private static final class Scan {
        private final String s;
        private final int from;
        private final int to;
        private final Language language;
        private final ParagraphOpeners openers;
        private final TreeMap<Integer, String> inserts = new TreeMap<>();
        private final BitSet dropped = new BitSet();
        private final Set<String> noteNumbers = new HashSet<>();
        /** Spaced numbers that are footnote markers if a footnote of theirs is found: start, end, number. */
        private final List<int[]> markerCandidates = new ArrayList<>();
        private boolean openerSeen;
        private int paragraphStarts;
        /** The number of the footnote being read, or null outside footnotes; {@code inBlock} when it stands under a rule. */
        private String note;
        private boolean inBlock;
        private boolean afterRule;

        Scan(String s, int from, int to, Language language, boolean openerSeen) {
            this.s = s;
            this.from = from;
            this.to = to;
            this.language = language;
            this.openers = ParagraphOpeners.of(language);
            this.openerSeen = openerSeen;
        }

        void run() {
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                if (c == '_') {
                    Matcher u = region(UNDERSCORES, i);
                    if (u.lookingAt()) {
                        inserts.put(i, "\n");
                        inserts.put(u.end(), "\n");
                        startBlock();
                        i = u.end();
                        continue;
                    }
                }
                if (c != ' ' && c != '\t') {
                    i++;
                    continue;
                }
                int a = i;
                while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                    i++;
                }
                whiteSpace(a, i);
            }
        }

        private void startBlock() {
            afterRule = true;
            inBlock = true;
            note = null;
        }

        /** Decides what the white space {@code [a, b)} stood for. */
        private void whiteSpace(int a, int b) {
            if (b - a >= LONGEST_RULE_GAP) {
                inserts.put(a, "\n");
                inserts.put(b, "\n");
                startBlock();
            }
            if (b >= to || a == from) {
                return;
            }
            if (afterRule) {
                afterRule = false;
                Matcher n = region(NOTE_NUMBER, b);
                Matcher sup = region(SUPERSCRIPT_NOTE, b);
                if (n.lookingAt()) {
                    openNote(b, n.group(1), inserts.containsKey(b) ? "\n" : PARAGRAPH);
                    return;
                } else if (sup.lookingAt()) {
                    openNote(b, MarkerFinder.fromSuperscript(sup.group(1)), inserts.containsKey(b) ? "\n" : PARAGRAPH);
                    return;
                }
                inBlock = false;
                if (inserts.containsKey(b)) {
                    return;
                }
            }
            if (note != null) {
                inNote(a, b);
                return;
            }
            Matcher sup = region(SUPERSCRIPT_NOTE, b);
            if (sup.lookingAt()) {
                // Superscript digits between spaces open a footnote, after a sentence or inside one a page broke.
                inBlock = false;
                openNote(b, MarkerFinder.fromSuperscript(sup.group(1)), PARAGRAPH);
                return;
            }
            if (startsLine(a, b)) {
                return;
            }
            Matcher marker = region(SPACED_MARKER, b);
            if (language == Language.ZH && marker.lookingAt() && isHanOrClosing(s.charAt(a - 1))) {
                markerCandidates.add(new int[] {b, marker.end(), Integer.parseInt(marker.group(1))});
                return;
            }
            dropBetweenChinese(a, b);
        }

        /** True when a line was started at {@code b}. */
        private boolean startsLine(int a, int b) {
            Matcher opener = region(ACTING_BODY, b);
            if (!openerSeen && paragraphStarts == 0 && opener.lookingAt()) {
                inserts.put(b, PARAGRAPH);
                if (opener.end() < to) {
                    inserts.put(opener.end(), PARAGRAPH);
                }
                openerSeen = true;
                paragraphStarts++;
                return true;
            }
            if (PARAGRAPH_NUMBER.matcher(s).region(lastTokenStart(a), a).matches()) {
                // 30. 知悉: the space after a paragraph's number is inside its first line.
                return false;
            }
            boolean partEnded = endsSentencePart(a);
            boolean chinese = language == Language.ZH;
            if (partEnded && openers.opensPreambular(s.substring(b, Math.min(to, b + 40)))
                    || (partEnded || chinese) && region(chinese ? NUMBERED_ZH : NUMBERED_EN, b).lookingAt()
                    || partEnded && region(SUB, b).lookingAt()) {
                inserts.put(b, PARAGRAPH);
                paragraphStarts++;
                return true;
            }
            if (!openerSeen && region(chinese ? HEADER_FIELD : HEADER_FIELD_EN, b).lookingAt()
                    || region(FOOTER_FIELD, b).lookingAt() || s.startsWith("http", lastTokenStart(a))
                    || chinese && CHINESE_SENTENCE_END.indexOf(s.charAt(a - 1)) >= 0) {
                inserts.put(b, PARAGRAPH);
                return true;
            }
            return false;
        }

        private void openNote(int at, String number, String before) {
            inserts.put(at, before);
            note = number;
            noteNumbers.add(number);
        }

        /** White space inside a footnote: the next footnote starts after it, or the footnotes end at a 。 before it. */
        private void inNote(int a, int b) {
            String next = note.equals("*") ? "1" : String.valueOf(Integer.parseInt(note) + 1);
            Matcher n = region(NOTE_NUMBER, b);
            Matcher sup = region(SUPERSCRIPT_NOTE, b);
            if (inBlock && n.lookingAt() && n.group(1).equals(next)) {
                openNote(b, next, PARAGRAPH);
            } else if (sup.lookingAt() && MarkerFinder.fromSuperscript(sup.group(1)).equals(next)) {
                openNote(b, next, PARAGRAPH);
            } else if (s.charAt(a - 1) == '。' || s.charAt(a - 1) == '.') {
                boolean pageEnds = inBlock;
                note = null;
                inBlock = false;
                // What follows the footnotes may itself start a paragraph; it is a line of its own either way.
                startsLine(a, b);
                inserts.put(b, pageEnds ? PAGE_END : PARAGRAPH);
            } else {
                dropBetweenChinese(a, b);
            }
        }

        /** Spaced numbers of footnotes that were found become marker lines, as a PDF prints them. */
        void addMarkers(Set<String> numbers) {
            for (int[] m : markerCandidates) {
                if (numbers.contains(String.valueOf(m[2])) && MarkerFinder.numberOfNoSentence(s, m[0], m[1], '\0')) {
                    inserts.put(m[0], "\n");
                    inserts.put(m[1], "\n");
                }
            }
        }

        private void dropBetweenChinese(int a, int b) {
            if (language == Language.ZH && isChinese(s.charAt(a - 1)) && isChinese(s.charAt(b))) {
                dropped.set(a, b);
            }
        }

        /** True when the text before {@code a} ends a sentence part, footnote markers written after the punctuation skipped. */
        private boolean endsSentencePart(int a) {
            int k = a - 1;
            while (k > from && Line.SUPERSCRIPT_DIGITS.indexOf(s.charAt(k)) >= 0) {
                k--;
            }
            int digits = 0;
            while (k > from && Character.isDigit(s.charAt(k)) && digits < 2) {
                k--;
                digits++;
            }
            int beforeDigits = k;
            while (digits > 0 && k > from && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                k--;
            }
            if (digits > 0 && SENTENCE_PART_END.indexOf(s.charAt(k)) < 0) {
                k = beforeDigits + digits;
            }
            return SENTENCE_PART_END.indexOf(s.charAt(k)) >= 0;
        }

        /** Where the run of non-space characters that ends at {@code a} starts. */
        private int lastTokenStart(int a) {
            int k = a;
            while (k > from && !Character.isWhitespace(s.charAt(k - 1))) {
                k--;
            }
            return k;
        }

        private Matcher region(Pattern p, int at) {
            return p.matcher(s).region(at, to);
        }
    }

    private static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "，。、；：！？《》“”‘’（）「」【】".indexOf(c) >= 0;
    }

    private static boolean isHanOrClosing(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "》”」）)，,；;。、".indexOf(c) >= 0;
    }
}
