package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.ChineseNumerals;
import org.wsiskg.text.DateRange;

/**
 * Meetings of the working group on enhanced cooperation (WGEC), which the CSTD chair set up at
 * the General Assembly's request, dated by the text.
 *
 * <p>Accepts the group by name ({@code 加强合作问题工作组}, {@code 加强互联网公共政策问题合作工作组}) or as
 * 工作组 / 该工作组 when the working group named last (in this paragraph, else in an earlier one) is
 * this one, followed by a date and the meetings held:
 * <ul>
 *   <li>{@code 工作组在 2016 年 9 月至 2018 年 1 月期间举行了 5 次会议} → the group's meetings over that
 *       period ({@code wgec-meetings});</li>
 *   <li>{@code 加强合作问题工作组于 2016 年 9 月 26 日至 27 日举行第一次会议} → one meeting with its
 *       ordinal ({@code wgec-meeting}).</li>
 * </ul>
 * Rejects other working groups' meetings ({@code 电子商务和数字经济衡量工作组于2023年11月30日和12月1日举行第四次会议},
 * the working group on improvements to the IGF) and mentions with no date ({@code 工作组的工作}).
 */
public final class WgecMeetingsExtractor implements EventExtractor {

    private static final Pattern GROUP = Pattern.compile("工作组");
    /** The group's names: 加强合作问题工作组, 加强互联网公共政策问题合作工作组. */
    private static final Pattern WGEC_NAME = Pattern.compile("加强[^，。；、工]{0,16}?合作(?:问题)?$");
    /** What stands before a bare 工作组 (the group named before): no Han character, a function word or a verb. */
    private static final Pattern BEFORE_BARE = Pattern.compile(
            "(?:^|[^\\p{IsHan}]|[该到向在和及于由其与对将、请]|欢迎|感谢|鼓励|确认|回顾|赞赏|呼吁)\\s*$");

    private static final Pattern AT = Pattern.compile("\\s*(?:在|于)\\s*");
    private static final Pattern HELD = Pattern.compile(
            "\\s*(?:期间)?\\s*(?:共)?\\s*举行了?\\s*(?:(?<count>" + ChineseNumerals.NUMERAL + ")\\s*次会议|第\\s*(?<ord>"
                    + ChineseNumerals.NUMERAL + ")\\s*次会议)");

    private final Gazetteer gazetteer;

    public WgecMeetingsExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        ParagraphSetting setting = new ParagraphSetting(text, context, gazetteer);
        List<EventMatch> found = new ArrayList<>();
        boolean wgec = context.workingGroupIsWgec();
        Matcher g = GROUP.matcher(text);
        while (g.find()) {
            wgec = isWgec(text, g.start(), wgec);
            if (!wgec) {
                continue;
            }
            // Matchers on regions of the text, not copies of the rest of it: a copy for every 工作组 was quadratic.
            Matcher at = AT.matcher(text).region(g.end(), text.length());
            if (!at.lookingAt()) {
                continue;
            }
            Optional<DateRange> date = setting.dateAt(at.end());
            if (date.isEmpty()) {
                continue;
            }
            Matcher held = HELD.matcher(text).region(date.get().to(), text.length());
            if (!held.lookingAt()) {
                continue;
            }
            int end = held.end();
            if (held.group("ord") != null) {
                found.add(setting.event("wgec-meeting", ChineseNumerals.parse(held.group("ord")), null, nameStart(text,
                        g.start()), end, date.get(), null));
            } else {
                found.add(setting.event("wgec-meetings", null, null, nameStart(text, g.start()), end, date.get(), null));
            }
        }
        return found;
    }

    /** Whether the working group named last in {@code text} is the WGEC ({@code before} when it names none). */
    public static boolean lastWorkingGroupIsWgec(String text, boolean before) {
        boolean wgec = before;
        Matcher g = GROUP.matcher(text);
        while (g.find()) {
            wgec = isWgec(text, g.start(), wgec);
        }
        return wgec;
    }

    /** Whether the 工作组 at {@code at} is the WGEC: named so, or bare while the WGEC was named last. */
    private static boolean isWgec(String text, int at, boolean namedLast) {
        String before = text.substring(Math.max(0, at - 24), at);
        if (WGEC_NAME.matcher(before).find()) {
            return true;
        }
        return BEFORE_BARE.matcher(before).find() && namedLast;
    }

    private static int nameStart(String text, int at) {
        Matcher name = WGEC_NAME.matcher(text.substring(Math.max(0, at - 24), at));
        return name.find() ? Math.max(0, at - 24) + name.start() : at;
    }
}
