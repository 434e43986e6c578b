package org.wsiskg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The phrase table {@code instruments.tsv}, and the curated table the extractor reads. */
class InstrumentExtractorTest {

    private final InstrumentTable table = InstrumentTable.load();
    private final InstrumentExtractor extractor = new InstrumentExtractor(table);

    static Stream<Arguments> phrases() {
        return PhraseTable.rows("instruments.tsv");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("phrases")
    void findsWhatTheTableSays(String phrase, String expected) {
        assertEquals(expected, PhraseTable.found(extractor, phrase), phrase);
    }

    @Test
    void everyCanonicalSymbolOfTheTableIsReadAsASymbol() {
        Pattern symbol = Pattern.compile(DocumentSymbolExtractor.BODY);
        List<String> titles = table.titlesLongestFirst();
        assertTrue(titles.size() > 20, "the table lost rows: " + titles.size());
        for (String title : titles) {
            InstrumentTable.Entry e = table.lookup(title).orElseThrow();
            if (e.hasSymbol() && !e.symbol().startsWith("A/RES/2")) {
                assertTrue(symbol.matcher(e.symbol()).matches(), title + " → " + e.symbol());
            }
            if (!e.publishedIn().isEmpty()) {
                assertTrue(symbol.matcher(e.publishedIn()).matches(), title + " published in " + e.publishedIn());
            }
        }
    }

    @Test
    void titlesAreComparedWithoutWhiteSpace() {
        assertEquals(table.lookup("2030年议程"), table.lookup("2030 年 议程"));
        assertEquals("A/RES/70/1", table.lookup("2030 年议程").orElseThrow().symbol());
    }

    @Test
    void theLongerTitleIsTriedFirst() {
        List<String> titles = table.titlesLongestFirst();
        assertTrue(titles.indexOf("信息社会突尼斯议程") < titles.indexOf("突尼斯议程"));
    }
}
