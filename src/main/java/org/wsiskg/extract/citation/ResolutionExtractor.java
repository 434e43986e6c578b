package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.structure.Paragraph;

/**
 * Resolutions and decisions cited by number with 第 … 号决议 / 号决定.
 *
 * <p>Accepts (spaces optional everywhere):
 * <ul>
 *   <li>{@code 第 65/141 号决议} → A/RES/65/141 (GA: session/number);</li>
 *   <li>{@code 第 57/270 B 号} in a list ending in 决议 → A/RES/57/270 B (part letter kept);</li>
 *   <li>{@code 第 2006/46 号决议} → E/RES/2006/46 (ECOSOC: a four-digit year before the slash);</li>
 *   <li>{@code 第 77/568 号决定} → A/DEC/77/568; {@code 第 2013/215 号决定} → E/DEC/2013/215;</li>
 *   <li>{@code 人权理事会 … 第 26/13 号决议} → A/HRC/RES/26/13 (the nearest body named before the
 *       citation decides, not the shape of the number);</li>
 *   <li>{@code 第 217 A (III) 号决议}, {@code 第 2200A (XXI)号决议} → A/RES/217 A (III),
 *       A/RES/2200 A (XXI) (old style: number, part, Roman session);</li>
 *   <li>{@code 安全理事会第 1325 (2000) 号决议} → S/RES/1325 (2000) (number and year: the Security
 *       Council's numbering);</li>
 *   <li>{@code 第 S-27/2 号决议} → A/RES/S-27/2 (special and emergency special sessions);</li>
 *   <li>lists whose items each have 第 … 号 and share one noun:
 *       {@code 第 56/183 号、2002 年 12 月 20 日第 57/238 号…和第 64/187 号决议},
 *       {@code 第 2009/7 号及其他相关决议};</li>
 *   <li>lists inside one 第 … 号: {@code 第 56/183、57/238 … 和 76/189 号决议}.</li>
 * </ul>
 * Rejects: numbers without a slash or Roman session ({@code 第 69 次全体会议}, {@code 补编第 53 号}),
 * 第 … 号 not followed by 决议 or 决定 ({@code 第 1 卷}), and symbols written out (A/RES/70/1), which
 * the document-symbol extractor reads.
 */
public final class ResolutionExtractor implements ReferenceExtractor {

    private static final String OLD_STYLE = "\\d{1,4}\\s?[A-Z]?\\s?\\(\\s?[IVXLC]{1,6}\\s?\\)";
    private static final String YEAR_NUMBER = "(?:19|20)\\d\\d/\\d{1,3}(?!\\d)";
    private static final String SESSION_NUMBER = "\\d{1,2}/\\d{1,3}(?!\\d)(?:\\s?[A-Z](?![A-Za-z]))?";
    private static final String SECURITY_COUNCIL = "\\d{1,4}\\s?\\(\\s?(?:19|20)\\d\\d\\s?\\)";
    private static final String SPECIAL_SESSION = "E?S-\\d{1,2}/\\d{1,3}(?!\\d)";
    private static final String NUMBER = "(?:" + OLD_STYLE + "|" + SECURITY_COUNCIL + "|" + SPECIAL_SESSION + "|" + YEAR_NUMBER
            + "|" + SESSION_NUMBER + ")";
    private static final String SEPARATOR = "(?:、|和|及|以及|,|，)";
    private static final String DATE = "(?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日";
    private static final String GROUP = "第\\s*" + NUMBER + "(?:\\s*" + SEPARATOR + "\\s*" + NUMBER + ")*\\s*号";
    private static final String LINK = "\\s*" + SEPARATOR + "?\\s*(?:" + DATE + ")?\\s*";
    private static final Pattern CHAIN = Pattern.compile(
            GROUP + "(?:" + LINK + GROUP + ")*\\s*(?:(?:以及|及|和)其他(?:相关)?)?\\s*(?<noun>决议|决定)");
    private static final Pattern GROUP_PATTERN = Pattern.compile(GROUP);
    private static final Pattern NUMBER_PATTERN = Pattern.compile(
            "(?<sc>(?<scNumber>\\d{1,4})\\s?\\(\\s?(?<scYear>(?:19|20)\\d\\d)\\s?\\))"
                    + "|(?<special>E?S-\\d{1,2}/\\d{1,3})(?!\\d)"
                    + "|(?<old>(?<oldNumber>\\d{1,4})\\s?(?<oldPart>[A-Z])?\\s?\\(\\s?(?<roman>[IVXLC]{1,6})\\s?\\))"
                    + "|(?<year>(?:19|20)\\d\\d)/(?<yearNumber>\\d{1,3})(?!\\d)"
                    + "|(?<session>\\d{1,2})/(?<number>\\d{1,3})(?!\\d)(?:\\s?(?<part>[A-Z])(?![A-Za-z]))?");
    private final BodyNames bodies = new BodyNames();

    @Override
    public List<ReferenceMatch> find(Paragraph paragraph) {
        return find(paragraph.text().toString());
    }

    /** Resolutions and decisions in a plain string, for the extractors that anchor on them. */
    List<ReferenceMatch> find(String text) {
        List<ReferenceMatch> found = new ArrayList<>();
        Matcher chain = CHAIN.matcher(text);
        while (chain.find()) {
            boolean decision = chain.group("noun").equals("决定");
            BodyNames.Body named = bodies.nearestBefore(text, chain.start());
            Matcher group = GROUP_PATTERN.matcher(text).region(chain.start(), chain.end());
            while (group.find()) {
                List<int[]> numbers = new ArrayList<>();
                Matcher n = NUMBER_PATTERN.matcher(text).region(group.start(), group.end());
                while (n.find()) {
                    String target = canonical(n, decision, named);
                    if (target != null) {
                        numbers.add(new int[] {n.start(), n.end()});
                        found.add(new ReferenceMatch(decision ? "decision" : "resolution", target, null, n.start(), n.end()));
                    }
                }
                if (numbers.size() == 1) {
                    // A lone number is quoted with its 第 … 号, as a reader would quote it.
                    ReferenceMatch only = found.remove(found.size() - 1);
                    found.add(new ReferenceMatch(only.kind(), only.target(), null, group.start(), group.end()));
                }
            }
        }
        return found;
    }

    private static String canonical(Matcher n, boolean decision, BodyNames.Body named) {
        if (n.group("sc") != null) {
            return decision ? null : "S/RES/" + n.group("scNumber") + " (" + n.group("scYear") + ")";
        }
        if (n.group("special") != null) {
            return (decision ? "A/DEC/" : "A/RES/") + n.group("special");
        }
        if (n.group("old") != null) {
            String part = n.group("oldPart") == null ? "" : " " + n.group("oldPart");
            return (decision ? "A/DEC/" : "A/RES/") + n.group("oldNumber") + part + " (" + n.group("roman") + ")";
        }
        if (n.group("year") != null) {
            return (decision ? "E/DEC/" : "E/RES/") + n.group("year") + "/" + n.group("yearNumber");
        }
        String number = n.group("session") + "/" + n.group("number")
                + (n.group("part") == null ? "" : " " + n.group("part"));
        if (named == BodyNames.Body.HUMAN_RIGHTS_COUNCIL) {
            return (decision ? "A/HRC/DEC/" : "A/HRC/RES/") + number;
        }
        return (decision ? "A/DEC/" : "A/RES/") + number;
    }
}
