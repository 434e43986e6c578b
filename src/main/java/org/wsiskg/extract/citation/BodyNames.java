package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UN body named just before a citation, within the same clause: 人权理事会 26/13 or Human
 * Rights Council resolution 26/13 is a Human Rights Council resolution while 26/13 alone would be
 * read as the General Assembly's. One table per language: the names, and what ends a clause. A
 * council named short (理事会, {@code Council resolutions 20/8}, {@code the Council's decision}) is
 * the last council named in full before it in the same paragraph, else the council acting in the
 * text, else {@link Body#COUNCIL} (a council the text does not name: the shape of the number
 * decides which); {@code the Assembly} is the General Assembly. A citation with no body named
 * before it, in its clause or its list, is the acting body's ({@link #acting}).
 */
final class BodyNames {

    enum Body {
        GENERAL_ASSEMBLY, ECONOMIC_AND_SOCIAL_COUNCIL, HUMAN_RIGHTS_COUNCIL, SECURITY_COUNCIL,
        /** The Commission on Human Rights (1946-2006), whose resolutions are numbered by year: E/CN.4/RES/2005/69. */
        COMMISSION_ON_HUMAN_RIGHTS,
        /** A council named short with no council named before it or acting in the text. */
        COUNCIL,
        /**
         * A body that numbers resolutions of its own, not the Assembly's or the Council's: a regional commission (ESCAP, ECLAC,
         * ESCWA, ECA, ECE; {@code the ESCAP adopted its resolution 72/102} is no General Assembly resolution), a specialized
         * agency's conference ({@code its 37th General Conference Resolution 52 (2013)}, UNESCO's; the ITU's Plenipotentiary
         * Conference). Its resolutions are not cited.
         */
        OTHER_BODY,
        NONE;

        boolean isCouncil() {
            return this == ECONOMIC_AND_SOCIAL_COUNCIL || this == HUMAN_RIGHTS_COUNCIL || this == SECURITY_COUNCIL;
        }
    }

    /** Chinese: 联大 and 安理会 are the usual short names; 人权委员会 is the Commission (人权事务委员会, the treaty committee, is not it). */
    static final BodyNames CHINESE = new BodyNames(Pattern.compile(
            "人权理事会|经济及社会理事会|经社理事会|安全理事会|安理会|人权委员会|联大|大会|理事会"),
            Map.ofEntries(Map.entry("人权理事会", Body.HUMAN_RIGHTS_COUNCIL), Map.entry("经济及社会理事会", Body.ECONOMIC_AND_SOCIAL_COUNCIL),
                    Map.entry("经社理事会", Body.ECONOMIC_AND_SOCIAL_COUNCIL), Map.entry("安全理事会", Body.SECURITY_COUNCIL),
                    Map.entry("安理会", Body.SECURITY_COUNCIL), Map.entry("人权委员会", Body.COMMISSION_ON_HUMAN_RIGHTS),
                    Map.entry("联大", Body.GENERAL_ASSEMBLY), Map.entry("大会", Body.GENERAL_ASSEMBLY)),
            Pattern.compile("[。；;]"), Pattern.compile("。"), "理事会");

    /**
     * English: a clause ends at a semicolon or a full stop followed by a space (not the dot of
     * E/CN.16 or para. 5). HRC and UNHRC are the Council's usual short names, not inside a symbol (A/HRC/32/38).
     */
    static final BodyNames ENGLISH = new BodyNames(Pattern.compile(
            "(?i)Human\\s{1,3}Rights\\s{1,3}Council|Economic\\s{1,3}and\\s{1,3}Social\\s{1,3}Council|ECOSOC"
                    + "|Commission\\s{1,3}on\\s{1,3}Human\\s{1,3}Rights|(?<![A-Za-z/])(?:UN)?HRC(?![A-Za-z/])"
                    + "|Security\\s{1,3}Council|General\\s{1,3}Assembly|UNGA|(?<![A-Za-z])(?:Council|Assembly)(?![A-Za-z])"
                    + "|(?<![A-Za-z/-])(?-i:ESCAP|ECLAC|ESCWA|UNECE|ECA)(?![A-Za-z/])"
                    + "|General\\s{1,3}Conference|Plenipotentiary\\s{1,3}Conference"),
            Map.ofEntries(Map.entry("human rights council", Body.HUMAN_RIGHTS_COUNCIL), Map.entry("hrc", Body.HUMAN_RIGHTS_COUNCIL),
                    Map.entry("unhrc", Body.HUMAN_RIGHTS_COUNCIL),
                    Map.entry("economic and social council", Body.ECONOMIC_AND_SOCIAL_COUNCIL),
                    Map.entry("ecosoc", Body.ECONOMIC_AND_SOCIAL_COUNCIL),
                    Map.entry("commission on human rights", Body.COMMISSION_ON_HUMAN_RIGHTS),
                    Map.entry("security council", Body.SECURITY_COUNCIL), Map.entry("general assembly", Body.GENERAL_ASSEMBLY),
                    Map.entry("unga", Body.GENERAL_ASSEMBLY), Map.entry("assembly", Body.GENERAL_ASSEMBLY),
                    Map.entry("escap", Body.OTHER_BODY), Map.entry("eclac", Body.OTHER_BODY),
                    Map.entry("escwa", Body.OTHER_BODY), Map.entry("unece", Body.OTHER_BODY),
                    Map.entry("eca", Body.OTHER_BODY), Map.entry("general conference", Body.OTHER_BODY),
                    Map.entry("plenipotentiary conference", Body.OTHER_BODY)),
            Pattern.compile(";|\\.\\s"), Pattern.compile("\\.\\s"), "council");

    private static final int LOOK_BACK = 120;
    private static final Pattern SPACES = Pattern.compile("\\s{1,3}");
    private final Pattern names;
    private final Map<String, Body> bodies;
    private final Pattern clauseEnd;
    private final Pattern sentenceEnd;
    /** A council named without its full name (理事会, "Council resolutions 20/8") is the last council named in full before it. */
    private final String bareCouncil;

    private BodyNames(Pattern names, Map<String, Body> bodies, Pattern clauseEnd, Pattern sentenceEnd, String bareCouncil) {
        this.names = names;
        this.bodies = bodies;
        this.clauseEnd = clauseEnd;
        this.sentenceEnd = sentenceEnd;
        this.bareCouncil = bareCouncil;
    }

    /** The bodies {@code text} names, for the citations found in it in text order, in a text acted by {@code acting}. */
    InText in(String text, Body acting) {
        return new InText(text, acting);
    }

    /**
     * The body a header's acting-body line names ({@code 人权理事会，}, {@code The Human Rights
     * Council,}), or NONE for none or a body whose citations this table does not read.
     */
    Body acting(String actingBody) {
        if (actingBody == null) {
            return Body.NONE;
        }
        Body found = Body.NONE;
        Matcher m = names.matcher(actingBody);
        if (m.find()) {
            found = bodyOf(m.group());
        }
        return found;
    }

    private Body bodyOf(String name) {
        return bodies.getOrDefault(SPACES.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT),
                bodies.getOrDefault(name, Body.NONE));
    }

    /**
     * The bodies one paragraph text names. The councils named in full are read once, the first time a council named
     * short needs the last of them, and looked up by binary search: reading the text again from its start for every
     * 理事会 was quadratic in a paragraph of many 理事会第 … 号决议.
     */
    final class InText {

        private final String text;
        private final Body acting;
        /** Where each council named in full ends, in text order, and which council it is; null until first needed. */
        private int[] councilEnds;
        private Body[] councils;

        private InText(String text, Body acting) {
            this.text = text;
            this.acting = acting;
        }

        /**
         * The body of a citation list starting at {@code position}: the one named before it in its
         * clause, else that of the list before it ({@code previous}, ending at {@code previousEnd}, or
         * -1 for none) when no sentence ends between them, as in 理事会…第 20/8 号和…第 26/13 号决议，
         * 关于…的第 12/16 号决议 or "Council resolutions 20/8 …, and resolutions 12/16".
         */
        Body forList(int position, Body previous, int previousEnd) {
            Body named = nearestBefore(position);
            if (named == Body.NONE && previousEnd >= 0 && previousEnd <= position
                    && !sentenceEnd.matcher(text).region(previousEnd, position).find()) {
                return previous;
            }
            return named == Body.NONE ? acting : named;
        }

        /** The body named before {@code position} in its clause; a council named short is read as {@link BodyNames} says. */
        Body nearestBefore(int position) {
            int from = Math.max(0, position - LOOK_BACK);
            Matcher end = clauseEnd.matcher(text).region(from, position);
            while (end.find()) {
                from = end.end();
            }
            Body last = Body.NONE;
            Matcher m = names.matcher(text).region(from, position);
            while (m.find()) {
                String name = SPACES.matcher(m.group()).replaceAll(" ").toLowerCase(Locale.ROOT);
                last = name.equals(bareCouncil) ? lastCouncilUpTo(m.end()) : bodyOf(m.group());
            }
            return last;
        }

        /** The last council named in full that ends by {@code end}, else the acting council, else {@link Body#COUNCIL}. */
        private Body lastCouncilUpTo(int end) {
            if (councilEnds == null) {
                readCouncils();
            }
            int lo = 0;
            int hi = councilEnds.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (councilEnds[mid] <= end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 ? councils[lo - 1] : acting.isCouncil() ? acting : Body.COUNCIL;
        }

        private void readCouncils() {
            List<Integer> ends = new ArrayList<>();
            List<Body> found = new ArrayList<>();
            Matcher m = names.matcher(text);
            while (m.find()) {
                Body b = bodies.getOrDefault(SPACES.matcher(m.group()).replaceAll(" ").toLowerCase(Locale.ROOT), Body.NONE);
                if (b.isCouncil()) {
                    ends.add(m.end());
                    found.add(b);
                }
            }
            councilEnds = ends.stream().mapToInt(Integer::intValue).toArray();
            councils = found.toArray(new Body[0]);
        }
    }
}
