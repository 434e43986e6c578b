package org.wsiskg.extract.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers UN resolutions and decisions are cited by, in every language, and the canonical
 * symbol each names: {@code 65/141} (General Assembly: session/number, part letter {@code 57/270 B}
 * or {@code 57/270B}), {@code 2006/46} (ECOSOC: a four-digit year before the slash),
 * {@code 217 A (III)} (old style: number, part, Roman session), {@code 1325 (2000)} (the Security
 * Council: number and year), {@code S-27/2} (special sessions), and a symbol written out inside
 * the citation ({@code A/70/1}, {@code A/RES/70/1}: the noun around it says it is a resolution).
 * The body named before the citation decides only for the Human Rights Council, whose numbers have
 * the General Assembly's shape; otherwise the shape decides. A council the text leaves unnamed
 * ({@code Council resolution 20/8} with no council named before it) is read by the shape too:
 * session and number is the Human Rights Council's numbering, the only council numbering its
 * resolutions by session (the Economic and Social Council's are by year, the Security Council's
 * by serial and year). After the Commission on Human Rights, a year and number is the Commission's
 * ({@code E/CN.4/RES/2005/69}), and no other shape is read.
 */
final class ResolutionNumbers {

    /**
     * The session of an old-style number: a regular one in Roman numerals ({@code LIV}), a special one ({@code S-III}, {@code S-VI})
     * or the Council's organizational session of a year ({@code ORG-75}).
     */
    private static final String OLD_SESSION = "(?:[IVXLC]{1,6}|S-[IVX]{1,5}|ORG-\\d{2})";
    /** An old-style number, with a part letter or a range of them ({@code 1954 A to D (LIX)}). */
    private static final String OLD_STYLE = "\\d{1,4}\\s?(?:[A-Z](?:\\s(?:to|-)\\s[A-Z])?)?\\s?\\(\\s?" + OLD_SESSION + "\\s?\\)";
    private static final String YEAR_NUMBER = "(?:19|20)\\d\\d/\\d{1,3}(?!\\d)";
    /**
     * A General Assembly or Human Rights Council serial has at most three digits: a fourth (or fifth)
     * digit glued to a three-digit serial is a footnote marker of a web or PDF copy
     * ({@code resolution 60/2525} is 60/252 with marker 5). A marker does not start with 0.
     */
    private static final String MARKER_AFTER_SERIAL = "(?=[1-9]\\d?(?!\\d))";
    /** A session and a serial, neither written with a leading zero: the UN never writes {@code 01/001}, a mock text's number. */
    private static final String SESSION_NUMBER = "(?!0)\\d{1,2}/(?!0)(?:\\d{3}[1-9]\\d?|\\d{1,3})(?!\\d)(?:\\s?[A-Z](?![A-Za-z]))?";
    private static final String SECURITY_COUNCIL = "\\d{1,4}\\s?\\(\\s?(?:19|20)\\d\\d\\s?\\)";
    private static final String SPECIAL_SESSION = "E?S-\\d{1,2}/\\d{1,3}(?!\\d)";
    private static final String WRITTEN_SYMBOL = "A/(?:RES/)?\\d{1,2}/\\d{1,3}(?![\\d/])";
    /** A symbol written out, as a pattern string to embed (no groups): only where the citation's own words frame it. */
    static final String WRITTEN = WRITTEN_SYMBOL;
    /** One number, as a pattern string to embed (no groups). */
    static final String NUMBER = "(?:" + OLD_STYLE + "|" + SECURITY_COUNCIL + "|" + SPECIAL_SESSION
            + "|" + YEAR_NUMBER + "|" + SESSION_NUMBER + ")";
    /** The same alternatives with the groups {@link #canonical} reads. */
    static final Pattern PARTS = Pattern.compile(
            "(?<written>A/(?:RES/)?(?<wSession>\\d{1,2})/(?<wNumber>\\d{1,3}))(?![\\d/])"
                    + "|(?<sc>(?<scNumber>\\d{1,4})\\s?\\(\\s?(?<scYear>(?:19|20)\\d\\d)\\s?\\))"
                    + "|(?<special>E?S-\\d{1,2}/\\d{1,3})(?!\\d)"
                    + "|(?<old>(?<oldNumber>\\d{1,4})\\s?(?:(?<oldPart>[A-Z])(?:\\s(?:to|-)\\s(?<lastPart>[A-Z]))?)?\\s?\\(\\s?(?<roman>"
                    + OLD_SESSION + ")\\s?\\))"
                    + "|(?<year>(?:19|20)\\d\\d)/(?<yearNumber>\\d{1,3})(?!\\d)"
                    + "|(?!0)(?<session>\\d{1,2})/(?!0)(?<number>\\d{3}" + MARKER_AFTER_SERIAL + "|\\d{1,3}(?!\\d))(?:\\s?(?<part>[A-Z])(?![A-Za-z]))?");

    private ResolutionNumbers() {
    }

    /** The symbol a number matched by {@link #PARTS} names, or null (a Security Council decision has no such number). */
    /**
     * Every symbol a number names: one, or each part of a range of old-style parts ({@code 1954 A to D (LIX)}: A, B, C and D);
     * empty when the number names nothing in its body's numbering.
     */
    static java.util.List<String> canonicalAll(Matcher n, boolean decision, BodyNames.Body named) {
        String first = canonical(n, decision, named);
        if (first == null) {
            return java.util.List.of();
        }
        if (n.group("old") == null || n.group("lastPart") == null || n.group("lastPart").charAt(0) <= n.group("oldPart").charAt(0)) {
            return java.util.List.of(first);
        }
        java.util.List<String> all = new java.util.ArrayList<>();
        String before = first.substring(0, first.lastIndexOf(' ' + n.group("oldPart") + " ("));
        String after = first.substring(first.lastIndexOf(" ("));
        for (char part = n.group("oldPart").charAt(0); part <= n.group("lastPart").charAt(0); part++) {
            all.add(before + " " + part + after);
        }
        return all;
    }

    static String canonical(Matcher n, boolean decision, BodyNames.Body named) {
        String series = decision ? "DEC/" : "RES/";
        if (n.group("written") != null) {
            return "A/" + series + n.group("wSession") + "/" + n.group("wNumber");
        }
        if (named == BodyNames.Body.OTHER_BODY) {
            return null; // a regional commission's or an agency's conference's own resolution: no UN resolution
        }
        if (named == BodyNames.Body.COMMISSION_ON_HUMAN_RIGHTS) {
            // The Commission numbered its resolutions and decisions by year; another shape after its name is no guess to make.
            return n.group("year") == null ? null : "E/CN.4/" + series + n.group("year") + "/" + n.group("yearNumber");
        }
        if (n.group("sc") != null) {
            return decision ? null : "S/RES/" + n.group("scNumber") + " (" + n.group("scYear") + ")";
        }
        if (n.group("special") != null) {
            return "A/" + series + n.group("special");
        }
        if (n.group("old") != null) {
            String part = n.group("oldPart") == null ? "" : " " + n.group("oldPart");
            // Before 1978 the Council numbered its resolutions serially with its session in Roman numerals, as the Assembly did:
            // the body named before the number tells them apart (经济及社会理事会…第2008(LX)号决议 is E/RES/2008 (LX)).
            // Only the Council held organizational sessions (ORG-75).
            String organ = named == BodyNames.Body.ECONOMIC_AND_SOCIAL_COUNCIL || n.group("roman").startsWith("ORG") ? "E/" : "A/";
            return organ + series + n.group("oldNumber") + part + " (" + n.group("roman") + ")";
        }
        if (n.group("year") != null) {
            return "E/" + series + n.group("year") + "/" + n.group("yearNumber");
        }
        String number = n.group("session") + "/" + n.group("number")
                + (n.group("part") == null ? "" : " " + n.group("part"));
        if (named == BodyNames.Body.HUMAN_RIGHTS_COUNCIL || named == BodyNames.Body.COUNCIL) {
            return "A/HRC/" + series + number;
        }
        return "A/" + series + number;
    }
}
