package org.wsiskg.extract.event;

import java.util.regex.Pattern;

/**
 * Whether the forum's name, where a text writes it, names a national or regional initiative rather than the Internet
 * Governance Forum itself: {@code 非洲IGF 2017年会}, {@code 波兰IGF}, {@code 亚太区网络管治论坛}, {@code 国家和地区互联网治理论坛},
 * {@code the African IGF 2017}, {@code the Regional IGF}, {@code APrIGF 2010}, {@code LACIGF}. The name is then qualified
 * right before it: by a country alone (a place the gazetteer holds with no city), a region (a word ending in 洲, 区,
 * 地区, 区域), 国家 / 地区 / 青年 / 全国 / 区域性 in Chinese, {@code national}, {@code regional}, {@code youth}, a people's
 * adjective ({@code African}, {@code Arab}, {@code Japanese}) in English, or letters glued to the initials.
 *
 * <p>Not an initiative: {@code 联合国互联网治理论坛}, {@code 全球 IGF}, {@code 国际网络管治论坛}, {@code 在德国柏林举行的IGF},
 * {@code 巴黎IGF} (a city before the name is the meeting's venue), {@code the Berlin IGF}, {@code the 2019 IGF}.
 */
final class ForumInitiatives {

    /** Chinese qualifiers that make the name an initiative's: regions, and the words national, regional, youth. */
    private static final Pattern CHINESE_QUALIFIER = Pattern.compile("(?:洲|区|地区|区域|區|地區|區域|国家|國家|青年|全国|全國|区域性|次区域)$");
    /** An English qualifier word right before the name ({@code the African IGF}, {@code the national IGF}). */
    private static final Pattern ENGLISH_QUALIFIER = Pattern.compile(
            "(?:\\b(?i:national|regional|sub-?regional|youth)|\\b[A-Z][a-z]{2,}(?:an|ese|ish)|\\bArab|\\bNordic)"
                    + "\\s{1,3}$");
    /** How far back a qualifier is looked for: the longest Chinese country or region names. */
    private static final int REACH = 12;

    private ForumInitiatives() {
    }

    /** Whether the Chinese name (or the initials) starting at {@code nameStart} is a national or regional initiative's. */
    static boolean chinese(String text, int nameStart, Gazetteer gazetteer) {
        if (nameStart < 0) {
            return false;
        }
        int end = nameStart;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < REACH && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
            start--;
        }
        if (start == end) {
            return gluedLetters(text, nameStart);
        }
        String before = text.substring(start, end);
        if (CHINESE_QUALIFIER.matcher(before).find()) {
            return true;
        }
        // A country alone right before the name: 波兰IGF, 印度尼西亚IGF (a city, 巴黎IGF, is where a meeting was held).
        for (int from = before.length() - 2; from >= 0; from--) {
            Place p = gazetteer.lookup(before.substring(from)).orElse(null);
            if (p != null && p.country() != null) {
                return p.city() == null;
            }
        }
        return false;
    }

    /** Whether the English name starting at {@code nameStart} is a national or regional initiative's. */
    static boolean english(String text, int nameStart) {
        if (gluedLetters(text, nameStart)) {
            return true;
        }
        int from = Math.max(0, nameStart - 40);
        return ENGLISH_QUALIFIER.matcher(text).region(from, nameStart).find();
    }

    /** {@code APrIGF}, {@code LACIGF}: initials glued to letters before them are another forum's acronym. */
    private static boolean gluedLetters(String text, int nameStart) {
        return nameStart > 0 && text.startsWith("IGF", nameStart) && Character.isLetter(text.charAt(nameStart - 1))
                && Character.UnicodeScript.of(text.charAt(nameStart - 1)) == Character.UnicodeScript.LATIN;
    }
}
