package org.wsiskg.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * The meetings the synthetic texts mention, one fixed table so that no two texts disagree on one:
 * the Internet Governance Forum's annual meetings at their real hosts and dates (IGF secretariat
 * list of past meetings; the 2020 meeting was held online and is not mentioned), and the sessions
 * of the Commission on Science and Technology for Development (ninth session 2006, one a year, in
 * Geneva; dated here Monday to Friday of the second week of May, a synthetic but fixed rule).
 */
final class WsisMeetings {

    /** One IGF meeting: its ordinal, dates and venue in both languages (names as data/gazetteer.tsv has them). */
    record IgfMeeting(int ordinal, LocalDate start, LocalDate end, String cityZh, String countryZh, String cityEn,
                      String countryEn) {
        int year() {
            return start.getYear();
        }
    }

    /** One CSTD session: ordinal and dates; always in Geneva. */
    record CstdSession(int ordinal, LocalDate start, LocalDate end) {
    }

    static final List<IgfMeeting> IGF = List.of(
            igf(1, "2006-10-30", "2006-11-02", "雅典", "希腊", "Athens", "Greece"),
            igf(2, "2007-11-12", "2007-11-15", "里约热内卢", "巴西", "Rio de Janeiro", "Brazil"),
            igf(3, "2008-12-03", "2008-12-06", "海得拉巴", "印度", "Hyderabad", "India"),
            igf(4, "2009-11-15", "2009-11-18", "沙姆沙伊赫", "埃及", "Sharm el-Sheikh", "Egypt"),
            igf(5, "2010-09-14", "2010-09-17", "维尔纽斯", "立陶宛", "Vilnius", "Lithuania"),
            igf(6, "2011-09-27", "2011-09-30", "内罗毕", "肯尼亚", "Nairobi", "Kenya"),
            igf(7, "2012-11-06", "2012-11-09", "巴库", "阿塞拜疆", "Baku", "Azerbaijan"),
            igf(8, "2013-10-22", "2013-10-25", "巴厘", "印度尼西亚", "Bali", "Indonesia"),
            igf(9, "2014-09-02", "2014-09-05", "伊斯坦布尔", "土耳其", "Istanbul", "Türkiye"),
            igf(10, "2015-11-10", "2015-11-13", "若昂佩索阿", "巴西", "João Pessoa", "Brazil"),
            igf(11, "2016-12-06", "2016-12-09", "瓜达拉哈拉", "墨西哥", "Guadalajara", "Mexico"),
            igf(12, "2017-12-18", "2017-12-21", "日内瓦", "瑞士", "Geneva", "Switzerland"),
            igf(13, "2018-11-12", "2018-11-14", "巴黎", "法国", "Paris", "France"),
            igf(14, "2019-11-25", "2019-11-29", "柏林", "德国", "Berlin", "Germany"),
            igf(16, "2021-12-06", "2021-12-10", "卡托维兹", "波兰", "Katowice", "Poland"),
            igf(17, "2022-11-28", "2022-12-02", "亚的斯亚贝巴", "埃塞俄比亚", "Addis Ababa", "Ethiopia"),
            igf(18, "2023-10-08", "2023-10-12", "京都", "日本", "Kyoto", "Japan"),
            igf(19, "2024-12-15", "2024-12-19", "利雅得", "沙特阿拉伯", "Riyadh", "Saudi Arabia"),
            igf(20, "2025-06-23", "2025-06-27", "利勒斯特伦", "挪威", "Lillestrøm", "Norway"));

    private static final int FIRST_CSTD_ORDINAL = 9;
    private static final int FIRST_CSTD_YEAR = 2006;

    private WsisMeetings() {
    }

    /** The IGF meetings that ended before {@code date}, oldest first. */
    static List<IgfMeeting> igfBefore(LocalDate date) {
        return IGF.stream().filter(m -> m.end().isBefore(date)).toList();
    }

    /** The CSTD session of {@code year}, when the Commission met that year under its WSIS mandate. */
    static Optional<CstdSession> cstd(int year) {
        if (year < FIRST_CSTD_YEAR) {
            return Optional.empty();
        }
        LocalDate monday = LocalDate.of(year, 5, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
        return Optional.of(new CstdSession(FIRST_CSTD_ORDINAL + year - FIRST_CSTD_YEAR, monday, monday.plusDays(4)));
    }

    /** The last CSTD session held before {@code date}. */
    static Optional<CstdSession> cstdBefore(LocalDate date) {
        Optional<CstdSession> same = cstd(date.getYear());
        if (same.isPresent() && same.get().end().isBefore(date)) {
            return same;
        }
        return cstd(date.getYear() - 1);
    }

    private static IgfMeeting igf(int ordinal, String start, String end, String cityZh, String countryZh, String cityEn,
                                  String countryEn) {
        return new IgfMeeting(ordinal, LocalDate.parse(start), LocalDate.parse(end), cityZh, countryZh, cityEn, countryEn);
    }
}
