package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.extract.CitingText;
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
 *       {@code 第 2009/7 号及其他相关决议}, {@code 第53/70号、1999121日第54/49号和20001120日第55/28号决议} (dates whose
 *       年 and 月 a copy lost);</li>
 *   <li>lists inside one 第 … 号: {@code 第 56/183、57/238 … 和 76/189 号决议};</li>
 *   <li>without 号: {@code 第60/252决议}, {@code 54/231决议} (a bare number right before 决议);</li>
 *   <li>a symbol written inside 第 … 号: {@code 第A/70/1号决议} → A/RES/70/1;</li>
 *   <li>{@code 大会决议} + number with no 第: {@code 大会决议 60/252}, {@code 联大决议70/125} (联大: the General Assembly);</li>
 *   <li>{@code 安理会}, {@code 联大}, {@code 人权委员会} (the Commission on Human Rights: {@code 人权委员会第 2005/69 号决议} →
 *       E/CN.4/RES/2005/69) as the body named before a list.</li>
 * </ul>
 * Rejects: numbers without a slash or Roman session ({@code 第 69 次全体会议}, {@code 补编第 53 号}),
 * 第 … 号 not followed by 决议 or 决定 ({@code 第 1 卷}), and symbols written out with no 第 … 号
 * around them ({@code 大会 A/RES/70/1 号决议}), which the document-symbol extractor reads.
 */
public final class ResolutionExtractor implements ReferenceExtractor {

    private static final String NUMBER = ResolutionNumbers.NUMBER;
    private static final String SEPARATOR = "(?:、|和|及|以及|,|，)";
    /**
     * A date between the items of a list: {@code 2002 年 12 月 20 日}, or the same with 年 and 月 lost in a copy
     * ({@code 1999121日}, {@code 20011219日}: year, month and day run together before 日).
     */
    private static final String DATE = "(?:(?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}|(?:19|20)\\d{4,6})\\s*日";
    /**
     * 第 and a number (or a symbol written out), or a bare number that continues no other number or
     * word; then more numbers of the same list; then 号, which real texts sometimes leave out.
     */
    private static final String FIRST = "(?:第\\s{0,3}(?:" + ResolutionNumbers.WRITTEN + "|" + NUMBER + ")|(?<![A-Za-z0-9/.\\-])"
            + NUMBER + ")";
    // The repetitions are possessive: a list of numbers can be split between the numbers of one group
    // and the groups of the chain in exponentially many ways, and when no noun follows, a greedy
    // quantifier would try them all (1-2 KB of 第1/1和1/1和… overflowed the stack or ran for minutes).
    // Giving back a number never lets the noun match, since the noun cannot follow a separator.
    private static final String GROUP = FIRST + "(?:\\s{0,3}" + SEPARATOR + "\\s{0,3}" + NUMBER + "){0,40}+(?:\\s{0,3}号)?";
    private static final String LINK = "\\s{0,3}" + SEPARATOR + "?\\s{0,3}(?:" + DATE + ")?\\s{0,3}";
    private static final Pattern CHAIN = Pattern.compile(
            GROUP + "(?:" + LINK + GROUP + "){0,40}+\\s{0,3}(?:(?:以及|及|和)其他(?:相关)?)?\\s{0,3}(?<noun>决议|决定)"
                    + "|(?:大会|联大|理事会)(?<nounFirst>决议|决定)\\s{0,3}(?<after>(?:第\\s{0,3})?" + NUMBER + "(?:\\s{0,3}号)?)");
    /** The numbers of a chain without its noun: how far a chain that found no noun reached. */
    private static final Pattern LIST = Pattern.compile(GROUP + "(?:" + LINK + GROUP + "){0,40}+");
    /** Where a chain may start: 第, a body named before its noun, or a number that continues no other. */
    private static final Pattern START = Pattern.compile("第|大会|联大|理事会|(?<![A-Za-z0-9/.\\-])(?:\\d|E?S-)");
    private static final Pattern GROUP_PATTERN = Pattern.compile(GROUP);
    private static final Pattern NUMBER_PATTERN = ResolutionNumbers.PARTS;
    private final BodyNames bodies = BodyNames.CHINESE;

    @Override
    public List<ReferenceMatch> find(Paragraph paragraph) {
        return find(paragraph.text().toString());
    }

    @Override
    public List<ReferenceMatch> find(Paragraph paragraph, CitingText citing) {
        return find(paragraph.text().toString(), citing);
    }

    /** Resolutions and decisions in a plain string, for the extractors that anchor on them. */
    List<ReferenceMatch> find(String text) {
        return find(text, CitingText.UNKNOWN);
    }

    /** The same in a text that says of itself what {@code citing} holds: a number with no body named is its acting body's. */
    List<ReferenceMatch> find(String text, CitingText citing) {
        BodyNames.Body acting = bodies.acting(citing.actingBody());
        BodyNames.InText bodiesNamed = bodies.in(text, acting);
        List<ReferenceMatch> found = new ArrayList<>();
        Matcher start = START.matcher(text);
        Matcher chain = CHAIN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher list = LIST.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        BodyNames.Body lastBody = BodyNames.Body.NONE;
        int lastEnd = -1;
        int from = 0;
        // Chains are tried where one may start, and a list of numbers that no noun closes is passed over
        // as a whole: a chain starting inside it would end where it ends, without a noun too. Trying every
        // number of a long list again (as Matcher.find does) is quadratic in the list.
        while (from < text.length() && start.find(from)) {
            int at = start.start();
            if (!chain.region(at, text.length()).lookingAt()) {
                from = list.region(at, text.length()).lookingAt() && list.end() > at ? list.end() : at + 1;
                continue;
            }
            from = Math.max(chain.end(), at + 1);
            if (chain.group("nounFirst") != null) {
                // 大会决议 60/252: the noun before its number; the body's name is part of the quote.
                boolean decision = chain.group("nounFirst").equals("决定");
                Matcher n = NUMBER_PATTERN.matcher(text).region(chain.start("after"), chain.end("after"));
                if (n.find()) {
                    String target = ResolutionNumbers.canonical(n, decision, bodiesNamed.nearestBefore(chain.end("nounFirst")));
                    if (target != null) {
                        found.add(new ReferenceMatch(decision ? "decision" : "resolution", target, null, chain.start(), chain.end()));
                    }
                }
                continue;
            }
            boolean decision = chain.group("noun").equals("决定");
            BodyNames.Body body = bodiesNamed.forList(chain.start(), lastBody, lastEnd);
            lastBody = body;
            lastEnd = chain.end();
            Matcher group = GROUP_PATTERN.matcher(text).region(chain.start(), chain.end());
            while (group.find()) {
                List<int[]> numbers = new ArrayList<>();
                Matcher n = NUMBER_PATTERN.matcher(text).region(group.start(), group.end());
                while (n.find()) {
                    String target = ResolutionNumbers.canonical(n, decision, body);
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
}
