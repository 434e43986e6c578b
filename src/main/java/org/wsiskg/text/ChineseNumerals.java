package org.wsiskg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Chinese numerals as the texts use them for ordinals and session numbers: 十三 (13),
 * 二十一 (21), 七十八 (78), 一百零五 (105), 两 (2); ASCII digits pass through.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    /** One item of an ordinal list: 第 and its numeral. */
    private static final Pattern ORDINAL_ITEM = Pattern.compile("第\\s*([0-9零〇一二两三四五六七八九十百千]+)");
    /** A numeral as this class reads it, for use inside other patterns. */
    public static final String NUMERAL = "[0-9零〇一二两三四五六七八九十百千]+";

    private ChineseNumerals() {
    }

    /** The value of {@code s}, or -1 when it is not a numeral this class reads. */
    public static int parse(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return -1;
        }
        if (t.chars().allMatch(Character::isDigit)) {
            return t.length() > 9 ? -1 : Integer.parseInt(t);
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = digitValue(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }

    /**
     * The ordinal of {@code 第十三届}, {@code 第四次}, {@code 第 21 届}: the numeral after 第, with
     * the counter word (届, 次, 阶段 ...) after it ignored; -1 when there is no numeral.
     */
    public static int ordinal(String s) {
        List<Integer> all = ordinals(s);
        return all.size() == 1 ? all.get(0) : -1;
    }

    /**
     * The ordinals of a list such as {@code 第一、第二、第三、第四和第五次}, in order; a single ordinal
     * gives a list of one. Empty when any item is not a numeral.
     */
    public static List<Integer> ordinals(String s) {
        List<Integer> values = new ArrayList<>();
        Matcher m = ORDINAL_ITEM.matcher(s);
        while (m.find()) {
            int v = parse(m.group(1));
            if (v < 0) {
                return List.of();
            }
            values.add(v);
        }
        return List.copyOf(values);
    }

    private static int digitValue(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
