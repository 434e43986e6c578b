package org.wsiskg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The phrase table {@code en-paragraph-references.tsv}: what the English paragraph extractor accepts and rejects. */
class EnglishParagraphReferenceExtractorTest {

    private final EnglishParagraphReferenceExtractor extractor = new EnglishParagraphReferenceExtractor(InstrumentTable.load());

    static Stream<Arguments> phrases() {
        return PhraseTable.rows("en-paragraph-references.tsv");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("phrases")
    void findsWhatTheTableSays(String phrase, String expected) {
        assertEquals(expected, PhraseTable.found(extractor, phrase), phrase);
    }
}
