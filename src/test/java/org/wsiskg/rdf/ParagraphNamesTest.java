package org.wsiskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.ParagraphEntry;
import org.wsiskg.text.Span;

/** How the texts of one document name its paragraphs: by number, preambular by order when they agree, headings apart. */
class ParagraphNamesTest {

    private final GraphBuilder builder = new GraphBuilder(IriScheme.standard());

    @Test
    void textsWithAsManyPreambularParagraphsPairThemByOrder() {
        DocumentExtraction zh = text("zh/x.txt", "zh", "A/RES/79/501", 3);
        DocumentExtraction en = text("en/x.txt", "en", "A/RES/79/501", 3);
        ParagraphNames names = ParagraphNames.of(List.of(zh, en), builder::documentIri);
        assertEquals(List.of(), names.warnings());
        assertEquals(List.of("zh/h1", "pp1", "pp2", "pp3", "1", "2", "2a", "fn1"), segments(names, zh));
        assertEquals(List.of("en/h1", "pp1", "pp2", "pp3", "1", "2", "2a", "fn1"), segments(names, en));
    }

    @Test
    void textsWhosePreamblesDifferKeepEachLanguagesApartAndSaySo() {
        DocumentExtraction zh = text("zh/x.txt", "zh", "A/RES/79/501", 3);
        DocumentExtraction en = text("en/x.txt", "en", "A/RES/79/501", 4);
        DocumentExtraction other = text("zh/y.txt", "zh", "A/RES/79/502", 2);
        ParagraphNames names = ParagraphNames.of(List.of(zh, en, other), builder::documentIri);
        assertEquals(List.of("zh/h1", "zh/pp1", "zh/pp2", "zh/pp3", "1", "2", "2a", "fn1"), segments(names, zh));
        assertEquals("en/pp4", segments(names, en).get(4));
        assertEquals(List.of("zh/h1", "pp1", "pp2", "1", "2", "2a", "fn1"), segments(names, other), "another document");
        assertEquals(1, names.warnings().size(), names.warnings().toString());
        String warning = names.warnings().get(0);
        assertTrue(warning.startsWith("warning PREAMBLE_MISMATCH https://w3id.org/wsis-kg/doc/A/RES/79/501: "), warning);
        assertTrue(warning.contains("zh/x.txt: 3") && warning.contains("en/x.txt: 4"), warning);
    }

    @Test
    void aDraftIsReadFromOneTextAndNeverMismatches() {
        DocumentExtraction a = text("zh/a.txt", "zh", null, 2);
        DocumentExtraction b = text("zh/b.txt", "zh", null, 5);
        assertEquals(List.of(), ParagraphNames.of(List.of(a, b), builder::documentIri).warnings());
    }

    @Test
    void languageScopedNamesAreOnePathSegmentEach() {
        assertEquals("https://w3id.org/wsis-kg/doc/A/RES/1/para/zh/h1",
                IriScheme.standard().paragraph("https://w3id.org/wsis-kg/doc/A/RES/1", "zh/h1"));
        assertEquals("https://w3id.org/wsis-kg/doc/A/RES/1/para/32%20a",
                IriScheme.standard().paragraph("https://w3id.org/wsis-kg/doc/A/RES/1", "32 a"));
    }

    private static List<String> segments(ParagraphNames names, DocumentExtraction d) {
        String doc = new GraphBuilder(IriScheme.standard()).documentIri(d);
        return d.paragraphs().stream().map(p -> names.segment(d, doc, p)).toList();
    }

    /** A text with a heading, {@code preambular} preambular paragraphs, operative 1, 2 and 2(a), and footnote 1. */
    private static DocumentExtraction text(String source, String language, String symbol, int preambular) {
        List<ParagraphEntry> paragraphs = new ArrayList<>();
        int at = 0;
        paragraphs.add(new ParagraphEntry("h1", "heading", null, new Span(at, at += 5), "heading", null));
        for (int i = 1; i <= preambular; i++) {
            paragraphs.add(new ParagraphEntry("pp" + i, "preambular", null, new Span(at, at += 5), "pp", null));
        }
        paragraphs.add(new ParagraphEntry("op1", "operative", "1", new Span(at, at += 5), "1.", null));
        paragraphs.add(new ParagraphEntry("op2", "operative", "2", new Span(at, at += 5), "2.", null));
        paragraphs.add(new ParagraphEntry("op2a", "operative", "2(a)", new Span(at, at += 5), "(a)", null));
        paragraphs.add(new ParagraphEntry("fn1", "footnote", "1", new Span(at, at += 5), "fn", "pp1"));
        return new DocumentExtraction(source, language, symbol, "GA", "resolution", 79, null, null, null, null,
                paragraphs, List.of(), List.of(), List.of(), List.of());
    }
}
