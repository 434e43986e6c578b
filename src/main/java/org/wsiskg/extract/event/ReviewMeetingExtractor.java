package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.DateRange;

/**
 * The General Assembly's high-level meeting on the overall review of the implementation of the
 * WSIS outcomes (New York, 15-16 December 2015), when the text dates it.
 *
 * <p>Accepts a clause naming the summit, 全面审查 and 大会高级别(全体)会议, with a date:
 * <ul>
 *   <li>{@code 2015 年 12 月 15 日和 16 日在纽约举行的大会全面审查信息社会世界首脑会议成果执行情况高级别会议};</li>
 *   <li>{@code 2015年12月15日和16日在纽约举行的信息社会世界峰会成果执行情况全面审查大会高级别会议};</li>
 *   <li>{@code 参加 2015 年 12 月 15 日和 16 日在纽约举行的关于信息社会世界首脑会议成果文件执行情况全面审查的大会高级别全体会议};</li>
 *   <li>{@code 信息社会世界峰会成果执行情况全面审查大会高级别会议于 2015 年 12 月 15 日和 16 日在纽约举行} (the date after the name).</li>
 * </ul>
 * Rejects the meeting's outcome document cited without a date, or with the date of the resolution
 * adopting it ({@code …高级别会议成果文件的2015年12月16日第70/125号决议}) ({@code 信息社会世界峰会成果执行情况全面审查大会高级别会议成果文件的规定})
 * and other high-level meetings ({@code 大会关于千年发展目标的高级别全体会议}).
 */
public final class ReviewMeetingExtractor implements EventExtractor {

    private static final Pattern MEETING = Pattern.compile("高级别(?:全体)?会议");
    /** A date followed by a resolution's number is the date of that resolution, not of the meeting. */
    private static final Pattern RESOLUTION_AFTER = Pattern.compile("\\s*第\\s*\\d");
    private static final Pattern NAME_START = Pattern.compile("信息社会世界|大会|关于");

    private final Gazetteer gazetteer;

    public ReviewMeetingExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        ParagraphSetting setting = new ParagraphSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        Matcher m = MEETING.matcher(text);
        while (m.find()) {
            int clauseStart = setting.clauseStart(m.start());
            String before = text.substring(clauseStart, m.start());
            if (!before.contains("全面审查") || !before.contains("信息社会世界") || !before.contains("大会")) {
                continue;
            }
            DateRange date = setting.nearestDate(m.start(), m.end())
                    .filter(d -> !RESOLUTION_AFTER.matcher(text).region(d.to(), text.length()).lookingAt()).orElse(null);
            if (date == null) {
                continue;
            }
            // The name opens after a date written before it, else at the clause start; a date written
            // after the name (…高级别会议于 2015 年 12 月 15 日举行) leaves the whole clause before it to the name.
            int nameSearchFrom = date.to() <= m.start() ? Math.max(date.to(), clauseStart)
                    : setting.dates(clauseStart, m.start()).stream().mapToInt(DateRange::to).max().orElse(clauseStart);
            Matcher name = NAME_START.matcher(text).region(nameSearchFrom, m.start());
            int nameFrom = name.find() ? name.start() : m.start();
            found.add(setting.event("wsis-review-meeting", null, null, nameFrom, m.end(), date,
                    setting.nearestVenue(nameFrom, m.end()).orElse(null)));
        }
        return found;
    }
}
