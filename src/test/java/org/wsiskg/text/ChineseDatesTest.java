package org.wsiskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # text                                 | year | start      | end        | quoted
            2010 年 5 月 17 日至 21 日在日内瓦举行     | 2010 | 2010-05-17 | 2010-05-21 | 2010 年 5 月 17 日至 21 日
            定于2012年 11月 6日至 9日在巴库举行        | 2012 | 2012-11-06 | 2012-11-09 | 2012年 11月 6日至 9日
            于2023年11月30日和12月1日举行第四次会议    | 2023 | 2023-11-30 | 2023-12-01 | 2023年11月30日和12月1日
            在 2016 年 9 月至 2018 年 1 月期间举行     | 2016 | 2016-09    | 2018-01    | 2016 年 9 月至 2018 年 1 月
            2015 年 12 月 15 日和 16 日在纽约举行      | 2015 | 2015-12-15 | 2015-12-16 | 2015 年 12 月 15 日和 16 日
            2011年 10月 24和 25日在日内瓦主办         | 2011 | 2011-10-24 | 2011-10-25 | 2011年 10月 24和 25日
            2005 年 11 月 16 日至 18 日在突尼斯          | 2005 | 2005-11-16 | 2005-11-18 | 2005 年 11 月 16 日至 18 日
            2001 年 10 月 15 日至 11 月 3 日，巴黎      | 2001 | 2001-10-15 | 2001-11-03 | 2001 年 10 月 15 日至 11 月 3 日
            2009年 11月在埃及沙姆沙伊赫举行           | 2009 | 2009-11    | 2009-11    | 2009年 11月
            2010 年 12 月 20 日第 69 次全体会议         | 2010 | 2010-12-20 | 2010-12-20 | 2010 年 12 月 20 日
            分别于 2006 年在雅典                     | 2006 | -          | -          | 2006 年
            2010 年 5 月 17 至 21 日在日内瓦           | 2010 | 2010-05-17 | 2010-05-21 | 2010 年 5 月 17 至 21 日
            2005 年 11 月 16-18 日在突尼斯             | 2005 | 2005-11-16 | 2005-11-18 | 2005 年 11 月 16-18 日
            2006 年 10 月 30 日至 11 月 2 日在雅典      | 2006 | 2006-10-30 | 2006-11-02 | 2006 年 10 月 30 日至 11 月 2 日
            2016年11月3-9日在印度海德拉巴             | 2016 | 2016-11-03 | 2016-11-09 | 2016年11月3-9日
            """)
    void readsTheFormsTheTextsDateWith(String text, int year, String start, String end, String quoted) {
        List<DateRange> found = ChineseDates.ranges(text, null);
        DateRange d = found.get(0);
        assertEquals(year, d.year());
        assertEquals(start, d.start());
        assertEquals(end, d.end());
        assertEquals(quoted, text.substring(d.from(), d.to()));
        assertEquals(false, d.yearFromContext());
    }

    @Test
    void aDayWithoutAYearTakesTheYearWrittenBeforeIt() {
        String text = "2005 年 11 月 16 日至 18 日举行第二阶段，以及 11月16日至18日在突尼斯举行的会议";
        List<DateRange> found = ChineseDates.ranges(text, null);
        assertEquals(2, found.size());
        DateRange second = found.get(1);
        assertEquals("2005-11-16", second.start());
        assertEquals("2005-11-18", second.end());
        assertTrue(second.yearFromContext());
        assertEquals("11月16日至18日", text.substring(second.from(), second.to()));
    }

    @Test
    void aRangeOfDaysWithoutAYearTakesTheYearBeforeIt() {
        String text = "2016年11月3-9日召开，以及12月6-9日在墨西哥召开";
        DateRange second = ChineseDates.ranges(text, null).get(1);
        assertEquals("2016-12-06", second.start());
        assertEquals("2016-12-09", second.end());
        assertEquals("12月6-9日", text.substring(second.from(), second.to()));
        assertEquals(List.of(), ChineseDates.ranges("12月6在墨西哥", null).stream().filter(d -> d.start() != null).toList());
    }

    @Test
    void aDayWithoutAYearTakesTheDocumentsYearWhenTheTextGivesNone() {
        DateRange d = ChineseDates.ranges("定于 5 月 16 日至 20 日在日内瓦举办", 2011).get(0);
        assertEquals("2011-05-16", d.start());
        assertEquals("2011-05-20", d.end());
        assertTrue(d.yearFromContext());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # text                                        | context | month   | quoted
            2017年会议的代表将出席12月份在日内瓦召开的年会    | -       | 2017-12 | 12月
            定于 11 月在巴黎举行                              | 2018    | 2018-11 | 11 月
            将于11月召开                                      | 2018    | 2018-11 | 11月
            去年12月份在日内瓦召开                            | 2018    | -       | -
            第3月份在日内瓦召开                               | 2018    | -       | -
            12个月在日内瓦                                    | 2018    | -       | -
            12月的会议                                        | 2018    | -       | -
            """)
    void aMonthAloneDatesAnEventInTheYearOfItsContext(String text, Integer context, String month, String quoted) {
        List<DateRange> found = ChineseDates.ranges(text, context).stream().filter(d -> d.start() != null).toList();
        if (month == null) {
            assertEquals(List.of(), found);
            return;
        }
        DateRange d = found.get(0);
        assertEquals(month, d.start());
        assertEquals(month, d.end());
        assertEquals(quoted, text.substring(d.from(), d.to()));
        assertTrue(d.yearFromContext());
    }

    @Test
    void aDayWithoutAnyYearIsLeftOut() {
        assertEquals(List.of(), ChineseDates.ranges("定于 5 月 16 日至 20 日在日内瓦举办", null));
    }

    @Test
    void twoYearsJoinedBy和AreTwoDatesNotARange() {
        List<DateRange> found = ChineseDates.ranges("在 2024 年第二十七届会议和 2025 年第二十八届会议期间", null);
        assertEquals(List.of(2024, 2025), found.stream().map(DateRange::year).toList());
        found = ChineseDates.ranges("2007 年在基加利和 2008 年在开罗举行", null);
        assertEquals(List.of(2007, 2008), found.stream().map(DateRange::year).toList());
    }

    @Test
    void aDayTheCalendarDoesNotHaveIsNoDate() {
        assertEquals(List.of(), ChineseDates.ranges("2010 年 2 月 30 日", null));
    }

    @Test
    void anEndBeforeTheStartIsNotTakenAsTheEnd() {
        DateRange d = ChineseDates.ranges("2018 年 1 月至 2016 年 9 月", null).get(0);
        assertEquals("2018-01", d.start());
        assertEquals("2018-01", d.end());
    }
}
