package org.wsiskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.Reference;
import org.wsiskg.text.SourceText;

/**
 * Every kind of document names its own symbol, and the document naming itself is never a citation: not its masthead symbol,
 * not a part of its joint symbol, not {@code resolution 67/195} in the text of A/RES/67/195.
 */
class OwnSymbolTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ga-resolution.txt         | A/RES/65/141        | resolution       | GA     | A/RES/65/141                  | A/65/433 A/RES/56/183
            ecosoc-resolution.txt     | E/RES/2012/5        | resolution       | ECOSOC | E/RES/2012/5                  | A/RES/60/252 E/RES/2006/46
            hrc-resolution.txt        | A/HRC/RES/32/13     | resolution       | HRC    | A/HRC/RES/32/13               | -
            title-line-resolution.txt | A/RES/55/185        | resolution       | GA     | A/RES/55/185                  | A/RES/53/169
            hrc-draft.txt             | A/HRC/32/L.20       | draft resolution | HRC    | A/HRC/32/L.20                 | -
            sg-report.txt             | A/65/64             | report           | -      | A/65/64 E/2010/12             | E/RES/2006/46 E/CN.16/2010/3
            note-by-sg.txt            | WSIS-II/PC-3/DT/10  | note             | -      | WSIS-II/PC-3/DT/10            | WSIS-II/PC-3/DOC/5
            tunis-commitment-copy.txt | WSIS-05/TUNIS/DOC/7 | document         | -      | WSIS-05/TUNIS/DOC/7           | -
            web-summary-page.txt      | A/RES/67/195        | document         | -      | A/RES/67/195                  | A/RES/66/184
            news-item.txt             | ECOSOC/6218         | document         | -      | ECOSOC/6218                   | E/2006/85
            """)
    void theOwnSymbolIsReadAndNeverCited(String fixture, String symbol, String kind, String body, String own, String cited)
            throws IOException {
        Path file = Path.of("src/test/resources/structure/en", fixture);
        DocumentExtraction d = new DocumentReader().read(SourceText.decode(fixture, Files.readAllBytes(file)));
        assertEquals("en", d.language());
        assertEquals(symbol, d.symbol());
        assertEquals(kind, d.kind());
        assertEquals(body, d.body());
        List<String> targets = d.references().stream().filter(r -> r.paragraph() == null).map(Reference::target).toList();
        for (String self : own.split(" ")) {
            assertTrue(!targets.contains(self), fixture + " cites itself as " + self + ": " + targets);
        }
        if (cited != null) {
            assertTrue(targets.containsAll(List.of(cited.split(" "))), fixture + ": " + targets);
        }
    }
}
