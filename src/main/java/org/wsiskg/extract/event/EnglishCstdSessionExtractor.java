package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.DateRange;
import org.wsiskg.text.EnglishNumerals;

/**
 * Sessions of the Commission on Science and Technology for Development (CSTD) in an English text,
 * by ordinal, with the date and venue the words after them give.
 *
 * <p>Accepts an ordinal session ({@code thirteenth session}, {@code 14th session}, {@code twenty-first
 * annual session}) that belongs to the Commission: named right after it, or the nearest body named
 * before it in the paragraph, or, in a paragraph naming no body before it, the commission named
 * last in the text:
 * <ul>
 *   <li>{@code the thirteenth session of the Commission on Science and Technology for Development, held in
 *       Geneva from 17 to 21 May 2010}, {@code the 18th session of the UN Commission on Science and Technology for
 *       Development (CSTD)}, {@code the 28th annual session of the UN's Commission on Science and Technology for Development},
 *       {@code the 26th CSTD session}, {@code the 22nd CSTD met in Geneva} (the name inside the phrase; the initials alone
 *       after the ordinal, unless a noun of something else follows: {@code the second CSTD report}, {@code the 3rd CSTD
 *       working group});</li>
 *   <li>{@code the Commission at its twenty-first session}, {@code the report of the Commission on Science
 *       and Technology for Development (CSTD) on its ninth session}, {@code Commission on science and
 *       technology for development (20th session)};</li>
 *   <li>{@code At its twentieth session, held on 8-12 May, the Commission ...} (the Commission named in an
 *       earlier paragraph);</li>
 *   <li>{@code At its 27th session (Geneva, 15-19 April 2024), the CSTD reviewed ...} (a sentence opening with the
 *       session, whose subject is the Commission by name, whatever body the paragraph named before);</li>
 *   <li>{@code The CSTD ... has been requested by the Economic and Social Council ... to organize discussions at its 27th
 *       session in 2024 and 28th in 2025} (the subject's {@code its}, across a passive's agent; a second session with its noun
 *       left out);</li>
 *   <li>{@code looks forward to the twenty-first session of the Commission} (a session to come); {@code noted the 21st session of
 *       the Commission on Science and Technology, which ...} (the name cut short after the ordinal's session);</li>
 *   <li>{@code valid for the twelfth and thirteenth session}, {@code its fifteenth, sixteenth and seventeenth sessions} (one
 *       session per ordinal of a list sharing the noun);</li>
 *   <li>{@code the CSTD-XI webpage}, {@code CSTD XIII} (the number in Roman numerals after the initials).</li>
 * </ul>
 * A year written right after the session ({@code since its fifth session in 2001}) dates it when no date does.
 * Rejects sessions of other bodies ({@code the General Assembly at its sixty-sixth session}, {@code the
 * sixty-fifth session of the General Assembly}, {@code the Statistical Commission at its forty-first
 * session}, {@code At its tenth session, the Statistical Commission ...}), and {@code its sixty-sixth session} in a clause that opens with the acting body's verb
 * ({@code Decides to include in the provisional agenda of its sixty-sixth session}: "its" is the
 * Assembly's), and an ordinal that counts sessions from an event ({@code held in May 2007 its first session since its review}).
 */
public final class EnglishCstdSessionExtractor implements EventExtractor {

    private static final String S = "\\s{0,3}";
    /**
     * The Commission's name, in any case and with the spaces PDF copies lose ({@code Commission for Science}, {@code Science &
     * Technology} as pages write it too), and its initials ({@code CSTD}, {@code UNCSTD}).
     */
    static final String CSTD_NAME = "(?i:Commission" + S + "(?:on|for)" + S + "Science" + S + "(?:and|&)" + S + "Technology" + S + "for"
            + S + "Development)|(?:UN)?CSTD";
    private static final String ORD = "(?i:" + EnglishNumerals.ORDINAL + ")";
    private static final Pattern SESSION = Pattern.compile(
            "\\b(?<ord>" + ORD + ")(?<more>(?:\\s{0,3},\\s{0,3}" + ORD + "){0,5}\\s{0,3},?\\s{1,3}(?:and|&)\\s{1,3}" + ORD + ")?"
                    + "\\s{1,3}(?:(?:(?<named>" + CSTD_NAME + ")\\s{1,3})?"
                    + "(?i:annual\\s{1,3}|regular\\s{1,3})?(?i:sessions?)\\b"
                    + "|(?<initials>CSTD)\\b(?!['’]|\\s{1,3}(?:\\p{Lu}|(?i:session|report|panel|working|group|resolution|decision|draft"
                    + "|document|intersessional|bureau|chair|secretariat|member|meeting)\\b)))");
    /** The Commission's name cut short after {@code Technology}, as news items write it right after a session's ordinal. */
    private static final String SHORT_NAME = "Commission" + S + "on" + S + "Science" + S + "and" + S + "Technology\\b(?!" + S + "(?:and|of)\\b)";
    private static final Pattern OF_BODY = Pattern.compile(
            "\\s{0,3}of\\s{1,3}(?:the\\s{1,3})?(?:(?:UN|United\\s{1,3}Nations)(?:['’]s)?\\s{1,3})?(?:(?<cstd>" + CSTD_NAME + "|" + SHORT_NAME + ")|(?<bare>Commission)\\b(?!\\s{1,3}(?:on|for|of)\\b)"
                    + "|(?<other>\\p{Lu}))");
    private static final Pattern BODY = Pattern.compile(
            "(?<cstd>" + CSTD_NAME + ")"
                    + "|(?<commission>(?:(?!The\\b)\\p{Lu}\\p{Ll}{1,20}\\s{1,3})?Commission\\b(?:\\s{1,3}(?:on|for|of)\\s{1,3}\\p{L}{1,20})?)"
                    + "|(?<other>\\b(?:General\\s{1,3}Assembly|Assembly|Economic\\s{1,3}and\\s{1,3}Social\\s{1,3}Council|Council"
                    + "|Conference|Board|Summit|Forum|Working\\s{1,3}Group|Group|Committee|UNCTAD)\\b)");
    /** A clause opening with the acting body's verb (Decides, Requests, Recalling): "its" is that body's. */
    private static final Pattern ACTING_VERB = Pattern.compile("^\\s{0,3}(?:\\d{1,3}\\.\\s{0,3})?(?:\\p{Lu}\\p{Ll}{1,20}ly\\s{1,3})?\\p{Lu}\\p{Ll}{1,20}(?:s|ing)\\b");

    private final Gazetteer gazetteer;

    public EnglishCstdSessionExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private record Session(int from, int to, int ordinal) {
    }

    @Override
    public List<EventMatch> find(String text, EventContext context) {
        EnglishSetting setting = new EnglishSetting(text, context, gazetteer);
        BodiesBefore bodies = new BodiesBefore(text, context.commissionIsCstd());
        List<Session> sessions = new ArrayList<>();
        Matcher m = SESSION.matcher(text);
        while (m.find()) {
            bodies.advanceTo(m.start());
            // The 26th CSTD session: the Commission named inside the phrase.
            int to = m.group("named") != null || m.group("initials") != null ? m.end()
                    : ofCommission(text, m.end(), bodies.lastCommissionIsCstd);
            if (to == REJECTED) {
                continue;
            }
            if (to == NOT_NAMED_AFTER) {
                // At its thirteenth session, held in May 2010, the CSTD ...: the subject named after decides, whatever was named before
                boolean cstd = subjectNamedAfter(text, m.start(), m.end()) || (bodies.last == null
                        ? context.commissionIsCstd() && !ACTING_VERB.matcher(text).lookingAt() : bodies.last.equals("cstd"))
                        || subjectIsCstdAcrossAgent(text, m.start());
                if (!cstd) {
                    continue;
                }
                to = m.end();
            }
            if (COUNTED_FROM.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // its first session since its review: a count of sessions from an event, not the session's number
            }
            int ordinal = EnglishNumerals.ordinal(m.group("ord"));
            if (ordinal > 0) {
                sessions.add(new Session(m.start(), to, ordinal));
                // at its 27th session in 2024 and 28th in 2025: the noun left out of the second
                Matcher elliptic = ELLIPTIC_NEXT.matcher(text).region(to, text.length());
                int next = elliptic.lookingAt() ? EnglishNumerals.ordinal(elliptic.group("ord")) : -1;
                if (next > 0) {
                    sessions.add(new Session(elliptic.start("ord"), elliptic.end("ord"), next));
                }
            }
            if (m.group("more") != null) {
                // the twelfth and thirteenth session(s): one session per ordinal, each quoted with the whole phrase
                Matcher more = ORDINAL_IN_LIST.matcher(text).region(m.start("more"), m.end("more"));
                while (more.find()) {
                    int n = EnglishNumerals.ordinal(more.group());
                    if (n > 0) {
                        sessions.add(new Session(m.start(), to, n));
                    }
                }
            }
        }
        Matcher roman = ROMAN_SESSION.matcher(text);
        while (roman.find()) {
            sessions.add(new Session(roman.start(), roman.end(), EnglishNumerals.roman(roman.group("roman"))));
        }
        sessions.sort((a, b) -> Integer.compare(a.from(), b.from()));
        List<EventMatch> found = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            int next = text.length();
            for (int j = i + 1; j < sessions.size(); j++) {
                if (sessions.get(j).from() > s.from()) { // the sessions of one list share their phrase
                    next = sessions.get(j).from();
                    break;
                }
            }
            int end = setting.descriptionEnd(s.to(), next);
            DateRange date = setting.dateIn(s.to(), end).orElse(null);
            Venue venue = setting.venueIn(s.to(), end).orElse(null);
            // its fifth session in 2001, the sixth session (2003): a year written right after the session, when no date gives one
            Integer year = date == null ? setting.yearAt(s.to(), end).orElse(null) : null;
            found.add(setting.event("cstd-session", s.ordinal(), year, s.from(), s.to(), date, venue));
        }
        return found;
    }

    /**
     * Whether a session opening its sentence with {@code At its} belongs to the CSTD that the sentence then
     * names as its subject: the first body after it is the Commission by name, right after a comma
     * ({@code At its 27th session (Geneva, 15-19 April 2024), the CSTD reviewed}).
     */
    private static boolean subjectNamedAfter(String text, int sessionFrom, int sessionTo) {
        if (!AT_ITS.matcher(text).region(Math.max(0, sessionFrom - 12), sessionFrom).find()) {
            return false;
        }
        Matcher body = BODY.matcher(text).region(sessionTo, text.length());
        if (!body.find() || body.group("cstd") == null || text.substring(sessionTo, body.start()).contains(". ")) {
            return false;
        }
        return SUBJECT_LEAD.matcher(text).region(sessionTo, body.start()).find();
    }

    /**
     * Whether {@code its} before a session is the CSTD's although another body was named nearer: the sentence opens with the
     * Commission as its subject and the nearer body is a passive's agent ({@code The UN Commission on Science and Technology for
     * Development (CSTD), ..., has been requested by the UN Economic and Social Council Resolution E/RES/2023/3 to ... organize
     * discussions at its 27th session}).
     */
    private static boolean subjectIsCstdAcrossAgent(String text, int sessionFrom) {
        if (!ITS_BEFORE.matcher(text).region(Math.max(0, sessionFrom - 5), sessionFrom).find()) {
            return false;
        }
        // The clause the session stands in, opened by the subject: no clause ends between the subject and its "its".
        Matcher subject = CSTD_SUBJECT.matcher(text).region(EnglishSentences.start(text, sessionFrom), sessionFrom);
        return subject.lookingAt() && AGENT.matcher(text).region(subject.end(), sessionFrom).find();
    }

    /** A second session with its noun left out: {@code ... session in 2024 and 28th in 2025}. */
    private static final Pattern ELLIPTIC_NEXT = Pattern.compile("\\s{1,3}in\\s{1,3}(?:19|20)\\d\\d\\s{0,2},?\\s{1,3}and\\s{1,3}(?:the\\s{1,3}|its\\s{1,3})?"
            + "(?<ord>" + ORD + ")\\s{1,3}in\\s{1,3}(?:19|20)\\d\\d(?!\\d)");
    private static final Pattern ITS_BEFORE = Pattern.compile("\\bits\\s{1,3}$");
    private static final Pattern CSTD_SUBJECT = Pattern.compile("\\s{0,3}(?:The\\s{1,3})?(?:(?:UN|United\\s{1,3}Nations)\\s{1,3})?(?:" + CSTD_NAME + ")");
    private static final Pattern AGENT = Pattern.compile("\\b(?:been|was|were|is|are)\\s{1,3}(?:requested|invited|asked|mandated|tasked|called\\s{1,3}upon)"
            + "\\s{1,3}by\\b");

    private static final Pattern AT_ITS = Pattern.compile("(?:^|[.;:]\\s{1,3}|\\n)\\s{0,3}At\\s{1,3}its\\s{1,3}$");
    /** What stands right before the subject: a comma and {@code the}, with an optional {@code UN}. */
    private static final Pattern SUBJECT_LEAD = Pattern.compile(",\\s{0,3}the\\s{1,3}(?:(?:UN|United\\s{1,3}Nations)\\s{1,3})?$");

    private static final Pattern ORDINAL_IN_LIST = Pattern.compile("\\b" + ORD + "\\b");
    /** {@code CSTD-XI}, {@code CSTD XIII}: the session's number in Roman numerals after the initials. */
    private static final Pattern ROMAN_SESSION = Pattern.compile("(?<![A-Za-z])CSTD[-\\s](?<roman>" + EnglishNumerals.ROMAN
            + ")(?![A-Za-z\\d-])");
    /** Words after an ordinal's session that count sessions from an event ({@code its first session since its review}). */
    private static final Pattern COUNTED_FROM = Pattern.compile("\\s{1,3}(?:since|after|following)\\b");

    private static final int REJECTED = -1;
    private static final int NOT_NAMED_AFTER = -2;

    /** The end of {@code of the Commission ...} right after a session when it names the CSTD; else why not. */
    private static int ofCommission(String text, int at, boolean lastCommissionIsCstd) {
        Matcher of = OF_BODY.matcher(text).region(at, text.length());
        if (!of.lookingAt()) {
            return NOT_NAMED_AFTER;
        }
        if (of.group("cstd") != null || of.group("bare") != null && lastCommissionIsCstd) {
            return of.end();
        }
        return REJECTED;
    }

    /**
     * The bodies named before a point of the paragraph, read once from left to right as the sessions are
     * met, so that a paragraph of many sessions is read in linear time: the kind of the nearest one
     * ({@code cstd}, {@code other}, or null for none) and whether the commission named last is the CSTD
     * (a bare "the Commission" stands for it).
     */
    private static final class BodiesBefore {
        private final Matcher bodies;
        private boolean pending;
        String last;
        boolean lastCommissionIsCstd;

        BodiesBefore(String text, boolean cstdBefore) {
            this.bodies = BODY.matcher(text);
            this.lastCommissionIsCstd = cstdBefore;
            this.pending = bodies.find();
        }

        void advanceTo(int at) {
            while (pending && bodies.end() <= at) {
                if (bodies.group("cstd") != null) {
                    last = "cstd";
                    lastCommissionIsCstd = true;
                } else if (bodies.group("commission") != null) {
                    if (!bodies.group("commission").equals("Commission")) {
                        lastCommissionIsCstd = false;
                    }
                    last = lastCommissionIsCstd ? "cstd" : "other";
                } else {
                    last = "other";
                }
                pending = bodies.find();
            }
        }
    }

    /** Whether the last commission named in {@code text} is the CSTD ({@code before} when it names none). */
    public static boolean lastCommissionIsCstd(String text, boolean before) {
        boolean cstd = before;
        Matcher b = BODY.matcher(text);
        while (b.find()) {
            if (b.group("cstd") != null) {
                cstd = true;
            } else if (b.group("commission") != null && !b.group("commission").equals("Commission")) {
                cstd = false;
            }
        }
        return cstd;
    }
}
