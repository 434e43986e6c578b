package org.wsiskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The summit phases, WSIS forums, the review meeting and NETmundial: one table each. */
class OtherEventExtractorsTest {

    private final EventContext context = new EventContext(2015);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            回顾 2003 年 12月 10日至 12日在日内瓦举行的信息社会世界首脑会议第一阶段会议通过并经大会核可的《原则宣言》 | 1/2003/2003-12-10/2003-12-12/Geneva/Switzerland
            以及2005年11月16日至18日在突尼斯举行的信息社会世界峰会第二阶段会议通过并经大会认可的《突尼斯承诺》 | 2/2005/2005-11-16/2005-11-18/Tunis/Tunisia
            欢迎信息社会世界首脑会议第二阶段会议东道国突尼斯与联合国贸易和发展会议合作开展工作 | 2/-/-/-/-/-
            """)
    void summitPhases(String phrase, String expected) {
        assertEquals(expected, Readings.events(new SummitPhaseExtractor(Readings.GAZETTEER).find(phrase, context)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            以确保有效落实信息社会世界首脑会议日内瓦阶段的成果和突尼斯阶段的成果
            注意到继续涌现一些在2003年和2005年世界首脑会议第一阶段和第二阶段期间尚不处于中心位置的主题
            """)
    void summitPhasesRejected(String phrase) {
        assertEquals("", Readings.events(new SummitPhaseExtractor(Readings.GAZETTEER).find(phrase, context)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            注意到国际电信联盟等组织举办信息社会世界首脑会议 2010 年论坛，以推动各行为体协作 | -/2010/-/-/-/-
            并邀请各组织方促使各方充分参与定于 2011 年 5 月 16 日至 20 日在日内瓦举办的信息社会世界首脑会议 2011 年论坛的筹备工作 | -/2011/2011-05-16/2011-05-20/Geneva/Switzerland
            又注意到2023年3月13日至17日虚拟举行信息社会世界峰会论坛 | -/2023/2023-03-13/2023-03-17/-/-
            表示注意到瑞士和国际电信联盟将于 2024 年在日内瓦共同主办“信息社会世界峰会二十周年论坛高级别活动” | -/2024/-/-/Geneva/Switzerland
            还注意到 2019 年 4 月 8 日至 12 日在日内瓦举行的 2019 年信息社会世界峰会论坛 | -/2019/2019-04-08/2019-04-12/Geneva/Switzerland
            """)
    void wsisForums(String phrase, String expected) {
        assertEquals(expected, Readings.events(new WsisForumExtractor(Readings.GAZETTEER).find(phrase, context)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            还注意到国际电信联盟和联合国开发计划署每年联合举办信息社会世界首脑会议论坛
            我们确认信息社会世界首脑会议论坛一直是所有利益攸关方开展讨论的平台
            回顾 2003 年和 2005 年信息社会世界首脑会议的成果
            """)
    void wsisForumsRejected(String phrase) {
        assertEquals("", Readings.events(new WsisForumExtractor(Readings.GAZETTEER).find(phrase, context)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            回顾 2015 年 12 月 15 日和 16 日在纽约举行的大会全面审查信息社会世界首脑会议成果执行情况高级别会议成果文件 | -/2015/2015-12-15/2015-12-16/New York/United States of America
            还回顾2015年12月15日和16日在纽约举行的信息社会世界峰会成果执行情况全面审查大会高级别会议成果文件 | -/2015/2015-12-15/2015-12-16/New York/United States of America
            我们，参加 2015 年 12 月 15 日和 16 日在纽约举行的关于信息社会世界首脑会议成果文件执行情况全面审查的大会高级别全体会议的各国部长 | -/2015/2015-12-15/2015-12-16/New York/United States of America
            信息社会世界峰会成果执行情况全面审查大会高级别会议于 2015 年 12 月 15 日和 16 日在纽约举行 | -/2015/2015-12-15/2015-12-16/New York/United States of America
            """)
    void reviewMeetings(String phrase, String expected) {
        assertEquals(expected, Readings.events(new ReviewMeetingExtractor(Readings.GAZETTEER).find(phrase, context)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            知悉按照信息社会世界峰会成果执行情况全面审查大会高级别会议成果文件的规定
            还回顾大会关于千年发展目标的高级别全体会议及其成果文件
            以及载有关于信息社会世界首脑会议成果文件执行情况全面审查的大会高级别会议成果文件的2015年12月16日第70/125号决议
            """)
    void reviewMeetingsRejected(String phrase) {
        assertEquals("", Readings.events(new ReviewMeetingExtractor(Readings.GAZETTEER).find(phrase, context)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            我们注意到巴西政府于 2014 年 4 月 23 日和 24 日在圣保罗主办了 NETmundial 关于因特网治理之未来的问题的全球多利益攸关方会议 | -/2014/2014-04-23/2014-04-24/São Paulo/Brazil
            """)
    void netmundial(String phrase, String expected) {
        assertEquals(expected, Readings.events(new NetmundialExtractor(Readings.GAZETTEER).find(phrase, context)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            我们欢迎 NETmundial 会议的成果
            """)
    void netmundialRejected(String phrase) {
        assertEquals("", Readings.events(new NetmundialExtractor(Readings.GAZETTEER).find(phrase, context)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            34. 又注意到工作组在 2016 年 9 月至 2018 年 1 月期间举行了 5 次会议，会上讨论了会员国的见解 | true | -/2016/2016-09/2018-01/-/-
            注意到加强合作问题工作组于 2016 年 9 月 26 日至 27 日举行第一次会议 | false | 1/2016/2016-09-26/2016-09-27/-/-
            注意到电子商务和数字经济衡量工作组于2023年11月30日和12月1日举行第四次会议 | true |
            又注意到工作组在 2016 年 9 月至 2018 年 1 月期间举行了 5 次会议 | false |
            表示注意到改进因特网治理论坛工作组在 2011 年举行了 5 次会议 | true |
            """)
    void workingGroupOnEnhancedCooperation(String phrase, boolean namedBefore, String expected) {
        assertEquals(expected == null ? "" : expected, Readings.events(new WgecMeetingsExtractor(Readings.GAZETTEER)
                .find(phrase, new EventContext(2023, false, namedBefore))));
    }

    @org.junit.jupiter.api.Test
    void theWorkingGroupNamedLastIsRemembered() {
        assertEquals(true, WgecMeetingsExtractor.lastWorkingGroupIsWgec("注意到加强合作问题工作组开展工作", false));
        assertEquals(false, WgecMeetingsExtractor.lastWorkingGroupIsWgec("注意到改进因特网治理论坛工作组已成功完成其任务", true));
        assertEquals(true, WgecMeetingsExtractor.lastWorkingGroupIsWgec("回顾工作组主席的报告", true));
    }
}
