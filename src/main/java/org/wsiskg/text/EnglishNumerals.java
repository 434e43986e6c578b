package org.wsiskg.text;

import java.util.Locale;
import java.util.Map;

/**
 * Reads English ordinals and cardinals as UN texts write them for sessions, meetings and periods:
 * {@code first} … {@code ninety-ninth} (hyphen, en dash or space between tens and units:
 * {@code twenty-eighth}, {@code twenty eighth}), {@code 1st}, {@code 13th}, {@code 22nd}, and
 * cardinals {@code one} … {@code ninety-nine} or digits ({@code five years}, {@code 10 years}).
 * Case does not matter. Rejects anything else (returns -1): {@code hundredth}, {@code 1th}.
 */
public final class EnglishNumerals {

    /** An ordinal word or figure, for use inside other patterns (match case-insensitively). */
    public static final String ORDINAL = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\u2013 ]"
            + "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
            + "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth"
            + "|fiftieth|sixtieth|seventieth|eightieth|ninetieth|\\d{1,3}(?:st|nd|rd|th))";

    /** A cardinal word or figure, for use inside other patterns (match case-insensitively). */
    public static final String CARDINAL = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[-\\u2013 ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|\\d{1,3})";

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> ORDINAL_UNITS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> ORDINAL_TENS = Map.of("twentieth", 20, "thirtieth", 30,
            "fortieth", 40, "fiftieth", 50, "sixtieth", 60, "seventieth", 70, "eightieth", 80, "ninetieth", 90);

    private EnglishNumerals() {
    }

    /** The value of an ordinal ({@code thirteenth}, {@code twenty-eighth}, {@code 13th}), or -1. */
    public static int ordinal(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.length() >= 3 && Character.isDigit(t.charAt(0))) {
            String digits = t.substring(0, t.length() - 2);
            String suffix = t.substring(t.length() - 2);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int n = Integer.parseInt(digits);
            return suffix.equals(ordinalSuffix(n)) ? n : -1;
        }
        return compound(t, ORDINAL_UNITS, ORDINAL_TENS);
    }

    /** A Roman numeral of 1 to 29, as written after a body's initials ({@code IGF-II}, {@code CSTD-XI}). */
    public static final String ROMAN = "(?:X{0,2}(?:IX|IV|V?I{1,3}|V))";

    /** The value of a Roman numeral of up to 29 ({@code II}, {@code XIV}). */
    public static int roman(String numeral) {
        int value = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int here = romanDigit(numeral.charAt(i));
            int next = i + 1 < numeral.length() ? romanDigit(numeral.charAt(i + 1)) : 0;
            value += here < next ? -here : here;
        }
        return value;
    }

    private static int romanDigit(char c) {
        return c == 'X' ? 10 : c == 'V' ? 5 : 1;
    }

    /** The value of a cardinal ({@code five}, {@code twenty-one}, {@code 10}), or -1. */
    public static int cardinal(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && t.length() <= 3 && t.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t);
        }
        return compound(t, UNITS, TENS);
    }

    private static int compound(String t, Map<String, Integer> units, Map<String, Integer> tens) {
        if (units.containsKey(t)) {
            return units.get(t);
        }
        if (tens.containsKey(t)) {
            return tens.get(t);
        }
        String[] parts = t.split("[-\\u2013 ]", 2);
        if (parts.length == 2 && TENS.containsKey(parts[0])) {
            Integer unit = units.get(parts[1]);
            if (unit != null && unit < 10) {
                return TENS.get(parts[0]) + unit;
            }
        }
        return -1;
    }

    /** The suffix English writes after the digits of an ordinal: 1st, 2nd, 3rd, 11th, 21st. */
    public static String ordinalSuffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
