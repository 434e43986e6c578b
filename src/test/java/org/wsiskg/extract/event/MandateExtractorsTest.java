package org.wsiskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IGF mandate extensions and reviews, report requests and agenda items. */
class MandateExtractorsTest {

    private final IgfMandateExtensionExtractor extensions = new IgfMandateExtensionExtractor();
    private final IgfMandateReviewExtractor reviews = new IgfMandateReviewExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            17. 决定将因特网治理论坛的任务期限再延长五年，为此邀请秘书长继续举办论坛 | 2010 | extend/5/2015/-
            我们将《突尼斯议程》第 72 至 78 段阐明的因特网治理论坛的现有任务又延长了 10 年。 | 2015 | extend/10/2025/-
            30. 知悉按照全面审查大会高级别会议成果文件的规定，互联网治理论坛的任务期限延长至 2025 年； | 2023 | notes-extension/-/2025/-
            回顾大会决定将互联网治理论坛的任务期限再延长十年 | 2020 | notes-extension/10/2030/-
            决定再延长互联网治理论坛的任务期限十年 | 2025 | extend/10/2035/-
            """)
    void extensions(String phrase, int documentYear, String expected) {
        assertEquals(expected, Readings.mandates(extensions.find(phrase, new EventContext(documentYear))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            决定将工作组的任务期限延长一年
            邀请秘书长按照《信息社会突尼斯议程》第 72 段规定的因特网治理论坛的任务，继续举办论坛
            """)
    void extensionsRejected(String phrase) {
        assertEquals("", Readings.mandates(extensions.find(phrase, new EventContext(2010))));
    }

    @Test
    void anExtensionInADocumentOfUnknownYearHasNoEndAndSaysSo() {
        List<MandateMatch> found = extensions.find("决定将因特网治理论坛的任务期限再延长五年", new EventContext(null));
        assertEquals("extend/5/-/-", Readings.mandates(found));
        assertEquals("MANDATE_END_UNKNOWN", found.get(0).findings().get(0).code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            20. 决定会员国在大会 2015 年对信息社会世界首脑会议成果执行情况进行十年审查期间再次审议维持因特网治理论坛的可取性； | review/-/-/2015
            请大会审查互联网治理论坛的任务 | review/-/-/-
            """)
    void reviews(String phrase, String expected) {
        assertEquals(expected, Readings.mandates(reviews.find(phrase, new EventContext(2010))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            审议如何改进因特网治理论坛，除其他外，特别考虑到加强发展中国家的参与
            对世界首脑会议成果执行情况进行全面审查
            """)
    void reviewsRejected(String phrase) {
        assertEquals("", Readings.mandates(reviews.find(phrase, new EventContext(2010))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            23. 请秘书长通过科学和技术促进发展委员会以及经济及社会理事会向大会第六十六届会议提交一份报告，说明本决议的执行情况 | CSTD+ECOSOC | 66
            请秘书长通过经社理事会向大会第六十六届会议提交一份报告供其审议 | ECOSOC | 66
            28. 请秘书长考虑到《2030 年可持续发展议程》、《亚的斯亚贝巴行动议程》和其他相关进程，通过科学和技术促进发展委员会和经济及社会理事会向大会第七十三届会议提出报告 | CSTD+ECOSOC | 73
            """)
    void reportRequests(String phrase, String channels, int session) {
        List<MandateMatch> found = new ReportRequestExtractor().find(phrase, new EventContext(2010));
        assertEquals(1, found.size());
        assertEquals("Secretary-General", found.get(0).addressee());
        assertEquals(List.of(channels.split("\\+")), found.get(0).channels());
        assertEquals(session, found.get(0).session());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            决定邀请秘书长举行所有会员国参与的开放和包容性协商
            34. 请秘书长每年向委员会提交报告，说明建议的实施情况
            该小组将向科学和技术促进发展委员会第二十一届会议提交一份报告
            """)
    void reportRequestsRejected(String phrase) {
        assertEquals(List.of(), new ReportRequestExtractor().find(phrase, new EventContext(2010)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            24. 决定将题为“信息和通信技术促进发展”的项目列入大会第六十六届会议临时议程。 | 信息和通信技术促进发展 | 66
            29. 决定在大会第七十三届会议临时议程中列入题为“信息和通信技术促进可持续发展”的项目。 | 信息和通信技术促进可持续发展 | 73
            """)
    void agendaItems(String phrase, String item, int session) {
        List<MandateMatch> found = new AgendaItemExtractor().find(phrase, new EventContext(2010));
        assertEquals(1, found.size());
        assertEquals(item, found.get(0).item());
        assertEquals(session, found.get(0).session());
    }

    @Test
    void anItemWithoutATitleIsNoAgendaItem() {
        assertEquals(List.of(), new AgendaItemExtractor().find("决定将该项目列入大会第六十六届会议临时议程", new EventContext(2010)));
    }
}
