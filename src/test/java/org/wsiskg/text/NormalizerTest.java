package org.wsiskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each PDF artefact the normaliser undoes, with a real phrase; spans of the result quote the file. */
class NormalizerTest {

    private final Normalizer normalizer = new Normalizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            回顾回顾回顾回顾信息社会世界首脑会议的成果文件                 | 回顾信息社会世界首脑会议的成果文件
            赞赞赞赞赏赏赏赏联合国贸易和发展会议                          | 赞赏联合国贸易和发展会议
            又确又确又确又确认认认认宽带接入网络迅速增长                    | 又确认宽带接入网络迅速增长
            经济及社会理事会经济及社会理事会经济及社会理事会经济及社会理事会，  | 经济及社会理事会，
            满意地注意满意地注意满意地注意满意地注意到秘书长                  | 满意地注意到秘书长
            请回收请回收请回收请回收  \uFFFD                                | 请回收
            第６５／１４１号（2010）                                       | 第65/141号(2010)
            A/65/78–E/2010/68                                           | A/65/78-E/2010/68
            1. **确认**信息和通信技术                                       | 1. 确认信息和通信技术
            见 [E/CN.16/2018/CRP.3](#)。                                 | 见 E/CN.16/2018/CRP.3。
            数字互联互通——变革性机遇                                      | 数字互联互通--变革性机遇
            第 2000 号和 1111 号                                          | 第 2000 号和 1111 号
            2025年聯(lián)合國互聯(lián)網治理論壇(IGF)期間                       | 2025年联合国互联网治理论坛(IGF)期间
            彌合數(shù)字鴻溝，創(chuàng)新治理機制                              | 彌合数字鴻溝，創新治理机制
            回顧其 2001 年 12 月 21 日第 56/183 號決議                       | 回顾其 2001 年 12 月 21 日第 56/183 号决议
            經濟及社會理事會第 2006/46 號決議                               | 经济及社会理事会第 2006/46 号决议
            根據突尼斯議程第72點,並於波蘭卡托維茲舉行                       | 根据突尼斯议程第72点,并于波兰卡托维兹举行
            科學和技術促進發展委員會第十三屆會議                              | 科学和技术促进发展委员会第十三届会议
            《突尼斯議程》第 72 段                                          | 《突尼斯议程》第 72 段
            第 72 段(a)和互联网治理论坛(IGF)                               | 第 72 段(a)和互联网治理论坛(IGF)
            which adopted Resolution А/70/1 on the 2030 Agenda          | which adopted Resolution A/70/1 on the 2030 Agenda
            A/С.2/70/L.5 and E/СN.16/2015/2                         | A/C.2/70/L.5 and E/CN.16/2015/2
            Адрес А и С                               | Адрес А и С
            """)
    void undoesTheArtefact(String input, String expected) {
        String in = input.replace("\\uFFFD", "\uFFFD");
        AnchoredText out = normalizer.normalize(in);
        assertEquals(expected, out.toString().strip());
    }

    @org.junit.jupiter.api.Test
    void aDroppedReadingIsQuotedWithItsCharacter() {
        AnchoredText out = normalizer.normalize("互聯(lián)網治理論壇");
        assertEquals("互联网治理论坛", out.toString());
        assertEquals("互聯(lián)網", out.quote(0, 3));
    }

    @org.junit.jupiter.api.Test
    void readsEveryKindOfLineEndAsOne() {
        AnchoredText out = normalizer.normalize("78/132. 标题\r\n\r\n大会,\r 回顾");
        assertEquals("78/132. 标题\n\n大会,\n 回顾", out.toString());
        int at = out.toString().indexOf('\n');
        assertEquals("\r\n", out.quote(at, at + 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            回顾回顾回顾回顾其 2001 年第 56/183 号决议 | 第 56/183 号 | 第 56/183 号
            表示表示表示表示注意到注意到注意到注意到秘书长 | 表示注意到 | 表示表示表示表示注意到注意到注意到注意到
            第６５／１４１号                      | 65/141    | ６５／１４１
            """)
    void spansQuoteTheOriginal(String input, String normalizedPart, String originalQuote) {
        AnchoredText out = normalizer.normalize(input);
        int at = out.toString().indexOf(normalizedPart);
        assertEquals(originalQuote, out.quote(at, at + normalizedPart.length()));
    }
}
