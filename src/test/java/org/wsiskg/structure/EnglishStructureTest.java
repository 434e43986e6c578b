package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/** The structure of each English fixture: its paragraphs by kind, and what its header says of the document. */
class EnglishStructureTest {

    static DocumentStructure parse(String fixture) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/structure/en", fixture));
        return new StructureParser().parse(new Normalizer().normalize(text), Language.EN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ga-resolution.txt          | 13 | 8 | 0 | 1 | 2 | 65/141 | A/RES/65/141                  | General Assembly            | 65 | 16 | 2010-12-20 | 69 | true  | -
            ecosoc-resolution.txt      | 2  | 2 | 0 | 0 | 0 | 2012/5 | -                             | Economic and Social Council | -  | -  | 2012-07-24 | 43 | true  | -
            hrc-resolution.txt         | 2  | 2 | 0 | 0 | 0 | 32/13  | -                             | Human Rights Council        | 32 | 3  | 2016-07-01 | 40 | true  | -
            title-line-resolution.txt  | 1  | 1 | 0 | 0 | 0 | 55/185 | A/RES/55/185                  | General Assembly            | -  | -  | -          | -  | true  | -
            hrc-draft.txt              | 1  | 1 | 0 | 0 | 0 | -      | A/HRC/32/L.20                 | Human Rights Council        | 32 | 3  | -          | -  | true  | -
            sg-report.txt              | 0  | 0 | 4 | 6 | 0 | -      | A/65/64 E/2010/12             | -                           | 65 | 17 | -          | -  | false | report
            note-by-sg.txt             | 0  | 0 | 2 | 1 | 0 | -      | WSIS-II/PC-3/DT/10            | -                           | -  | -  | -          | -  | false | note
            tunis-commitment-copy.txt  | 0  | 0 | 2 | 1 | 0 | -      | WSIS-05/TUNIS/DOC/7           | -                           | -  | -  | -          | -  | false | -
            web-summary-page.txt       | 0  | 0 | 2 | 1 | 0 | -      | A/RES/67/195                  | -                           | -  | -  | -          | -  | false | -
            news-item.txt              | 0  | 0 | 2 | 3 | 0 | -      | ECOSOC/6218                   | -                           | -  | -  | -          | -  | false | -
            """)
    void readsEachFixture(String fixture, int preambular, int operative, int body, int headings, int footnotes, String ownNumber,
                          String ownSymbols, String actingBody, Integer session, Integer agenda, String adopted, Integer plenary,
                          boolean resolution, String documentKind) throws IOException {
        DocumentStructure s = parse(fixture);
        assertEquals(preambular, count(s, ParagraphKind.PREAMBULAR), "preambular");
        assertEquals(operative, count(s, ParagraphKind.OPERATIVE), "operative");
        assertEquals(body, count(s, ParagraphKind.BODY), "body");
        assertEquals(headings, count(s, ParagraphKind.HEADING), "headings");
        assertEquals(footnotes, s.footnotes().size(), "footnotes");
        DocumentHeader h = s.header();
        assertEquals(ownNumber, h.ownNumber(), "own number");
        assertEquals(ownSymbols == null ? List.of() : List.of(ownSymbols.split(" ")),
                h.ownSymbols().stream().map(OwnSymbol::symbol).toList(), "own symbols");
        assertEquals(actingBody, h.actingBody(), "acting body");
        assertEquals(session, h.session(), "session");
        assertEquals(agenda, h.agendaItem(), "agenda item");
        assertEquals(adopted, h.adopted() == null ? null : h.adopted().toString(), "adopted");
        assertEquals(plenary, h.plenaryMeeting(), "plenary meeting");
        assertEquals(resolution, h.resolution(), "resolution");
        assertEquals(documentKind, h.documentKind(), "document kind");
        assertTrue(s.coverage() >= 0.99, "coverage " + s.coverage());
        for (OwnSymbol own : h.ownSymbols()) {
            String written = s.text().original().substring(own.span().start(), own.span().end());
            assertTrue(written.startsWith(own.symbol()), "the span of " + own.symbol() + " holds '" + written + "'");
        }
    }

    @Test
    void operativeParagraphsAndSubParagraphsOfAResolutionAreNumbered() throws IOException {
        DocumentStructure s = parse("ga-resolution.txt");
        List<String> ids = s.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.OPERATIVE).map(Paragraph::id).toList();
        assertEquals(List.of("op1", "op2", "op3", "op4", "op4a", "op4b", "op5", "op6"), ids);
        Paragraph first = s.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.PREAMBULAR).findFirst().orElseThrow();
        assertTrue(first.text().toString().startsWith("Recalling its resolutions 56/183"), first.text().toString());
        assertEquals("Information and communications technologies for development", s.header().title());
    }

    /** A double-spaced copy: a blank line after every line, a preambular paragraph going on after a comma in lower case. */
    @Test
    void aLineOpeningInLowerCaseAfterACommaGoesOnWithTheParagraph() {
        String text = String.join("\n\n", "The Human Rights Council,",
                "Recalling General Assembly resolutions 68/167 of 18 December 2013 on the right to privacy in the digital age,",
                "and 45/95 of 14 December 1990 on guidelines for the regulation of computerized personal data files,",
                "Noting with deep concern the impact of surveillance,", "1. Decides to continue the consideration.", "");
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(text), Language.EN);
        List<String> preambular = s.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.PREAMBULAR)
                .map(p -> p.text().toString()).toList();
        assertEquals(2, preambular.size(), preambular.toString());
        assertTrue(preambular.get(0).contains("digital age, and 45/95 of 14 December 1990"), preambular.get(0));
        assertTrue(preambular.get(1).startsWith("Noting with deep concern"), preambular.get(1));
    }

    /**
     * A line that ends in a citation's noun over a line that opens with its number is one sentence, not a heading over a paragraph;
     * the same noun over a numbered operative paragraph stays a heading.
     */
    @Test
    void aLineEndingInTheNounOfTheNumberBelowIsNoHeading() {
        String text = String.join("\n", "The second phase will take place in Tunis from 16 to 18 November 2005.",
                "UN General Assembly Resolution", "56/183 endorsed the framework for the Summit adopted by the", "ITU Council.", "",
                "Draft resolution", "1. Decides to convene the Summit.", "");
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(text), Language.EN);
        List<String> texts = s.paragraphs().stream().map(p -> p.kind() + " " + p.text()).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("UN General Assembly Resolution 56/183 endorsed the framework")),
                texts.toString());
        assertTrue(texts.contains("HEADING Draft resolution"), texts.toString());
    }

    @Test
    void theAdoptionNoteStaysAHeadingSoItsSymbolIsACitation() throws IOException {
        DocumentStructure s = parse("ga-resolution.txt");
        assertTrue(s.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.HEADING
                && p.text().toString().equals("[on the report of the Second Committee (A/65/433)]")), s.paragraphs().toString());
    }

    @Test
    void aReportKeepsItsParagraphNumbersOnBodyParagraphs() throws IOException {
        DocumentStructure s = parse("sg-report.txt");
        List<String> numbers = s.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.BODY)
                .map(p -> String.valueOf(p.number())).toList();
        assertEquals(List.of("null", "1", "2", "3"), numbers);
        assertTrue(s.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.HEADING
                && p.text().toString().equals("Executive summary")));
        assertTrue(s.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.HEADING
                && p.text().toString().equals("Internet governance")), "a short unpunctuated line between blank lines is a heading");
        assertTrue(s.problems().stream().noneMatch(p -> p.code().equals("NO_PREAMBLE_OPENER")), "a report has no opener to miss");
    }

    private static long count(DocumentStructure s, ParagraphKind kind) {
        return s.paragraphs().stream().filter(p -> p.kind() == kind).count();
    }
}
