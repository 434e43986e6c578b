package org.wsiskg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsiskg.extract.CitingText;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.structure.ParagraphKind;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;
import org.wsiskg.text.Span;

/**
 * Every citation extractor of a language, as the document reader lists them, on any paragraph text at all: it throws
 * nothing, ends in time, and quotes only inside the paragraph ({@code 0 <= start <= end <= length}), because a span
 * outside it would point into another paragraph of the file or past its end. The input is normalised first, since
 * extractors read normalised text; each is run on it as an operative paragraph and as a heading (a symbol alone on a
 * heading is read differently), in a text with no acting body and in one acted by the Human Rights Council (bare
 * numbers are then the council's). A plain JUnit run replays the seeds; README, "How it is built", says how to fuzz.
 */
class CitationExtractorFuzzTest {

    private static final Normalizer NORMALIZER = new Normalizer();
    private static final InstrumentTable INSTRUMENTS = InstrumentTable.load();
    private static final List<ReferenceExtractor> CHINESE = DocumentReader.defaultExtractors(Language.ZH, INSTRUMENTS);
    private static final List<ReferenceExtractor> ENGLISH = DocumentReader.defaultExtractors(Language.EN, INSTRUMENTS);

    /** The timeout holds the first seed too, which pays for installing Jazzer's agent (about 15 s here); while fuzzing it marks a hang. */
    @MethodSource("org.wsiskg.FuzzSeeds#chineseParagraphs")
    @Timeout(60)
    @FuzzTest
    void chineseExtractorsQuoteInsideTheParagraph(byte[] input) {
        readWithEvery(CHINESE, input, new CitingText("人权理事会"));
    }

    @MethodSource("org.wsiskg.FuzzSeeds#englishPhrases")
    @Timeout(60)
    @FuzzTest
    void englishExtractorsQuoteInsideTheParagraph(byte[] input) {
        readWithEvery(ENGLISH, input, new CitingText("The Human Rights Council,"));
    }

    private static void readWithEvery(List<ReferenceExtractor> extractors, byte[] input, CitingText acting) {
        AnchoredText text = NORMALIZER.normalize(new String(input, StandardCharsets.UTF_8));
        Span span = text.length() == 0 ? new Span(0, 0) : text.originalSpan(0, text.length());
        for (ParagraphKind kind : List.of(ParagraphKind.OPERATIVE, ParagraphKind.HEADING)) {
            Paragraph paragraph = new Paragraph("p1", kind, null, text, span, List.of(), 0);
            for (ReferenceExtractor extractor : extractors) {
                for (CitingText citing : List.of(CitingText.UNKNOWN, acting)) {
                    for (ReferenceMatch m : extractor.find(paragraph, citing)) {
                        assertTrue(0 <= m.start() && m.start() <= m.end() && m.end() <= text.length(),
                                () -> extractor.getClass().getSimpleName() + " quotes " + m + " of a paragraph of "
                                        + text.length() + " characters");
                    }
                }
            }
        }
    }
}
