package org.wsiskg.bench;

/**
 * Numbers as UN texts spell them in headers, sessions and meetings: Chinese numerals
 * ({@code 七十八}, {@code 十三}) and English ordinal words ({@code seventy-eighth}, {@code thirteenth}),
 * for 1 to 99 (every session and meeting the synthetic corpus names).
 */
final class SpelledNumbers {

    private static final String[] ZH_DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] EN_UNIT_ORDINALS = {"", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"};

    private SpelledNumbers() {
    }

    /** {@code 13} → 十三, {@code 78} → 七十八, {@code 20} → 二十. */
    static String chinese(int n) {
        check(n);
        int tens = n / 10;
        int units = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : ZH_DIGITS[tens]) + "十";
        return t + ZH_DIGITS[units];
    }

    /** {@code 13} → thirteenth, {@code 78} → seventy-eighth, {@code 20} → twentieth. */
    static String englishOrdinal(int n) {
        check(n);
        if (n < 20) {
            return EN_UNIT_ORDINALS[n];
        }
        int tens = n / 10;
        int units = n % 10;
        if (units == 0) {
            return EN_TENS[tens].substring(0, EN_TENS[tens].length() - 1) + "ieth";
        }
        return EN_TENS[tens] + "-" + EN_UNIT_ORDINALS[units];
    }

    private static void check(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("only 1 to 99 are spelled, not " + n);
        }
    }
}
