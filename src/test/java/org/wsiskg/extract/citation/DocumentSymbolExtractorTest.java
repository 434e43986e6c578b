package org.wsiskg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The phrase table {@code document-symbols.tsv}: what the symbol extractor accepts and rejects. */
class DocumentSymbolExtractorTest {

    private final DocumentSymbolExtractor extractor = new DocumentSymbolExtractor();

    static Stream<Arguments> phrases() {
        return PhraseTable.rows("document-symbols.tsv");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("phrases")
    void findsWhatTheTableSays(String phrase, String expected) {
        assertEquals(expected, PhraseTable.found(extractor, phrase), phrase);
    }
}
