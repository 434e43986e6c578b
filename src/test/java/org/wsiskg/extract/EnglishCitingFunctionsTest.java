package org.wsiskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.text.Language;

/** In English too, the citing function is the verb that opens the clause a citation stands in; the labels are the Chinese ones. */
class EnglishCitingFunctionsTest {

    @ParameterizedTest(name = "{0} @ {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "Recalling its resolution 65/141 of 20 December 2010, | 65/141 | recalls",
            "Recalling also its resolution 65/141 | 65/141 | recalls",
            "PP6.bis Bearing in mind decision 1992/218, and recalling further resolution 1992/62 | 1992/62 | recalls",
            "Reaffirming paragraphs 34 to 37 of the Tunis Agenda | paragraphs | reaffirms",
            "Taking note of the report of the Secretary-General (A/70/63) | A/70/63 | takes-note-of",
            "Taking note with appreciation of the report A/70/63 | A/70/63 | notes-with-appreciation",
            "Noting with appreciation the report A/70/63 | A/70/63 | notes-with-appreciation",
            "Noting with concern the findings of A/70/63 | A/70/63 | notes-with-concern",
            "Noting the report A/70/63 | A/70/63 | notes",
            "Welcoming the 2030 Agenda for Sustainable Development | 2030 | welcomes",
            "Recognizing the role of resolution 70/125 | 70/125 | recognizes",
            "Acknowledging resolution 70/125 | 70/125 | acknowledges",
            "17. Decides to extend the mandate set out in paragraphs 72 to 78 of the Tunis Agenda | paragraphs | decides",
            "(a) Requests the Secretary-General to report under resolution 70/125 | 70/125 | requests",
            "5. Urges Member States to implement resolution 70/125 | 70/125 | urges",
            "6. Encourages the Commission to follow resolution 70/125 | 70/125 | encourages",
            "7. Invites the Forum to apply resolution 70/125 | 70/125 | invites",
            "8. Calls upon all stakeholders to apply resolution 70/125 | 70/125 | calls-upon",
            "Emphasizing the importance of resolution 70/125 | 70/125 | stresses",
            "9. Stresses resolution 70/125 | 70/125 | stresses",
            "10. Looks forward to the implementation of resolution 70/125 | 70/125 | looks-forward-to",
            "Expressing appreciation for resolution 70/125 | 70/125 | appreciates",
            "11. Endorses resolution 70/125 | 70/125 | endorses",
            "12. Approves resolution 70/125 | 70/125 | approves",
            "13. Affirms resolution 70/125 | 70/125 | affirms",
            "14. Supports resolution 70/125 | 70/125 | supports",
            "15. Recommends resolution 70/125 | 70/125 | recommends",
            "Recalling resolution 60/252, welcoming resolution 70/125 | 70/125 | welcomes",
            "Recalling resolution 60/252. The Assembly then adopted resolution 70/125 | 70/125 | NONE",
            "the General Assembly, in its resolution 68/302, decided that | 68/302 | NONE",
            "the outcome document contained in resolution A/70/125 | A/70/125 | NONE",
    })
    void readsTheVerbOfTheClause(String text, String citation, String expected) {
        assertEquals(expected, CitingFunctions.at(Language.EN, text, text.indexOf(citation)).orElse("NONE"), text);
    }
}
