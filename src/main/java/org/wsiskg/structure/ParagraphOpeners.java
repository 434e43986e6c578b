package org.wsiskg.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.wsiskg.text.Language;

/**
 * The words that open a paragraph of a resolution, per language: the verbs and participles a preambular paragraph starts
 * with (回顾, 又回顾, 重申 …; Recalling, Reaffirming, Taking note …) and the verbs of operative paragraphs (决定, 请 …; Decides,
 * Requests …). The structure reader uses them where the layout does not show where a paragraph starts: a text whose opener
 * (大会，) is missing, and a text whose lines were flattened into one.
 */
final class ParagraphOpeners {

    private static final List<String> ZH_PREAMBULAR = List.of("回顾", "重申", "表示注意到", "注意到", "欢迎", "欣见", "认识到",
            "确认", "承认", "申明", "强调", "意识到", "深信", "相信", "铭记", "考虑到", "关切地", "满意地", "赞赏地", "深为关切",
            "感到关切", "认为", "忆及", "知悉", "赞赏", "肯定", "重视", "决心", "注意");
    private static final String ZH_ADVERBS = "又还并也亦再";
    private static final List<String> EN_PREAMBULAR = List.of("Recalling", "Reaffirming", "Taking note", "Noting", "Welcoming",
            "Recognizing", "Recognising", "Bearing in mind", "Mindful", "Acknowledging", "Emphasizing", "Emphasising", "Stressing",
            "Expressing", "Convinced", "Concerned", "Aware", "Affirming", "Considering", "Having considered", "Having examined",
            "Deeply concerned", "Noting with", "Underlining", "Reiterating", "Encouraged", "Determined", "Guided", "Appreciating",
            "Commending", "Cognizant", "Conscious", "Believing", "Taking into account", "Further recalling", "Also recalling",
            "Further recognizing", "Also recognizing", "Further noting", "Also noting", "Further reaffirming", "Also reaffirming");

    private final Pattern preambular;

    private ParagraphOpeners(Pattern preambular) {
        this.preambular = preambular;
    }

    static ParagraphOpeners of(Language language) {
        return switch (language) {
            case ZH -> new ParagraphOpeners(Pattern.compile("[ \\t]*+[" + ZH_ADVERBS + "]?(?:" + String.join("|", ZH_PREAMBULAR) + ")"));
            case EN -> new ParagraphOpeners(Pattern.compile("[ \\t]*+(?:" + String.join("|", EN_PREAMBULAR) + ")\\b"));
        };
    }

    /** True when {@code line} starts the way a preambular paragraph does. */
    boolean opensPreambular(String line) {
        return preambular.matcher(line).lookingAt();
    }
}
