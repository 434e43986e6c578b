package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.ChineseNumerals;
import org.wsiskg.text.DateRange;

/**
 * Sessions of the Commission on Science and Technology for Development (CSTD), by ordinal.
 *
 * <p>Accepts 第 … 届(年度)会议 when the body it belongs to is the Commission: named right before
 * it, or the nearest body named before it in the paragraph:
 * <ul>
 *   <li>{@code 2010 年 5 月 17 日至 21 日在日内瓦举行的科学和技术促进发展委员会第十三届会议} (dates and venue);</li>
 *   <li>{@code 科学和技术促进发展委员会第二十六届会议于 2023 年 3 月 27 日至 31 日举行} (dates after);</li>
 *   <li>{@code 向 2011 年委员会第十四届会议提出建议}, {@code 结合委员会第十五届年度会议} (委员会 standing for
 *       the Commission named earlier in the paragraph, or in an earlier paragraph when this one names
 *       no commission);</li>
 *   <li>{@code 科技促发委第二十届会议}, {@code 科技委第二十一届会议} (the short names of news pages);</li>
 *   <li>{@code …第二十届会议，并期待举行第二十一届会议}, {@code 在 2024 年第二十七届会议和 2025 年第二十八届会议期间}
 *       (sessions looked forward to; with two sessions in one clause each takes only the year
 *       written right before it).</li>
 * </ul>
 * Rejects sessions of other bodies: {@code 大会第六十六届会议}, {@code 联合国贸易和发展会议第十四届会议},
 * {@code 电子商务和数字经济问题政府间专家组…举行第一届会议}, {@code 第七十届会议} with no body named before
 * it; and meetings that are not sessions ({@code 第九届世界电信/信通技术指标会议}).
 */
public final class CstdSessionExtractor implements EventExtractor {

    /** The Commission's names in the texts: in full, without 和 (as some headers write it), and short (科技促发委, 科技委). */
    static final String CSTD_NAMES = "科学和技术促进发展委员会|科学技术促进发展委员会|科技促进发展委员会|科技促发委|科技委(?!员)";

    private static final Pattern SESSION = Pattern.compile(
            "第\\s*(?<ord>" + ChineseNumerals.NUMERAL + ")\\s*(?:届|屆)\\s*(?:年度)?\\s*(?:会议|會議)");
    private static final Pattern BODY = Pattern.compile(
            "(?<cstd>" + CSTD_NAMES + ")|(?<commission>委员会)"
                    + "|(?<other>大会|理事会|专家组|工作组|小组|贸易和发展会议|贸发会议|首脑会议|峰会|论坛)");
    /**
     * What stands right before a bare 委员会 (the Commission named before) rather than before
     * another commission's name: no Han character, a function word, or a verb taking it as object.
     */
    private static final Pattern BEFORE_BARE_COMMISSION = Pattern.compile(
            "(?:^|[^\\p{IsHan}]|[年向在和及于由该本其与对将的、即请到给]|结合|通过|协助|支持|转递|转交|提交|邀请|鼓励|呼吁|请求|要求"
                    + "|赞赏|欢迎|确认|授予)\\s*$");
    private static final Pattern YEAR_RIGHT_BEFORE = Pattern.compile(
            "(?<year>(?:19|20)\\d\\d)\\s*年\\s*(?:" + CSTD_NAMES + "|委员会)?\\s*$");

    /** The year right before a session stands within this many characters of it (2015 年科学和技术促进发展委员会). */
    private static final int YEAR_LOOK_BACK = 40;

    private final Gazetteer gazetteer;

    public CstdSessionExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        ParagraphSetting setting = new ParagraphSetting(text, context, gazetteer);
        List<int[]> sessions = new ArrayList<>();
        Matcher m = SESSION.matcher(text);
        BodiesBefore bodies = new BodiesBefore(text, context.commissionIsCstd());
        while (m.find()) {
            if (bodies.commissionNamedLastBefore(m.start())) {
                sessions.add(new int[] {m.start(), m.end(), m.start("ord"), m.end("ord")});
            }
        }
        List<EventMatch> found = new ArrayList<>();
        for (int[] s : sessions) {
            int ordinal = ChineseNumerals.parse(text.substring(s[2], s[3]));
            int clauseStart = setting.clauseStart(s[0]);
            int clauseEnd = setting.clauseEnd(s[1]);
            long inClause = sessionsWithin(sessions, clauseStart, clauseEnd);
            Matcher year = YEAR_RIGHT_BEFORE.matcher(text).region(Math.max(clauseStart, s[0] - YEAR_LOOK_BACK), s[0]);
            DateRange date = null;
            Venue venue = null;
            int nameFrom = s[0];
            if (year.find()) {
                nameFrom = year.start();
                int y = Integer.parseInt(year.group("year"));
                found.add(setting.event("cstd-session", ordinal, y, nameFrom, s[1], null, null));
                continue;
            }
            if (inClause == 1) {
                date = setting.nearestDate(s[0], s[1]).orElse(null);
                venue = setting.nearestVenue(s[0], s[1]).orElse(null);
            }
            found.add(setting.event("cstd-session", ordinal, null, nameFrom, s[1], date, venue));
        }
        return found;
    }

    /**
     * Whether the last commission named in {@code text} is the CSTD ({@code cstdBefore} when the
     * text names none): what a bare 委员会 in the next paragraphs stands for.
     */
    public static boolean lastCommissionIsCstd(String text, boolean cstdBefore) {
        boolean cstd = cstdBefore;
        Matcher b = BODY.matcher(text);
        while (b.find()) {
            if (b.group("cstd") != null) {
                cstd = true;
            } else if (b.group("commission") != null && !bare(text, b.start())) {
                cstd = false;
            }
        }
        return cstd;
    }

    private static boolean bare(String text, int commission) {
        return BEFORE_BARE_COMMISSION.matcher(text.substring(Math.max(0, commission - 4), commission)).find();
    }

    /** How many of {@code sessions} (in text order, not overlapping) lie inside {@code [from, to)}: binary search. */
    private static long sessionsWithin(List<int[]> sessions, int from, int to) {
        int lo = 0;
        int hi = sessions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sessions.get(mid)[0] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        long n = 0;
        for (int i = lo; i < sessions.size() && sessions.get(i)[1] <= to; i++) {
            n++;
        }
        return n;
    }

    /**
     * The bodies a paragraph names, read once from its start as the sessions are met in text order:
     * whether the nearest body named before a place is the Commission. A bare 委员会 is the
     * Commission when the last commission named before it (in this paragraph, else before it:
     * {@code cstdBefore}) is. (Reading the names again from the start for every session was
     * quadratic in a paragraph listing many sessions.)
     */
    private static final class BodiesBefore {

        private final String text;
        private final Matcher body;
        private boolean pending;
        private String last;
        private boolean lastNamedCommissionIsCstd;

        BodiesBefore(String text, boolean cstdBefore) {
            this.text = text;
            this.body = BODY.matcher(text);
            this.pending = body.find();
            this.lastNamedCommissionIsCstd = cstdBefore;
        }

        /** Whether the nearest body named before {@code at} is the Commission; {@code at} never moves back. */
        boolean commissionNamedLastBefore(int at) {
            while (pending && body.end() <= at) {
                if (body.group("cstd") != null) {
                    last = "cstd";
                    lastNamedCommissionIsCstd = true;
                } else if (body.group("commission") != null) {
                    if (bare(text, body.start())) {
                        last = lastNamedCommissionIsCstd ? "cstd" : "other";
                    } else {
                        last = "other";
                        lastNamedCommissionIsCstd = false;
                    }
                } else {
                    last = "other";
                }
                pending = body.find();
            }
            return "cstd".equals(last);
        }
    }
}
