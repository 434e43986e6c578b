package org.wsiskg.source;

import java.util.List;

/**
 * Whether a text is a UN text at all: it names a UN organ, a resolution or the Summit, in one
 * of the languages read, or carries a UN document symbol. A README, a licence or a stray note in
 * the corpus folder does none of that and is left out ({@code NOT_A_UN_TEXT}) rather than becoming
 * a graph source of paragraphs with nothing in them. The words are a phrase table per language.
 */
final class UnText {

    /**
     * Words any UN text of ours uses at least one of, lower-cased (English) or as written (Chinese): the organs, the
     * Summit, and the words of the debates that report on them (a press release on a committee's debate on ICT).
     */
    private static final List<String> ENGLISH = List.of("united nations", "general assembly", "economic and social council",
            "resolution", "secretary-general", "information society", "wsis", "internet governance", "igf", "decision",
            "committee", "commission", "human rights council", "member states", "summit", "sustainable development", "internet", "ict", "tunis agenda",
            "enhanced cooperation", "multistakeholder", "multi-stakeholder");
    /** Simplified and traditional forms: news and mirrors of UN texts in Chinese are often in traditional script. */
    private static final List<String> CHINESE = List.of("联合国", "聯合國", "大会", "大會", "决议", "決議", "经济及社会理事会",
            "經濟及社會理事會", "秘书长", "秘書長", "信息社会", "信息社會", "資訊社會", "互联网", "互聯網", "网络", "網絡", "决定", "決定",
            "委员会", "委員會", "峰会", "峰會", "人权", "人權", "可持续发展", "可持續發展", "突尼斯议程", "突尼斯議程");
    /** Whole words only ({@code ict} is in {@code district}), in the singular or the plural ({@code resolutions}). */
    private static final java.util.regex.Pattern ENGLISH_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:" + String.join("|", ENGLISH) + ")s?\\b");
    private static final java.util.regex.Pattern SYMBOL = java.util.regex.Pattern.compile(
            "\\b(A|E|S|ST|TD|UNGA)/(RES/|DEC/|CN\\.\\d{1,2}/|C\\.\\d/)?+\\d{1,4}/");

    private UnText() {
    }

    static boolean looksLikeOne(String text) {
        for (String w : CHINESE) {
            if (text.contains(w)) {
                return true;
            }
        }
        return ENGLISH_WORD.matcher(text).find() || SYMBOL.matcher(text).find();
    }
}
