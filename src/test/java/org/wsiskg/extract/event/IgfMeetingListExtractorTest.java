package org.wsiskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IgfMeetingListExtractorTest {

    private final IgfMeetingListExtractor extractor = new IgfMeetingListExtractor(Readings.GAZETTEER);
    private final EventContext context = new EventContext(2017);

    @Test
    void pairsTheNthYearAndPlaceWithTheNthOrdinal() {
        String text = "欢迎各东道国做出努力，分别于 2006 年在雅典、2007 年在巴西里约热内卢、2008 年在印度海得拉巴、"
                + "2009 年在埃及沙姆沙伊赫、2010 年在维尔纽斯举行因特网治理论坛第一、第二、第三、第四和第五次会议，";
        var found = extractor.find(text, context);
        assertEquals("1/2006/-/-/Athens/Greece;2/2007/-/-/Rio de Janeiro/Brazil;3/2008/-/-/Hyderabad/India;"
                + "4/2009/-/-/Sharm el-Sheikh/Egypt;5/2010/-/-/Vilnius/Lithuania", Readings.events(found));
        assertEquals("2006 年在雅典;2007 年在巴西里约热内卢;2008 年在印度海得拉巴;2009 年在埃及沙姆沙伊赫;2010 年在维尔纽斯",
                Readings.quoted(text, found));
    }

    @Test
    void readsAListWithoutOrdinalsEndingInAFutureMeeting() {
        String text = "欢迎各东道国作出努力，分别于 2006 年在雅典、2007 年在巴西里约热内卢、2008 年在印度海得拉巴、"
                + "2009 年在埃及沙姆沙伊赫、2010 年在维尔纽斯、2011年在内罗毕、2012 年在巴库、2013 年在印度尼西亚巴厘、"
                + "2014 年在土耳其伊斯坦布尔、2015 年在巴西若昂佩索阿、2016 年在墨西哥瓜达拉哈拉以及定于 2017年在日内瓦举行因特网治理论坛会议，";
        var found = extractor.find(text, context);
        assertEquals(12, found.size());
        assertEquals("-/2013/-/-/Bali/Indonesia", Readings.events(found.subList(7, 8)));
        assertEquals("-/2016/-/-/Guadalajara/Mexico;-/2017/-/-/Geneva/Switzerland",
                Readings.events(found.subList(10, 12)));
    }

    @Test
    void listsOfDifferentLengthsKeepYearsAndPlacesAndReportTheMismatch() {
        var found = extractor.find("分别于 2006 年在雅典、2007 年在巴西里约热内卢举行互联网治理论坛第一、第二和第三次会议", context);
        assertEquals("-/2006/-/-/Athens/Greece;-/2007/-/-/Rio de Janeiro/Brazil", Readings.events(found));
        assertEquals("ORDINAL_LIST_MISMATCH", found.get(0).findings().get(0).code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2009 年 11月 15日至 18日在埃及沙姆沙伊赫举行的因特网治理论坛第四次会议
            欣见 2007 年在基加利和 2008 年在开罗举行的“连通非洲”首脑会议
            最近于 2023 年在日本京都召开该会议
            """)
    void rejects(String phrase) {
        assertEquals("", Readings.events(extractor.find(phrase, context)));
    }
}
