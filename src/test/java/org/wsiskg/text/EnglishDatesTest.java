package org.wsiskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # text                                                  | year | start      | end        | quoted
            held in Sharm el-Sheikh, Egypt, from 15 to 18 November 2009 | 2009 | 2009-11-15 | 2009-11-18 | 15 to 18 November 2009
            held in Geneva from 17 to 21 May 2010                   | 2010 | 2010-05-17 | 2010-05-21 | 17 to 21 May 2010
            on 30 November and 1 December 2023                      | 2023 | 2023-11-30 | 2023-12-01 | 30 November and 1 December 2023
            from 30 October to 2 November 2006 in Athens            | 2006 | 2006-10-30 | 2006-11-02 | 30 October to 2 November 2006
            on 15 and 16 December 2015 in New York                  | 2015 | 2015-12-15 | 2015-12-16 | 15 and 16 December 2015
            adopted on 20 December 2010                             | 2010 | 2010-12-20 | 2010-12-20 | 20 December 2010
            from 6-9 November 2012 in Baku                          | 2012 | 2012-11-06 | 2012-11-09 | 6-9 November 2012
            from 6–9 November 2012 in Baku                          | 2012 | 2012-11-06 | 2012-11-09 | 6–9 November 2012
            from September 2016 to January 2018                     | 2016 | 2016-09    | 2018-01    | September 2016 to January 2018
            in November 2009, in Sharm el-Sheikh                    | 2009 | 2009-11    | 2009-11    | November 2009
            of 28 July 2006 on the follow-up                        | 2006 | 2006-07-28 | 2006-07-28 | 28 July 2006
            on 21 December, 2001                                    | 2001 | 2001-12-21 | 2001-12-21 | 21 December, 2001
            from 10 to 12 december 2003                             | 2003 | 2003-12-10 | 2003-12-12 | 10 to 12 december 2003
            on December 28, 2022 in Addis Ababa                     | 2022 | 2022-12-28 | 2022-12-28 | December 28, 2022
            from November 25-29, 2019 in Berlin                     | 2019 | 2019-11-25 | 2019-11-29 | November 25-29, 2019
            from Nov 28 to Dec 2, 2022                              | 2022 | 2022-11-28 | 2022-12-02 | Nov 28 to Dec 2, 2022
            """)
    void readsTheFirstDateOrRange(String text, int year, String start, String end, String quoted) {
        List<DateRange> found = EnglishDates.ranges(text, null);
        assertTrue(!found.isEmpty(), "no date in " + text);
        DateRange r = found.get(0);
        assertEquals(year, r.year());
        assertEquals(start, r.start());
        assertEquals(end, r.end());
        assertEquals(quoted, text.substring(r.from(), r.to()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the Forum may 2010 be held
            on 31 November 2010 in Vilnius
            resolution 65/141 of the sixty-fifth session
            in 2006 in Athens
            on Mar 5 in Paris
            from December 28 to December 2, 2022
            """)
    void rejects(String text) {
        assertEquals(List.of(), EnglishDates.ranges(text, null));
    }

    @Test
    void aDateWithoutYearTakesTheYearBeforeItOrTheContext() {
        List<DateRange> found = EnglishDates.ranges("held on 17 May 2010 and again from 2 to 4 June", null);
        assertEquals(2, found.size());
        assertEquals("2010-06-02", found.get(1).start());
        assertTrue(found.get(1).yearFromContext());
        assertEquals("2024-06-02", EnglishDates.ranges("from 2 to 4 June", 2024).get(0).start());
        assertEquals(List.of(), EnglishDates.ranges("from 2 to 4 June", null));
    }

    @Test
    void fullDate() {
        Matcher m = EnglishDates.FULL_DATE.matcher("69th plenary meeting 20 December 2010");
        assertTrue(m.find());
        assertEquals("2010-12-20", EnglishDates.of(m).orElseThrow().toString());
    }
}
