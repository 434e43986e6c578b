package org.wsiskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CstdSessionExtractorTest {

    private final CstdSessionExtractor extractor = new CstdSessionExtractor(Readings.GAZETTEER);
    private final EventContext context = new EventContext(2023);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            注意到 2010 年 5 月 17 日至 21 日在日内瓦举行的科学和技术促进发展委员会第十三届会议， | 13/2010/2010-05-17/2010-05-21/Geneva/Switzerland
            又注意到科学和技术促进发展委员会于 2017 年 5 月 8 日至 12 日在日内瓦举行了科学和技术促进发展委员会第二十届会议，并期待举行第二十一届会议，其中 | 20/2017/2017-05-08/2017-05-12/Geneva/Switzerland;21/-/-/-/-/-
            又注意到科学和技术促进发展委员会第二十六届会议于 2023 年 3 月 27 日至 31 日举行，并期待第二十七届会议的召开 | 26/2023/2023-03-27/2023-03-31/-/-;27/-/-/-/-/-
            欢迎理事会决定邀请科学和技术促进发展委员会主席成立一个工作组，并酌情向 2011 年委员会第十四届会议提出建议 | 14/2011/-/-/-/-
            邀请科学和技术促进发展委员会主席结合委员会第十五届年度会议举办一次会议 | 15/-/-/-/-/-
            还注意到科学和技术促进发展委员会将在2024年举行的第二十七届会议上探讨数据与可持续发展之间的联系 | 27/2024/-/-/-/-
            注意到科学和技术促进发展委员会将收集会员国的意见，在 2024 年第二十七届会议和 2025 年第二十八届会议期间组织讨论 | 27/2024/-/-/-/-;28/2025/-/-/-/-
            该小组将向科学和技术促进发展委员会第二十一届会议提交一份报告 | 21/-/-/-/-/-
            注意到科学和技术促进发展委员会第十一届会议于 2008 年 5 月 26 日至 30 日在日内瓦举行 | 11/2008/2008-05-26/2008-05-30/Geneva/Switzerland
            注意到科学技术促进发展委员会第二十五届会议于 2022 年 3 月 28 日至 4 月 1 日在日内瓦举行 | 25/2022/2022-03-28/2022-04-01/Geneva/Switzerland
            又注意到科技促进发展委员会第二十四届会议 | 24/-/-/-/-/-
            """)
    void accepts(String phrase, String expected) {
        assertEquals(expected, Readings.events(extractor.find(phrase, context)));
    }

    @org.junit.jupiter.api.Test
    void aBare委员会StandsForTheCommissionNamedInAnEarlierParagraph() {
        String text = "决定将委员会主席关于这次会议成果的报告转递委员会第十六届会议";
        assertEquals("16/-/-/-/-/-", Readings.events(extractor.find(text, new EventContext(2012, true, false))));
        assertEquals("", Readings.events(extractor.find(text, new EventContext(2012, false, false))));
        assertEquals(true, CstdSessionExtractor.lastCommissionIsCstd("赞赏科学和技术促进发展委员会的作用", false));
        assertEquals(false, CstdSessionExtractor.lastCommissionIsCstd("表示注意到宽带促进可持续发展委员会的报告", true));
        assertEquals(true, CstdSessionExtractor.lastCommissionIsCstd("请秘书长每年向委员会提交报告", true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            请秘书长通过科学和技术促进发展委员会以及经济及社会理事会向大会第六十六届会议提交一份报告
            敦促继续注重通过 2016 年 7 月 17 日至 22 日在内罗毕举行的联合国贸易和发展会议第十四届会议推出的举措
            欢迎电子商务和数字经济问题政府间专家组于 2017 年 10 月 4 日至 6 日在日内瓦举行第一届会议
            注意到2023年5月10日至12日举行的电子商务和数字经济政府间专家组第六届会议第六次报告的成果
            在第七十届会议通过关于信息社会世界首脑会议成果文件执行情况全面审查的大会高级别会议成果文件如下
            注意到国际电信联盟举办的第九届世界电信/信通技术指标会议
            表示注意到宽带促进可持续发展委员会第十届会议的报告
            注意到人权理事会第二十届会议通过的决议
            回顾联合国教育、科学及文化组织大会第三十一届会议
            """)
    void rejects(String phrase) {
        assertEquals("", Readings.events(extractor.find(phrase, context)));
    }
}
