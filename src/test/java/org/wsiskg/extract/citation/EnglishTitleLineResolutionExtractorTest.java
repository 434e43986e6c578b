package org.wsiskg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The phrase table {@code en-title-lines.tsv}: ECOSOC resolutions named by a line that opens with their number. */
class EnglishTitleLineResolutionExtractorTest {

    private final EnglishTitleLineResolutionExtractor extractor = new EnglishTitleLineResolutionExtractor();

    static Stream<Arguments> phrases() {
        return PhraseTable.rows("en-title-lines.tsv");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("phrases")
    void findsWhatTheTableSays(String phrase, String expected) {
        assertEquals(expected, PhraseTable.found(extractor, phrase), phrase);
    }
}
