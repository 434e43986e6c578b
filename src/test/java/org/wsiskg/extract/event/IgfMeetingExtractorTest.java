package org.wsiskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IgfMeetingExtractorTest {

    private final IgfMeetingExtractor extractor = new IgfMeetingExtractor(Readings.GAZETTEER);
    private final EventContext context = new EventContext(2010);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            回顾 2009 年 11月 15日至 18日在埃及沙姆沙伊赫举行的因特网治理论坛第四次会议就论坛的未来进行的磋商 | 4/2009/2009-11-15/2009-11-18/Sharm el-Sheikh/Egypt
            敦促秘书长确保因特网治理论坛及其结构在筹备定于2012年 11月 6日至 9日在巴库举行的因特网治理论坛第七次会议和论坛今后各次会议时继续发挥职能 | 7/2012/2012-11-06/2012-11-09/Baku/Azerbaijan
            包括主管经济和社会事务副秘书长 2009年 11月在埃及沙姆沙伊赫举行论坛第四次会议上进行的协商期间所收到的意见，审议如何改进因特网治理论坛 | 4/2009/2009-11/2009-11/Sharm el-Sheikh/Egypt
            回顾各东道国努力召开互联网治理论坛会议，包括最近于 2023 年在日本京都召开该会议，表示注意到 2024 年将在沙特阿拉伯召开该会议 | -/2023/-/-/Kyoto/Japan;-/2024/-/-/-/Saudi Arabia
            欢迎 2019 年 11 月 25 日至 29 日在柏林举行的互联网治理论坛第十四次会议 | 14/2019/2019-11-25/2019-11-29/Berlin/Germany
            注意到因特网治理论坛第七次会议的成果 | 7/-/-/-/-/-
            回顾 2006 年 10 月 30 日至 11 月 2 日在雅典举行的因特网治理论坛首次会议 | 1/2006/2006-10-30/2006-11-02/Athens/Greece
            欢迎 2008 年 12 月 3 日至 6 日在印度海得拉巴举行因特网治理论坛第三次会议 | 3/2008/2008-12-03/2008-12-06/Hyderabad/India
            期待 2009 年在埃及举行因特网治理论坛第四次会议 | 4/2009/-/-/-/Egypt
            注意到 2013 年 10 月 22 日至 25 日在印度尼西亚巴厘举行了因特网治理论坛第八次会议 | 8/2013/2013-10-22/2013-10-25/Bali/Indonesia
            欢迎 2014 年 9 月 2 日至 5 日在伊斯坦布尔举行的第九次因特网治理论坛会议 | 9/2014/2014-09-02/2014-09-05/Istanbul/Türkiye
            回顾互联网治理论坛第十八次会议于 2023 年 10 月 8 日至 12 日在日本京都举行 | 18/2023/2023-10-08/2023-10-12/Kyoto/Japan
            期待 2015 年在巴西若昂佩索阿举行第十届互联网治理论坛 | 10/2015/-/-/João Pessoa/Brazil
            """)
    void accepts(String phrase, String expected) {
        assertEquals(expected, Readings.events(extractor.find(phrase, context)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            回顾各东道国努力召开互联网治理论坛会议
            强调指出必须加强发展中国家特别是最不发达国家对因特网治理论坛所有会议的参与
            确保论坛今后各次会议继续发挥职能
            每年举办人人均享信通技术论坛会议和技术展览
            2007 年在基加利举行的“连通非洲”首脑会议和 2024 年将在日内瓦召开该会议
            分别于 2006 年在雅典、2007 年在巴西里约热内卢、2008 年在印度海得拉巴举行因特网治理论坛第一、第二和第三次会议
            """)
    void rejects(String phrase) {
        assertEquals("", Readings.events(extractor.find(phrase, context)));
    }

    @Test
    void quotesTheDateTheVenueAndTheName() {
        String text = "回顾 2009 年 11月 15日至 18日在埃及沙姆沙伊赫举行的因特网治理论坛第四次会议就论坛的未来进行的磋商";
        assertEquals("2009 年 11月 15日至 18日在埃及沙姆沙伊赫举行的因特网治理论坛第四次会议",
                Readings.quoted(text, extractor.find(text, context)));
    }

    @Test
    void anUnknownVenueIsKeptAsWrittenAndReported() {
        var found = extractor.find("欢迎 2030 年在某某城举行的互联网治理论坛第二十五次会议", context);
        assertEquals("25/2030/-/-/某某城/-", Readings.events(found));
        assertEquals("UNKNOWN_PLACE", found.get(0).findings().get(0).code());
    }

    @Test
    void aDateWithoutAYearTakesTheDocumentsYearAndSaysSo() {
        var found = extractor.find("敦促秘书长在筹备定于 11 月 6 日至 9 日在巴库举行的因特网治理论坛第七次会议时继续发挥职能",
                new EventContext(2012));
        assertEquals("7/2012/2012-11-06/2012-11-09/Baku/Azerbaijan", Readings.events(found));
        assertEquals("DATE_YEAR_FROM_CONTEXT", found.get(0).findings().get(0).code());
    }
}
