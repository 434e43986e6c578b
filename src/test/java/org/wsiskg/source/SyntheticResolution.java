package org.wsiskg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One resolution as the forms of the seed texts have it (a header with its symbol, a preamble
 * listing resolutions, operative paragraphs, two footnotes), written by {@link FixtureFiles} in
 * every format. A paragraph marks a footnote reference as {@code {n}}.
 */
record SyntheticResolution(String language, String symbol, List<String> header, List<String> paragraphs,
                           List<String> footnotes) {

    private static final Pattern MARK = Pattern.compile("\\{(\\d)}");

    static SyntheticResolution english() {
        return new SyntheticResolution("en", "A/RES/65/141",
                List.of("Resolution adopted by the General Assembly on 20 December 2010",
                        "65/141. Information and communications technologies for development"),
                List.of("The General Assembly,",
                        "Recalling its resolutions 56/183 of 21 December 2001, 57/238 of 20 December 2002 and 64/187 of "
                                + "21 December 2009,",
                        "Taking note of Economic and Social Council resolution 2010/2 of 19 July 2010,",
                        "Recalling the Declaration of Principles and the Plan of Action adopted at the first phase of the "
                                + "World Summit on the Information Society,{1}",
                        "1. Takes note of the report of the Secretary-General;{2}",
                        "2. Reaffirms paragraph 5 of resolution 60/252 of 27 March 2006;",
                        "3. Decides to include in the provisional agenda of its sixty-sixth session the item entitled "
                                + "\u201CInformation and communications technologies for development\u201D."),
                List.of("See A/C.2/59/3, annex.", "A/65/64-E/2010/12."));
    }

    static SyntheticResolution chinese() {
        return new SyntheticResolution("zh", "A/RES/65/141",
                List.of("65/141. 信息和通信技术促进发展"),
                List.of("大会，",
                        "回顾其 2001 年 12 月 21 日第 56/183 号和 2009 年 12 月 21 日第 64/187 号决议，",
                        "表示注意到经济及社会理事会 2010 年 7 月 19 日第 2010/2 号决议，",
                        "回顾信息社会世界首脑会议第一阶段会议通过的《原则宣言》和《行动计划》，{1}",
                        "1. 注意到秘书长的报告；{2}",
                        "2. 重申第 60/252 号决议第 5 段；"),
                List.of("见 A/C.2/59/3，附件。", "A/65/64-E/2010/12。"));
    }

    /** A paragraph cut into runs of body text and footnote numbers: even indices text, odd ones numbers. */
    static List<String> runs(String paragraph) {
        List<String> runs = new ArrayList<>();
        Matcher m = MARK.matcher(paragraph);
        int last = 0;
        while (m.find()) {
            runs.add(paragraph.substring(last, m.start()));
            runs.add(m.group(1));
            last = m.end();
        }
        runs.add(paragraph.substring(last));
        return runs;
    }
}
