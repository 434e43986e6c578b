package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/**
 * The first page of a UN PDF as document sites copy it: the masthead's symbol with its type's number on a line of its own,
 * and a whole first page flattened into one line that opens with the job number; a publication's imprint page. The own symbol
 * is found, and every word of the flattened page stays in a paragraph that the extractors read.
 */
class FirstPageCopyTest {

    private static DocumentStructure parse(String text) {
        return new StructureParser().parse(new Normalizer().normalize(text), Language.EN);
    }

    private static List<String> own(DocumentStructure s) {
        return s.header().ownSymbols().stream().map(OwnSymbol::symbol).toList();
    }

    @Test
    void aTypesNumberBelowTheMastheadCompletesTheOwnSymbol() {
        DocumentStructure s = parse("Download as pdf or txt\n\nUnited Nations A/C.2/78/SR.\n\n23\nGeneral Assembly Distr.: General\n"
                + "Seventy-eighth session 18 December 2023\n\nSecond Committee\nSummary record of the 23rd meeting\n"
                + "The meeting was called to order at 10 a.m. and the Committee took up the item.\n");
        assertEquals(List.of("A/C.2/78/SR.23"), own(s));
    }

    @Test
    void aNumberBelowALineThatIsNoMastheadMakesNoSymbol() {
        DocumentStructure s = parse("Introduction.\n\n23\nThe meeting was called to order at 10 a.m. and the Committee took up the item.\n");
        assertEquals(List.of(), own(s));
    }

    @Test
    void aFlattenedFirstPageAfterItsJobNumberIsReadNotDropped() {
        String page = "GE.17-03236(E) General Assembly Seventy-second session Item 17 of the preliminary list* Information and"
                + " communication technologies for development Report of the Secretary-General Summary This report has been"
                + " prepared in response to the request by the Economic and Social Council, in its resolution 2006/46, for the"
                + " Secretary-General to inform the Commission on Science and Technology for Development. * A/72/50. United Nations"
                + " A/72/64-E/2017/12 General Assembly Economic and Social Council Distr.: General 27 February 2017 Original: English";
        DocumentStructure s = parse("Report page\n\n" + page + "\n\nUpload: others\n");
        assertEquals(List.of("A/72/64", "E/2017/12"), own(s));
        assertTrue(s.paragraphs().stream().anyMatch(p -> p.text().toString().contains("in its resolution 2006/46")),
                "the flattened page is a paragraph");
        assertTrue(s.coverage() >= 0.99, "coverage " + s.coverage());
    }

    @Test
    void aPublicationsImprintPagePrintsItsOwnSymbol() {
        DocumentStructure s = parse("IMPLEMENTING WSIS OUTCOMES: A TEN-YEAR REVIEW\n\nNOTE The designations employed and the presentation"
                + " of the material do not imply the expression of any opinion whatsoever on the part of the Secretariat. This"
                + " publication has been edited externally. UNCTAD/DTL/STICT/2015/3\n\nPREFACE The World Summit on the Information"
                + " Society (WSIS) was held in two phases.\n");
        assertEquals(List.of("UNCTAD/DTL/STICT/2015/3"), own(s));
        DocumentStructure cited = parse("IMPLEMENTING WSIS OUTCOMES\n\nThe designations employed and the presentation of the material"
                + " follow the practice of the report UNCTAD/DTL/STICT/2015/3 and its annex.\n");
        assertEquals(List.of(), own(cited), "a symbol inside the sentence is a citation");
    }

    @Test
    void aCopyOpeningWithItsRunningHeadOverItsFirstSectionHasThatSymbol() {
        DocumentStructure s = parse("A/65/154 I. Introduction 1. In paragraph 3 of its resolution 64/25, the General Assembly invited"
                + " all Member States to inform the Secretary-General of their views.\n");
        assertEquals(List.of("A/65/154"), own(s));
        assertEquals(List.of(), own(parse("A/65/154 is the report that the General Assembly requested in 2010.\n")),
                "a symbol opening a sentence is cited");
    }

    @Test
    void aJobNumberLineWithItsProcessingDatesIsFurniture() {
        DocumentStructure s = parse("The report is issued.\n\nGE.11-12345 (E) 210911 220911\n\nThe report goes on with its text.\n");
        assertTrue(s.boilerplate().stream().anyMatch(b -> b.reason() == Boilerplate.Reason.JOB_NUMBER), s.boilerplate().toString());
    }
}
