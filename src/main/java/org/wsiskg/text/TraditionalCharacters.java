package org.wsiskg.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The Traditional forms of the Simplified characters the Chinese phrase tables are written in, one character for one, so
 * that a Traditional-script copy of a UN text (news and mirror pages from Taiwan, Hong Kong and Macao) reads as its
 * Simplified original: 第 65/141 號決議 is 第 65/141 号决议, 聯合國大會 is 联合国大会, 第十三屆會議 is 第十三届会议. Only characters
 * that are Traditional and nothing else are listed, each folded to its one Simplified form; since the fold is one
 * character for one, every offset stays where it was. Words that differ between the scripts (資訊 for 信息) are not
 * characters and are not folded.
 */
final class TraditionalCharacters {

    /** Pairs: a Traditional character, then its Simplified form. Grouped by the phrases they occur in. */
    private static final String PAIRS = String.join("",
            // citations: 第…號決議, 決定, 議程項目, 報告, 段
            "號号", "決决", "議议", "項项", "報报", "條条", "頁页", "節节",
            // bodies and meetings: 聯合國, 大會, 經濟及社會理事會, 人權理事會, 安全理事會, 委員會, 屆會議, 論壇, 首腦會議, 階段, 舉行
            "聯联", "國国", "會会", "經经", "濟济", "權权", "員员", "屆届", "論论", "壇坛", "網网", "際际", "腦脑", "階阶",
            "舉举", "辦办", "類类", "區区", "組组", "織织", "業业", "專专", "門门",
            // instruments: 突尼斯議程, 原則宣言, 行動計劃, 信息社會, 可持續發展, 科學和技術促進發展
            "則则", "動动", "計计", "劃划", "續续", "發发", "學学", "術术", "進进", "與与", "數数", "碼码", "電电",
            // verbs and clauses: 回顧, 歡迎, 認識到, 通過, 延長, 任務, 授權, 審議, 執行, 確認, 強調, 關於, 為, 對, 這, 個
            "顧顾", "歡欢", "認认", "識识", "過过", "長长", "務务", "審审", "執执", "確确", "強强", "調调", "關关", "為为",
            "對对", "這这", "個个", "們们", "書书", "見见", "說说", "請请", "應应", "現现", "實实", "處处", "總总", "統统",
            "內内", "熱热", "盧卢", "維维", "爾尔", "紐纽", "畢毕", "庫库", "麥麦", "亞亚", "羅罗", "約约", "華华", "東东",
            "衛卫", "場场", "環环", "開开", "設设", "時时", "間间", "屬属", "體体", "歲岁", "億亿", "萬万", "兩两", "愛爱",
            // paragraphs, reviews and places: 第72點, 根據, 檢討, 監督職能, 機構, 參與, 並, 於, 波蘭卡托維茲
            "點点", "據据", "檢检", "討讨", "監监", "職职", "構构", "機机", "參参", "預预", "並并", "於于", "從从", "將将",
            "後后", "問问", "題题", "資资", "訊讯", "邊边", "線线", "絡络", "歷历", "稱称", "託托", "貿贸", "歐欧", "蘭兰",
            "茲兹");

    private static final Map<Character, Character> SIMPLIFIED = new HashMap<>();

    static {
        for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
            SIMPLIFIED.put(PAIRS.charAt(i), PAIRS.charAt(i + 1));
        }
    }

    private TraditionalCharacters() {
    }

    /** The Simplified form of {@code c}, or {@code c} itself when it is no Traditional character of the table. */
    static char simplified(char c) {
        Character s = SIMPLIFIED.get(c);
        return s == null ? c : s;
    }
}
