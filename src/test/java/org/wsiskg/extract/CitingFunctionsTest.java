package org.wsiskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The citing function is the verb that opens the clause a citation stands in. */
class CitingFunctionsTest {

    @ParameterizedTest(name = "{0} @ {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "又回顾大会第 66/184 号决议第 10段 | 第 66 | recalls",
            "20. 重申其 2011年 7月 26日第 2011/16 号决议第 20段 | 第 2011 | reaffirms",
            "表示注意到秘书长的报告 | 报告 | takes-note-of",
            "又回顾第 2016/22 号决议，表示注意到第 2017/21 号决议 | 第 2017 | takes-note-of",
            "又回顾第 2016/22 号决议，表示注意到第 2017/21 号决议 | 第 2016 | recalls",
            "(a) 请秘书长提交报告 | 报告 | requests",
            "我们肯定，突尼斯议程第 69 至 71 段介绍了详情 | 突尼斯 | affirms",
            "我们又重申对《日内瓦原则宣言》的承诺 | 《 | reaffirms",
            "在这方面欢迎秘书长的报告 | 报告 | welcomes",
            "因特网治理论坛的任务 | 任务 | NONE",
            "我们呼吁加快执行这些建议。我们将《突尼斯议程》第 72 至 78 段阐明的任务又延长了 10 年 | 《 | NONE",
            "我们肯定论坛的作用。我们支持第 68/198 号决议所述的建议 | 第 68 | supports",
    })
    void readsTheVerbOfTheClause(String text, String citation, String expected) {
        assertEquals(expected, CitingFunctions.at(text, text.indexOf(citation)).orElse("NONE"), text);
    }
}
