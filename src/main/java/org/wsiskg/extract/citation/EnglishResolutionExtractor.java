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
 * Resolutions and decisions cited by number in UN English: the noun, then one number or a list
 * of numbers sharing it. Numbers read as in Chinese ({@link ResolutionNumbers}).
 *
 * <p>Accepts:
 * <ul>
 *   <li>{@code resolution 65/141}, {@code resolution 65/141 of 20 December 2010} → A/RES/65/141;</li>
 *   <li>lists sharing one noun, with dates between: {@code its resolutions 56/183 of 21 December 2001,
 *       57/238 of 20 December 2002 ... and 64/187}, {@code resolutions 60/252 (27 March 2006), 70/125 (16 December 2015)};
 *       {@code resolutions 57/270 A and 57/270 B},
 *       {@code resolution 57/270B} (part letter kept);</li>
 *   <li>{@code Economic and Social Council resolutions 2006/46 of 28 July 2006 and 2008/3} →
 *       E/RES/2006/46, E/RES/2008/3 (a four-digit year before the slash);</li>
 *   <li>{@code decision 77/568} → A/DEC/77/568; {@code Council decision 2013/215},
 *       {@code the Council's Decision 2005/308} → E/DEC/…;</li>
 *   <li>{@code Human Rights Council resolution 26/13}, {@code HRC resolution 26/13} → A/HRC/RES/26/13 (the body
 *       named before it; or after the numbers when none is named before: {@code resolution 32/13 of the Human Rights
 *       Council}); {@code Commission on Human Rights resolution 2005/69} → E/CN.4/RES/2005/69;</li>
 *   <li>the noun abbreviated: {@code GA Res. 70/125}, {@code UNGA Res 70/125} → A/RES/70/125; {@code UN-Resolution 79/277};
 *       the body's initials for the noun, {@code ECOSOC 2006/46} → E/RES/2006/46, {@code UNGA 70/125};</li>
 *   <li>{@code resolution 217 A (III)} → A/RES/217 A (III); {@code resolution 3201 (S-VI)} (a special session),
 *       {@code resolution 1915 (ORG-75)} (the Council's organizational session: E/RES/1915 (ORG-75)), {@code resolutions 1954 A
 *       to D (LIX)} (each part of the range); {@code Security Council resolution 1325 (2000)}
 *       → S/RES/1325 (2000); {@code resolution S-27/2} → A/RES/S-27/2;</li>
 *   <li>a symbol after the noun: {@code resolution A/70/125} → A/RES/70/125;</li>
 *   <li>footnote lists: {@code Resolutions 56/183, 57/238, ... and 75/202.},
 *       {@code General Assembly resolution 60/252.}</li>
 *   <li>a footnote marker glued to a three-digit serial: {@code resolution 60/2525} → A/RES/60/252;</li>
 *   <li>the number in brackets after the adopting body and date: {@code the resolution adopted by the UN
 *       General Assembly on 16 December 2015, (70/125)} → A/RES/70/125 (the body named there decides),
 *       {@code resolution (70/125)}.</li>
 * </ul>
 * Rejects: the noun with no number ({@code the resolution on ICT}, {@code resolution 25}), a number
 * with no noun before it ({@code 65/141}, {@code 2/7}), numbers of other units
 * ({@code decision-making 2015/16}), symbols written out on their own ({@code A/RES/70/1}),
 * which the document-symbol extractor reads, and a bracketed number after a body that adopted
 * something else ({@code the report adopted by the General Assembly (70/125)}: the noun is not
 * resolution or decision).
 */
public final class EnglishResolutionExtractor implements ReferenceExtractor {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    /** {@code of 21 December 2001}, {@code of December 2013}, {@code (2001)} is not here: that is a Security Council number. */
    private static final String DATE_OF = "(?:\\s{1,3}of\\s{1,3}(?:\\d{1,2}\\s{1,3})?" + MONTH + ",?\\s{1,3}(?:19|20)\\d\\d)";
    /** A full date in brackets after a number, {@code 60/252 (27 March 2006)}; a bracketed year alone is a Security Council number's. */
    private static final String DATE = "(?:" + DATE_OF + "|\\s{1,3}\\(\\s{0,2}(?:\\d{1,2}\\s{1,3})?" + MONTH
            + ",?\\s{1,3}(?:19|20)\\d\\d\\s{0,2}\\))";
    /**
     * What a list may say of one resolution before the next, with a comma or none: {@code , on the right to privacy in the
     * digital age}, {@code of 2 October 2009 on freedom of opinion and expression}, {@code containing the outcome document};
     * a title with commas in it runs up to the comma before the next number ({@code 38/7 of 5 July 2018 on the promotion,
     * protection and enjoyment of human rights on the Internet, 42/15 ...}) or up to {@code and} before the last ({@code 23/2 of 13
     * June 2013 on the role of the right to freedom of opinion and expression in promoting the empowerment of women and 31/7 ...});
     * a relative clause likewise ({@code 68/163 of 18
     * December 2013, in which the Assembly proclaimed 2 November as the International Day ..., and 70/162}).
     */
    private static final String SUBJECT = "(?:(?:\\s{0,3},\\s{0,3}|\\s{1,3})(?:on|entitled|containing|concerning|in\\s{1,3}which|by\\s{1,3}which)\\s"
            + "(?:(?:(?![Rr]esolution|[Dd]ecision|\\d{1,4}/\\d)[^;.()]){1,200}?(?=\\s{0,3},\\s{0,3}(?:and\\s{1,3})?\\d{1,4}/\\d"
            + "|\\s{1,3}and\\s{1,3}\\d{1,4}/\\d)"
            + "|[^,;.()]{1,160}(?=,)))";
    /** A Security Council resolution written with its date but not its year in brackets: {@code 1645 of 20 December 2005}. */
    private static final String DATED_SERIAL = "\\d{1,4}(?=" + DATE_OF + ")";
    private static final String ITEM = "(?:" + ResolutionNumbers.WRITTEN + "|" + ResolutionNumbers.NUMBER + "|" + DATED_SERIAL
            + ")(?![\\d/])" + DATE + "?" + SUBJECT + "?";
    private static final Pattern SERIAL_AND_YEAR = Pattern.compile("(?<serial>\\d{1,4})" + DATE_OF.replace("(?:19|20)\\d\\d",
            "(?<year>(?:19|20)\\d\\d)"));
    private static final String LINK = "(?:\\s{0,3}[,;]\\s{0,3}(?:and\\s{1,3}|as\\s{1,3}well\\s{1,3}as\\s{1,3})?"
            + "|\\s{1,3}(?:and|&|as\\s{1,3}well\\s{1,3}as)\\s{1,3})";
    private static final Pattern CHAIN = Pattern.compile(
            "(?:(?:(?<![A-Za-z\\-])|(?<=\\bUN-))(?<noun>[Rr]esolutions?|[Dd]ecisions?|RESOLUTIONS?|DECISIONS?|[Rr]es\\.|[Rr]es(?=\\s{1,3}\\d))"
                    // ECOSOC 2006/46, UNGA 70/125: the body's initials standing for its resolution
                    + "|(?:(?<=\\bECOSOC)(?=\\s{1,3}(?:19|20)\\d\\d/\\d)|(?<=\\bUNGA)(?=\\s{1,3}\\d{1,2}/\\d))(?<initials>))"
                    + "(?:\\s{1,3}(?:No\\.|no\\.|nos\\.|Nos\\.))?\\s{1,3}"
                    + "(?<items>" + ITEM + "(?:" + LINK + ITEM + "){0,40})");
    private static final Pattern ITEM_PATTERN = Pattern.compile(ITEM);
    /** The adopting body named between the noun and a bracketed number: {@code adopted by the UN General Assembly}. */
    private static final String ADOPTING_BODY = "(?<body>General\\s{1,3}Assembly|Economic\\s{1,3}and\\s{1,3}Social\\s{1,3}Council"
            + "|Human\\s{1,3}Rights\\s{1,3}Council|ECOSOC|UNGA)";
    private static final Pattern ADOPTED_BRACKETED = Pattern.compile(
            "(?<![A-Za-z\\-])(?<noun>[Rr]esolution|[Dd]ecision)(?:\\s{1,3}adopted\\s{1,3}by\\s{1,3}(?:the\\s{1,3})?"
                    + "(?:UN\\s{1,3}|United\\s{1,3}Nations\\s{1,3})?" + ADOPTING_BODY
                    + "(?:\\s{1,3}(?:on\\s{1,3}(?:\\d{1,2}\\s{1,3})?" + MONTH + ",?\\s{1,3}|in\\s{1,3}(?:" + MONTH
                    + "\\s{1,3})?)(?:19|20)\\d\\d)?)?\\s{0,3},?\\s{0,3}\\((?<number>" + ResolutionNumbers.NUMBER + ")\\)");

    /** The adopting body named after the numbers: {@code resolution 32/13 of the Human Rights Council}. */
    private static final Pattern BODY_AFTER = Pattern.compile("\\s{0,3},?\\s{0,3}of\\s{1,3}the\\s{1,3}(?:UN\\s{1,3}|United\\s{1,3}Nations\\s{1,3})?"
            + "(?<body>Human\\s{1,3}Rights\\s{1,3}Council|Economic\\s{1,3}and\\s{1,3}Social\\s{1,3}Council|General\\s{1,3}Assembly"
            + "|Security\\s{1,3}Council|Commission\\s{1,3}on\\s{1,3}Human\\s{1,3}Rights)\\b");
    private static final Pattern NUMBER_ONLY = Pattern.compile(ResolutionNumbers.PARTS.pattern() + "|\\d{1,4}");
    private final BodyNames bodies = BodyNames.ENGLISH;

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
        Matcher chain = CHAIN.matcher(text);
        BodyNames.Body lastBody = BodyNames.Body.NONE;
        int lastEnd = -1;
        while (chain.find()) {
            boolean decision = chain.group("noun") != null && chain.group("noun").toLowerCase(java.util.Locale.ROOT).startsWith("decision");
            BodyNames.Body body = bodiesNamed.forList(chain.start(), lastBody, lastEnd);
            Matcher after = BODY_AFTER.matcher(text).region(chain.end(), text.length());
            if (bodiesNamed.nearestBefore(chain.start()) == BodyNames.Body.NONE && after.lookingAt()) {
                body = bodies.acting(after.group("body")); // resolution 32/13 of the Human Rights Council
            }
            lastBody = body;
            lastEnd = chain.end();
            List<ReferenceMatch> inChain = new ArrayList<>();
            Matcher item = ITEM_PATTERN.matcher(text).region(chain.start("items"), chain.end("items"));
            while (item.find()) {
                for (String target : targets(text, item, decision, body)) {
                    inChain.add(new ReferenceMatch(decision ? "decision" : "resolution", target, null, item.start(),
                            numberEnd(text, item)));
                }
            }
            if (inChain.size() == 1) {
                // A lone number is quoted with its noun, as a reader would quote it.
                ReferenceMatch only = inChain.get(0);
                inChain.set(0, new ReferenceMatch(only.kind(), only.target(), null, chain.start(), only.end()));
            }
            found.addAll(inChain);
        }
        Matcher adopted = ADOPTED_BRACKETED.matcher(text);
        while (adopted.find()) {
            boolean decision = adopted.group("noun").toLowerCase(java.util.Locale.ROOT).startsWith("decision");
            BodyNames.Body body = adopted.group("body") != null ? bodies.acting(adopted.group("body")) : acting;
            Matcher n = ResolutionNumbers.PARTS.matcher(text).region(adopted.start("number"), adopted.end("number"));
            String target = n.lookingAt() ? ResolutionNumbers.canonical(n, decision, body) : null;
            if (target != null) {
                found.add(new ReferenceMatch(decision ? "decision" : "resolution", target, null, adopted.start(), adopted.end()));
            }
        }
        return found;
    }

    /** The canonical symbols of one item of a list (several for a range of parts), none when its number names nothing in its body's numbering. */
    private static List<String> targets(String text, Matcher item, boolean decision, BodyNames.Body named) {
        Matcher n = ResolutionNumbers.PARTS.matcher(text).region(item.start(), item.end());
        if (n.lookingAt()) {
            return ResolutionNumbers.canonicalAll(n, decision, named);
        }
        Matcher dated = SERIAL_AND_YEAR.matcher(text).region(item.start(), item.end());
        if (named == BodyNames.Body.SECURITY_COUNCIL && !decision && dated.lookingAt()) {
            return List.of("S/RES/" + dated.group("serial") + " (" + dated.group("year") + ")");
        }
        return List.of();
    }

    /** Where the number of an item ends (its date and subject are not quoted with it). */
    private static int numberEnd(String text, Matcher item) {
        Matcher n = NUMBER_ONLY.matcher(text).region(item.start(), item.end());
        return n.lookingAt() ? n.end() : item.end();
    }
}
