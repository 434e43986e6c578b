package org.wsiskg.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The function a citation has in its sentence, read from the verb that opens the clause it
 * stands in: 回顾 recalls, 重申 reaffirms, 表示注意到 takes note of ... The verb is looked for at
 * the start of the paragraph (after its number, 我们 and adverbs such as 又, 还) and after each
 * comma or semicolon before the citation; the last one found wins (a full stop starts afresh:
 * the verb of the sentence before does not carry over), so in
 * {@code 又回顾…第 2016/22 号决议，表示注意到…第 2017/21 号决议} the second citation is taken note of.
 * English texts are read by {@link EnglishCitingFunctions}, with the same labels.
 */
public final class CitingFunctions {

    /** Function labels, longest Chinese form first so 表示注意到 wins over 注意到. */
    private static final Map<String, String> VERBS = orderedByLength(Map.ofEntries(
            Map.entry("回顾", "recalls"),
            Map.entry("重申", "reaffirms"),
            Map.entry("表示注意到", "takes-note-of"),
            Map.entry("满意地注意到", "notes-with-appreciation"),
            Map.entry("赞赏地注意到", "notes-with-appreciation"),
            Map.entry("关切地注意到", "notes-with-concern"),
            Map.entry("严重关切地注意到", "notes-with-concern"),
            Map.entry("极为关切地注意到", "notes-with-concern"),
            Map.entry("注意到", "notes"),
            Map.entry("知悉", "notes"),
            Map.entry("欢迎", "welcomes"),
            Map.entry("欣见", "welcomes"),
            Map.entry("认识到", "recognizes"),
            Map.entry("确认", "recognizes"),
            Map.entry("承认", "acknowledges"),
            Map.entry("决定", "decides"),
            Map.entry("请", "requests"),
            Map.entry("敦促", "urges"),
            Map.entry("促请", "urges"),
            Map.entry("鼓励", "encourages"),
            Map.entry("邀请", "invites"),
            Map.entry("吁请", "calls-upon"),
            Map.entry("呼吁", "calls-upon"),
            Map.entry("强调", "stresses"),
            Map.entry("强调指出", "stresses"),
            Map.entry("期待", "looks-forward-to"),
            Map.entry("赞赏", "appreciates"),
            Map.entry("核可", "endorses"),
            Map.entry("核准", "approves"),
            Map.entry("申明", "affirms"),
            Map.entry("肯定", "affirms"),
            Map.entry("支持", "supports"),
            Map.entry("建议", "recommends")));

    private static final String ADVERBS = "又还并也亦再此外";
    private static final String CLAUSE_BREAKS = "，,；;";
    private static final String SENTENCE_BREAKS = "。";

    private CitingFunctions() {
    }

    /** Every function label this class can return, in any language, for the ontology's controlled list. */
    public static List<String> labels() {
        return java.util.stream.Stream.concat(VERBS.values().stream(), EnglishCitingFunctions.labels().stream())
                .distinct().sorted().toList();
    }

    /** The function of a citation at {@code position} in a paragraph's {@code text} written in {@code language}. */
    public static Optional<String> at(org.wsiskg.text.Language language, String text, int position) {
        return switch (language) {
            case ZH -> at(text, position);
            case EN -> EnglishCitingFunctions.at(text, position);
        };
    }

    /** The function of a citation at {@code position} in a Chinese paragraph's {@code text}. */
    public static Optional<String> at(String text, int position) {
        return in(text).at(position);
    }

    /** The functions of the citations in a Chinese paragraph's {@code text}, for a reader that asks in text order. */
    public static InParagraph in(String text) {
        return new InParagraph(text);
    }

    /**
     * The verbs of one Chinese paragraph, read forward as far as the citations asked for: asked in text order, the
     * paragraph is read once. Reading it again from its start for every citation was quadratic in a paragraph of many
     * (决定将因特网治理论坛的任务期限再延长 10 年 repeated with no break).
     */
    public static final class InParagraph {

        private final String text;
        /** The verb in force at {@code read}, everything before it read. */
        private Optional<String> found;
        private int read;

        private InParagraph(String text) {
            this.text = text;
            restart();
        }

        /** The function of a citation at {@code position}; asking before the last position asked reads from the start again. */
        public Optional<String> at(int position) {
            if (position < read) {
                restart();
            }
            for (; read < position && read < text.length(); read++) {
                char c = text.charAt(read);
                if (SENTENCE_BREAKS.indexOf(c) >= 0) {
                    // A new sentence has its own verb; the last one's does not carry over.
                    found = verbAt(text, read + 1);
                } else if (CLAUSE_BREAKS.indexOf(c) >= 0) {
                    Optional<String> v = verbAt(text, read + 1);
                    if (v.isPresent()) {
                        found = v;
                    }
                }
            }
            return found;
        }

        private void restart() {
            found = verbAt(text, skipParagraphNumber(text));
            read = 0;
        }
    }

    private static int skipParagraphNumber(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isDigit(text.charAt(i))
                || text.charAt(i) == '.' || text.charAt(i) == '(' || text.charAt(i) == ')'
                || (text.charAt(i) >= 'a' && text.charAt(i) <= 'z'))) {
            i++;
        }
        return i;
    }

    private static Optional<String> verbAt(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (text.startsWith("我们", i)) {
            i += 2;
        }
        if (text.startsWith("在这方面", i)) {
            i += 4;
        }
        while (i < text.length() && ADVERBS.indexOf(text.charAt(i)) >= 0 && i - from < 3) {
            i++;
        }
        for (Map.Entry<String, String> verb : VERBS.entrySet()) {
            if (text.startsWith(verb.getKey(), i)) {
                return Optional.of(verb.getValue());
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> orderedByLength(Map<String, String> verbs) {
        Map<String, String> ordered = new LinkedHashMap<>();
        verbs.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, String> e) -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
