package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Chinese header forms, line by line: what each says, and the lines that are none of them. */
class ChineseHeaderFormsTest {

    private static final HeaderForms FORMS = HeaderForms.of(org.wsiskg.text.Language.ZH);

    /** A header line and what it reads as ({@code -}: no form, the line stays a heading or text). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            第七十八届会议                                         | Session[number=78]
            议程项目 15                                            | AgendaItem[number=15]
            78/132. 信息和通信技术促进可持续发展                    | OwnNumber[number=78/132, start=0, end=6, title=信息和通信技术促进可持续发展]
            2012/5. 评估在落实信息社会世界首脑会议成果方面取得的进展 | OwnNumber[number=2012/5, start=0, end=6, title=评估在落实信息社会世界首脑会议成果方面取得的进展]
            (联合国大会决议  57/239                                | NamedNumber[body=大会, decision=false, number=57/239, start=10, end=16]
            经社理事会决定 2013/215                                | NamedNumber[body=经社理事会, decision=true, number=2013/215, start=8, end=16]
            联大决议第70/125号                                     | NamedNumber[body=大会, decision=false, number=70/125, start=5, end=11]
            回顾大会决议 57/239                                    | -
            秘书长的报告                                           | Kind[kind=report]
            秘书长的说明                                           | Kind[kind=note]
            科学和技术促进发展委员会第二十六届会议的报告            | Kind[kind=report]
            这份报告                                               | -
            决议草案                                               | Draft[decision=false]
            大会主席提出的决定草案                                  | Draft[decision=true]
            2023 年 12 月 19 日大会决议                            | Adoption[date=2023-12-19, decision=false, body=null, note=true]
            2013 年 7 月 24 日经济及社会理事会决定                  | Adoption[date=2013-07-24, decision=true, body=null, note=true]
            [根据第二委员会的报告(A/78/458, 第 11 段)通过]          | -
            通过日期 联合国大会2024年9月22日通过                     | Adoption[date=2024-09-22, decision=false, body=null, note=true]
            联合国大会2024年9月22日开幕                              | -
            信息和通信技术促进可持续发展                            | -
            2024年9月22日至23日,为期两天的联合国未来峰会在美国纽约联合国总部召开。会议通过峰会成果文件《未来契约》,这是一项决议。 | -
            联合国人权理事会7月1日通过一项决议草案,这项草案将进一步保证互联网自由。 | -
            《互联网上人权的促进、保护与享有》系联合国人权理事会于2016年7月1日通过的一项决议, A/HRC/32/L.20。 | Introduction[date=2016-07-01, decision=false, symbol=A/HRC/32/L.20, start=45, end=58]
            《信息社会突尼斯议程》是大会于2005年11月18日通过的决定：A/60/999。这项决定 | Introduction[date=2005-11-18, decision=true, symbol=A/60/999, start=32, end=40]
            编者按 《突尼斯议程》系大会于2005年11月18日通过的一项决议, A/60/999。 | Introduction[date=2005-11-18, decision=false, symbol=A/60/999, start=35, end=43]
            大会于2015年12月16日通过的第70/125号决议重申了《突尼斯议程》。 | -
            《突尼斯议程》系大会于2005年11月18日通过的一项决议。 | -
            """)
    void readsEachHeaderLine(String line, String expected) {
        HeaderLine read = FORMS.read(line);
        assertEquals(expected, read == null ? null : read.toString().replace("HeaderLine.", ""), line);
    }
}
