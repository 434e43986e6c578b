package org.wsiskg.structure;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.EnglishDates;
import org.wsiskg.text.EnglishNumerals;

/**
 * English header forms, as UN documents print them.
 *
 * <p>Header: {@code Sixty-fifth session} (session), {@code Agenda item 16}, {@code Item 13 (b) of the provisional agenda}, {@code Item 17 of the preliminary list}
 * (agenda item), {@code 65/141. Information and communications technologies for development} (own number and title),
 * {@code (General Assembly resolution 57/239)} (body, noun and own number alone on a line),
 * {@code Draft resolution}, {@code Ecuador: draft resolution}, {@code Draft decision submitted by the President} (a draft; its
 * title is the next line), {@code Resolution adopted by the General Assembly on 20 December 2010} and {@code Decision adopted by
 * the Economic and Social Council on 24 July 2012} (adoption date and body), {@code At its 54th meeting, on 27 March 2014, the Human
 * Rights Council decided to adopt the text below:} (a decision's own adoption, date and body), {@code Report of the Secretary-General},
 * the same with the committee's report in brackets after the date (kept as a note, so the report is a citation),
 * {@code Note by the Secretary-General}, {@code Report of the Commission … on its eighth session} (a report or a note; the line
 * stays a heading, since it may name a body or a session), and the masthead lines that say nothing kept: {@code United Nations},
 * an organ's name alone, {@code Distr.: General}, {@code Original: English}, a date alone. Everything else in a header
 * ({@code [on the report of the Second Committee (A/65/433)]}, {@code Executive summary}, an agenda item's title) stays a heading,
 * so what it cites is a citation, not the own symbol.
 *
 * <p>Openers, a whole line: {@code The General Assembly,}, {@code The Economic and Social Council,}, {@code The Human Rights
 * Council,}, {@code The Security Council,}, {@code The Commission on Science and Technology for Development,}, and any
 * {@code The … Council|Commission|Committee|Conference|Assembly,}. Rejected: the same words in a sentence
 * ({@code The General Assembly, in its resolution 65/141, …}).
 *
 * <p>Footer: {@code 69th plenary meeting}, {@code 40th meeting}, a date alone ({@code 20 December 2010}), and the vote note
 * {@code [Adopted without a vote.]}.
 */
final class EnglishHeaderForms implements HeaderForms {

    static final EnglishHeaderForms INSTANCE = new EnglishHeaderForms();

    private static final String BODY = "(?:General Assembly|Economic and Social Council|Human Rights Council|Security Council"
            + "|Commission on [A-Z][A-Za-z ]{3,60}|(?:[A-Z][a-z]+ ){1,5}(?:Council|Commission|Committee|Conference|Assembly))";
    /**
     * The own number with its dot lost, as web copies print it ({@code 26/13 The promotion, protection and enjoyment of human
     * rights on the Internet}), or after {@code RES/} where a site drops the organ ({@code RES/26/13 The promotion ...}): the
     * title must then start with a capital and run to three words or more, so {@code 65/141 of 20 December 2010} is none.
     */
    private static final Pattern UNDOTTED_OWN_NUMBER = Pattern.compile("[ \\t]*+(?:RES/)?((?:19|20)\\d\\d/\\d{1,3}|\\d{1,2}/\\d{1,3})"
            + "[ \\t]++(?!of\\b)([A-Z][a-z]*+,?(?:[ \\t]++\\S++){2,}?.*?)[ \\t]*+");
    /** {@code (General Assembly resolution 57/239)}, {@code UN GENERAL ASSEMBLY RESOLUTION 57/239}: body, noun and own number alone on a line. */
    private static final Pattern NAMED_NUMBER = Pattern.compile("[ \\t]*\\(?[ \\t]*(?i:(?:United[ \\t]+Nations|UN)[ \\t]+)?"
            + "(?<body>(?i:General[ \\t]+Assembly|Economic[ \\t]+and[ \\t]+Social[ \\t]+Council|Human[ \\t]+Rights[ \\t]+Council))[ \\t]+"
            + "(?<noun>(?i:resolution|decision))[ \\t]+(?<number>(?:19|20)\\d\\d/\\d{1,3}|\\d{1,2}/\\d{1,3})[ \\t]*\\)?[ \\t]*");
    private static final Pattern OPENER = Pattern.compile("[ \\t]*(?:The[ \\t]+)?(" + BODY + ")[ \\t]*,[ \\t]*");
    /** {@code Sixty-fifth session}; a press release ends it with a comma ({@code Seventieth Session,}). */
    private static final Pattern SESSION = Pattern.compile("[ \\t]*(" + EnglishNumerals.ORDINAL + ")[ \\t]+session[ \\t]*,?[ \\t]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENDA = Pattern.compile(
            "[ \\t]*(?:(?:Provisional[ \\t]+)?[Aa]genda[ \\t]+items?[ \\t]+(\\d{1,3})|Items?[ \\t]+(\\d{1,3})\\b[^\\n]{0,30}?of[ \\t]+the"
                    + "[ \\t]+(?:provisional[ \\t]+agenda|agenda|preliminary[ \\t]+list))\\b[^\\n]{0,60}");
    private static final Pattern DRAFT = Pattern.compile("(?:^|[ \\t:])(?:[Rr]evised[ \\t]+)?[Dd]raft[ \\t]+(resolution|decision)\\b");
    private static final Pattern ADOPTION = Pattern.compile(
            "[ \\t]*(Resolution|Decision)s?[ \\t]+adopted[ \\t]+by[ \\t]+the[ \\t]+(" + BODY + ")(?:[ \\t]+on[ \\t]+([^\\[\\n]*?))?[ \\t]*\\**[ \\t]*"
                    + "(\\[[^\\]\\n]{1,300}\\])?[ \\t]*");
    /**
     * How a decision records its own adoption, right above its text: {@code At its 54th meeting, on 27 March 2014, the Human Rights
     * Council decided to adopt the text below:}, {@code At its 70th plenary meeting, on 16 December 2015, the General Assembly, on
     * the recommendation of the Committee, decided ...}. Groups: the date, the body.
     */
    private static final Pattern DECIDED_AT_MEETING = Pattern.compile("[ \\t]*At[ \\t]+its[ \\t]+\\d{1,3}(?:st|nd|rd|th)[ \\t]+(?:plenary[ \\t]+)?"
            + "meeting,[ \\t]+on[ \\t]+(\\d{1,2}[ \\t]+[A-Z][a-z]{2,8}[ \\t]+(?:19|20)\\d\\d),[ \\t]+the[ \\t]+(" + BODY + ")\\b[^\\n]{0,300}?"
            + "\\b(?:decided|adopted)\\b[^\\n]{0,300}");
    private static final Pattern KIND = Pattern.compile("[ \\t]*(Report|Note)[ \\t]+(?:of|by)[ \\t]+the[ \\t]+[A-Z][^.;]{2,200}");
    private static final String DAY_MONTH_YEAR = "\\d{1,2}[ \\t]+(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December)[ \\t]+(?:19|20)\\d\\d";
    /** One masthead item; a masthead line holds one or more of them, set apart by spaces. */
    private static final String LABEL_ITEM = "(?:United Nations|" + BODY + "|Distr\\.?:?[ \\t]*(?:General|Limited|Restricted)"
            + "|Original:?[ \\t]*[A-Z][a-z]+(?:[ \\t]*/[ \\t]*[A-Z][a-z]+)*|" + DAY_MONTH_YEAR + ")";
    /**
     * A masthead line that is a subsidiary body's name alone ({@code Commission on Science and Technology for Development}),
     * which the text may go on to call by a short name; the principal organs' names are read as the acting body instead.
     */
    private static final Pattern NAMED_BODY = Pattern.compile(
            "[ \\t]*(?:Commission on [A-Z][A-Za-z ]{3,60}|(?:[A-Z][a-z]+ ){1,5}(?:Commission|Committee|Conference))[ \\t]*");
    private static final Pattern LABEL = Pattern.compile("[ \\t]*" + LABEL_ITEM + "(?:[ \\t]+" + LABEL_ITEM + ")*[ \\t]*");
    private static final Pattern PLENARY = Pattern.compile("[ \\t]*(\\d{1,3})(?:st|nd|rd|th)[ \\t]+(?:plenary[ \\t]+)?meeting[ \\t]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_ONLY = Pattern.compile("[ \\t]*" + EnglishDates.FULL_DATE.pattern() + "[ \\t]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VOTE = Pattern.compile("[ \\t]*\\[Adopted[^\\]]{0,200}\\][ \\t]*");

    private EnglishHeaderForms() {
    }

    @Override
    public String opener(String line) {
        Matcher m = OPENER.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    @Override
    public HeaderLine read(String content) {
        Matcher m;
        if ((m = SESSION.matcher(content)).matches()) {
            int n = EnglishNumerals.ordinal(m.group(1));
            return n > 0 ? new HeaderLine.Session(n) : new HeaderLine.Label(false);
        }
        if ((m = AGENDA.matcher(content)).matches()) {
            return new HeaderLine.AgendaItem(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        if ((m = ChineseHeaderForms.OWN_NUMBER.matcher(content)).matches()) {
            return new HeaderLine.OwnNumber(m.group(1), m.start(1), m.end(1), m.group(2));
        }
        if ((m = NAMED_NUMBER.matcher(content)).matches()) {
            String written = m.group("body").replaceAll("[ \\t]+", " ").toLowerCase(Locale.ROOT);
            String body = written.startsWith("general") ? "General Assembly" : written.startsWith("economic")
                    ? "Economic and Social Council" : "Human Rights Council";
            return new HeaderLine.NamedNumber(body, m.group("noun").equalsIgnoreCase("decision"), m.group("number"),
                    m.start("number"), m.end("number"));
        }
        if ((m = UNDOTTED_OWN_NUMBER.matcher(content)).matches()) {
            return new HeaderLine.UndottedNumber(m.group(1), m.start(1), m.end(1), m.group(2));
        }
        if ((m = ADOPTION.matcher(content)).matches()) {
            LocalDate date = null;
            if (m.group(3) != null) {
                Matcher d = EnglishDates.FULL_DATE.matcher(m.group(3));
                date = d.find() ? EnglishDates.of(d).orElse(null) : null;
            }
            // A bracket after the date ([on the report of the Second Committee (A/64/422/Add.3)]) names the report: the line
            // is kept as a note so that what it cites is read.
            return new HeaderLine.Adoption(date, m.group(1).equals("Decision"), m.group(2), m.group(4) != null);
        }
        if ((m = DECIDED_AT_MEETING.matcher(content)).matches()) {
            Matcher d = EnglishDates.FULL_DATE.matcher(m.group(1));
            // Kept as a note too: the line may name the committee's report it acted on.
            return new HeaderLine.Adoption(d.find() ? EnglishDates.of(d).orElse(null) : null, true, m.group(2), true);
        }
        if (content.length() < 160 && (m = DRAFT.matcher(content)).find() && !content.strip().endsWith(".")) {
            return new HeaderLine.Draft(m.group(1).equals("decision"));
        }
        if ((m = KIND.matcher(content)).matches() && !StructureParser.endsTerminal(content)) {
            return new HeaderLine.Kind(m.group(1).equals("Report") ? "report" : "note");
        }
        if (LABEL.matcher(content).matches()) {
            return new HeaderLine.Label(NAMED_BODY.matcher(content).matches());
        }
        return null;
    }

    @Override
    public boolean isFooterLine(String line) {
        return PLENARY.matcher(line).matches() || DATE_ONLY.matcher(line).matches() || VOTE.matcher(line).matches();
    }

    @Override
    public Integer plenaryMeeting(String line) {
        Matcher m = PLENARY.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(1)) : null;
    }

    @Override
    public LocalDate footerDate(String line) {
        if (VOTE.matcher(line).matches()) {
            return null;
        }
        Matcher m = EnglishDates.FULL_DATE.matcher(line);
        return m.find() ? EnglishDates.of(m).orElse(null) : null;
    }
}
