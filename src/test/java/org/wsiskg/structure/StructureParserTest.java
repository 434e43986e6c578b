package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.text.Normalizer;

/** The structure of each seed text: how many paragraphs of each kind, and the header facts. */
class StructureParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            000_c9834f3814b4465f | 25 | 24 | 0  | 11 | 65/141 |        | 2010-12-20 | 69
            001_59a79828cb7eeaca | 8  | 51 | 7  | 8  | 2012/5 |        | 2012-07-24 | 43
            002_4510d16fedc8d16d | 28 | 29 | 3  | 12 |        | 72     |            |
            003_2d7bc27f85ce4953 | 56 | 59 | 3  | 19 | 78/132 | 78     | 2023-12-19 | 49
            004_c4c1ca5d1415297d | 7  | 71 | 11 | 10 |        | 70     |            |
            """)
    void readsEachSeed(String stem, int preambular, int operative, int headings, int footnotes, String ownNumber,
                       Integer session, String adopted, Integer plenary) throws IOException {
        String text = Files.readString(Path.of("data/corpus/zh/" + stem + ".txt"));
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(text));
        assertEquals(preambular, count(s.paragraphs(), ParagraphKind.PREAMBULAR), "preambular");
        assertEquals(operative, count(s.paragraphs(), ParagraphKind.OPERATIVE), "operative");
        assertEquals(headings, count(s.paragraphs(), ParagraphKind.HEADING), "headings");
        assertEquals(footnotes, s.footnotes().size(), "footnotes");
        assertEquals(ownNumber, s.header().ownNumber());
        assertEquals(session, s.header().session());
        assertEquals(adopted, s.header().adopted() == null ? null : s.header().adopted().toString());
        assertEquals(plenary, s.header().plenaryMeeting());
        for (Paragraph p : s.paragraphs()) {
            for (FootnoteMarker m : p.markers()) {
                assertTrue(s.footnoteFor(m).isPresent(), stem + " " + p.id() + " marker " + m.number() + " has its footnote");
            }
        }
    }

    private static long count(List<Paragraph> paragraphs, ParagraphKind kind) {
        return paragraphs.stream().filter(p -> p.kind() == kind).count();
    }
}
