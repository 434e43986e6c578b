package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wsiskg.SeedVariants;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/**
 * A flattened copy (every line break a space) is read into the structure of the text it was flattened from: the same
 * operative paragraphs in order, the same footnotes, the same header facts.
 */
class FlattenedLinesTest {

    @TestFactory
    List<DynamicTest> aFlattenedSeedHasTheStructureOfTheSeed() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> seed : SeedVariants.seeds().entrySet()) {
            tests.add(dynamicTest(seed.getKey(), () -> {
                DocumentStructure original = parse(seed.getValue());
                DocumentStructure flat = parse(seed.getValue().replace('\n', ' '));
                // Headings and preambular paragraphs have no number to show where they start: the operative ones are compared.
                assertEquals(operative(original.paragraphs()), operative(flat.paragraphs()));
                assertEquals(outline(original.footnotes()), outline(flat.footnotes()));
                assertEquals(original.header().ownNumber(), flat.header().ownNumber());
                assertEquals(original.header().adopted(), flat.header().adopted());
                assertEquals(original.header().actingBody(), flat.header().actingBody());
            }));
        }
        return tests;
    }

    @Test
    void aTextWithItsLinesIsLeftAsItIs() {
        AnchoredText text = new Normalizer().normalize("大会，\n\n 回顾其第 56/183 号决议，\n\n 1. 决定将论坛的任务期限延长五年；\n");
        assertSame(text, FlattenedLines.restore(text, Language.ZH));
    }

    @Test
    void anEnglishFlattenedResolutionIsReadIntoItsParagraphs() {
        String text = "The General Assembly, Recalling its resolutions 56/183 of 21 December 2001 and 57/238 of 20 December 2002, "
                + "Reaffirming the outcome documents of the World Summit on the Information Society, "
                + "1. Decides to extend the mandate of the Internet Governance Forum for a further five years; "
                + "2. Requests the Secretary-General to report to the General Assembly at its sixty-sixth session.";
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(text), Language.EN);
        List<String> outline = outline(s.paragraphs());
        assertEquals(List.of("P", "P", "1", "2"), outline.subList(outline.size() - 4, outline.size()));
    }

    @Test
    void anEnglishFlattenedFirstPageGivesItsHeaderFields() {
        String text = "United Nations A/RES/70/125 General Assembly Distr.: General 1 February 2016 Seventieth session Agenda items 13"
                + " and 115 15-14472 (E) *1514472* Resolution adopted by the General Assembly on 16 December 2015 [without reference"
                + " to a Main Committee (A/70/L.33)] 70/125. Outcome document of the high-level meeting The General Assembly,"
                + " Recalling its resolution 68/302 of 31 July 2014, 1. Decides to extend the mandate of the Internet Governance"
                + " Forum; 2. Requests the Secretary-General to report.";
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(text), Language.EN);
        DocumentHeader h = s.header();
        assertEquals(List.of("A/RES/70/125"), h.ownSymbols().stream().map(OwnSymbol::symbol).toList());
        assertEquals(java.time.LocalDate.of(2015, 12, 16), h.adopted());
        assertEquals(Integer.valueOf(70), h.session());
        assertEquals("70/125", h.ownNumber());
        assertEquals("Outcome document of the high-level meeting", h.title());
        assertTrue(s.boilerplate().stream().anyMatch(b -> b.reason() == Boilerplate.Reason.JOB_NUMBER), s.boilerplate().toString());
    }

    /** The operative paragraph numbers in order, a number continued by an unnumbered paragraph counted once. */
    private static List<String> operative(List<Paragraph> paragraphs) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (p.kind() == ParagraphKind.OPERATIVE && (out.isEmpty() || !out.get(out.size() - 1).equals(p.number()))) {
                out.add(p.number());
            }
        }
        return out;
    }

    private static List<String> outline(List<Paragraph> paragraphs) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            out.add(p.kind() == ParagraphKind.OPERATIVE || p.kind() == ParagraphKind.FOOTNOTE ? p.number() : p.kind().name().substring(0, 1));
        }
        return out;
    }

    private static DocumentStructure parse(String text) {
        return new StructureParser().parse(new Normalizer().normalize(text), Language.ZH);
    }
}
