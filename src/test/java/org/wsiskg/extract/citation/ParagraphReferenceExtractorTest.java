package org.wsiskg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The phrase table {@code paragraph-references.tsv}: what the paragraph extractor accepts and rejects. */
class ParagraphReferenceExtractorTest {

    private final ParagraphReferenceExtractor extractor = new ParagraphReferenceExtractor(InstrumentTable.load());

    static Stream<Arguments> phrases() {
        return PhraseTable.rows("paragraph-references.tsv");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("phrases")
    void findsWhatTheTableSays(String phrase, String expected) {
        assertEquals(expected, PhraseTable.found(extractor, phrase), phrase);
    }

    /** A kilobyte and more of a list no 段 closes overflowed the stack of the run's repeated groups. */
    @Test
    void aLongListWithNoParagraphNounIsNoCitationAndNoCrash() {
        String list = "第" + "1和".repeat(2_000) + "1号决议";
        assertEquals("-", PhraseTable.found(extractor, list));
    }
}
