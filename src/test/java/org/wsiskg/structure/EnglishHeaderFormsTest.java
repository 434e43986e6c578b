package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The English header, opener and footer forms, line by line: what each says, and the lines that are none of them. */
class EnglishHeaderFormsTest {

    private static final HeaderForms FORMS = HeaderForms.of(org.wsiskg.text.Language.EN);

    /** A header line and what it reads as ({@code -}: no form, the line stays a heading). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Sixty-fifth session                                                  | Session[number=65]
            Thirty-second session                                                | Session[number=32]
            Seventieth Session,                                                  | Session[number=70]
            Agenda item 16                                                       | AgendaItem[number=16]
            Item 13 (b) of the provisional agenda*                               | AgendaItem[number=13]
            Item 17 of the preliminary list*                                     | AgendaItem[number=17]
            65/141. Information and communications technologies for development  | OwnNumber[number=65/141, start=0, end=6, title=Information and communications technologies for development]
            2012/5. Assessment of the progress made                              | OwnNumber[number=2012/5, start=0, end=6, title=Assessment of the progress made]
            (General Assembly resolution 57/239)                                 | NamedNumber[body=General Assembly, decision=false, number=57/239, start=29, end=35]
            UN GENERAL ASSEMBLY RESOLUTION 57/239                                | NamedNumber[body=General Assembly, decision=false, number=57/239, start=31, end=37]
            Economic and Social Council decision 2013/215                        | NamedNumber[body=Economic and Social Council, decision=true, number=2013/215, start=37, end=45]
            Recalling General Assembly resolution 57/239                         | -
            26/13 The promotion, protection and enjoyment of human rights        | UndottedNumber[number=26/13, start=0, end=5, title=The promotion, protection and enjoyment of human rights]
            RES/26/13 The promotion, protection and enjoyment                    | UndottedNumber[number=26/13, start=4, end=9, title=The promotion, protection and enjoyment]
            65/141 of 20 December 2010                                           | -
            26/13 Internet                                                       | -
            Draft resolution                                                     | Draft[decision=false]
            Ecuador: draft resolution                                            | Draft[decision=false]
            Draft decision submitted by the President of the General Assembly    | Draft[decision=true]
            Resolution adopted by the General Assembly on 20 December 2010       | Adoption[date=2010-12-20, decision=false, body=General Assembly, note=false]
            Decision adopted by the Economic and Social Council on 24 July 2012  | Adoption[date=2012-07-24, decision=true, body=Economic and Social Council, note=false]
            At its 54th meeting, on 27 March 2014, the Human Rights Council decided to adopt the text below: | Adoption[date=2014-03-27, decision=true, body=Human Rights Council, note=true]
            At its 70th plenary meeting, on 16 December 2015, the General Assembly, on the recommendation of the Committee, decided to approve | Adoption[date=2015-12-16, decision=true, body=General Assembly, note=true]
            At its 54th meeting the Council heard a statement.                    | -
            Resolution adopted by the Human Rights Council on 1 July 2016        | Adoption[date=2016-07-01, decision=false, body=Human Rights Council, note=false]
            Resolution adopted by the General Assembly                           | Adoption[date=null, decision=false, body=General Assembly, note=false]
            Resolution adopted by the General Assembly on 20 December 2010 [on the report of the Second Committee (A/65/433)] | Adoption[date=2010-12-20, decision=false, body=General Assembly, note=true]
            Resolution adopted by the General Assembly on 14 December [without reference to a Main Committee (A/61/L.44 and Add.1)] | Adoption[date=null, decision=false, body=General Assembly, note=true]
            Report of the Secretary-General                                      | Kind[kind=report]
            Note by the Secretary-General                                        | Kind[kind=note]
            Report of the Commission on Science and Technology for Development on its eighth session | Kind[kind=report]
            Distr.: General                                                      | Label[namesBody=false]
            General Assembly                 Distr.: General                     | Label[namesBody=false]
            2 February 2011                                                      | Label[namesBody=false]
            Original: English                                                    | Label[namesBody=false]
            United Nations                                                       | Label[namesBody=false]
            Commission on Science and Technology for Development                 | Label[namesBody=true]
            [on the report of the Second Committee (A/65/433)]                   | -
            Executive summary                                                    | -
            Information and communication technologies for development          | -
            The report of the Secretary-General was noted.                       | -
            Sixty-fifth session of the General Assembly opened today             | -
            """)
    void readsEachHeaderLine(String line, String expected) {
        HeaderLine read = FORMS.read(line);
        assertEquals(expected, read == null ? null : read.toString().replace("HeaderLine.", ""), line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The General Assembly,                                           | General Assembly
            The Economic and Social Council,                                | Economic and Social Council
            The Human Rights Council,                                       | Human Rights Council
            The Security Council,                                           | Security Council
            The Commission on Science and Technology for Development,       | Commission on Science and Technology for Development
            'The General Assembly, in its resolution 65/141, decided'       | -
            The General Assembly                                            | -
            Recalling its resolution 65/141,                                | -
            """)
    void readsTheOpener(String line, String body) {
        assertEquals(body, FORMS.opener(line), line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            69th plenary meeting      | true  | 69 | -
            43rd plenary meeting      | true  | 43 | -
            40th meeting              | true  | 40 | -
            20 December 2010          | true  | -  | 2010-12-20
            [Adopted without a vote.] | true  | -  | -
            6. Encourages the Commission to continue its work. | false | - | -
            The meeting of 20 December 2010 was the last.      | false | - | -
            """)
    void readsTheFooter(String line, boolean footer, Integer meeting, String date) {
        assertEquals(footer, FORMS.isFooterLine(line), line);
        if (footer) {
            assertEquals(meeting, FORMS.plenaryMeeting(line));
            assertEquals(date, meeting != null || FORMS.footerDate(line) == null ? null : FORMS.footerDate(line).toString());
        }
    }
}
