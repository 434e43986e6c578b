package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Footnote markers inside a line (the document has footnotes 1 to 14): which numbers are markers
 * and which are text. The middle column is the first character of the next line.
 */
class MarkerFinderTest {

    private static final Set<String> FOOTNOTES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            会议通过1 并经大会认可2 的《原则宣言》 | 的 | 1 2
            确认如《信息社会突尼斯议程》3第 72 段所述 | 的 | 3
            的年度报告中提供资料，说明在执行改进因特网治理论坛工作组报告9 | 所 | 9
            通过的《新城市议程》，5 | 回 | 5
            以确保有效落实信息社会世界首脑会议日内瓦阶段 1 | 和 | 1
            并完全尊重和维护《世界人权宣言》，³ 在此社会中 | 的 | 3
            推动实现《2030 年可持续发展议程》¹⁴ 和国际商定的其他发展目标 | 的 | 14
            经济及社会理事会 2006 年 7 月 28 | 日 | ''
            大会2011年12月22日关于信息和通信技术促进发展的第66/184号决议 | 的 | ''
            在其第2010/2号决议第30段中决定 | 的 | ''
            发达国家每 100 人就有 90 个移动宽带用户 | 的 | ''
            于2012年 5月 18日在日内瓦 | 的 | ''
            《联合国开发计划署2022-2025年数字战略》 | 的 | ''
            """)
    void findsMarkersAndLeavesNumbersOfTheSentence(String line, char nextLineStart, String expected) {
        List<MarkerFinder.Found> found = MarkerFinder.find(line, FOOTNOTES, nextLineStart);
        String numbers = String.join(" ", found.stream().map(MarkerFinder.Found::number).toList());
        assertEquals(expected, numbers);
    }
}
