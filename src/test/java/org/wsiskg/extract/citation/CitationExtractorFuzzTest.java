package org.wsiskg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
 * extractors read normalised text; each is run on it as an operative paragraph of a text acted by the Human Rights
 * Council (bare numbers are then the council's) and as a heading of a text with no acting body (a symbol alone on a
 * heading is read differently). A plain JUnit run replays the seeds; README, "How it is built", says how to fuzz.
 */
class CitationExtractorFuzzTest {

    /**
     * One input that takes longer hangs. Timed inside the test rather than with JUnit's {@code @Timeout}: that one
     * would also time the first seed's installing of Jazzer's agent (15 s here) and, while fuzzing, the whole run.
     */
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final Normalizer NORMALIZER = new Normalizer();
    private static final InstrumentTable INSTRUMENTS = InstrumentTable.load();
    private static final List<ReferenceExtractor> CHINESE = DocumentReader.defaultExtractors(Language.ZH, INSTRUMENTS);
    private static final List<ReferenceExtractor> ENGLISH = DocumentReader.defaultExtractors(Language.EN, INSTRUMENTS);

    @MethodSource("org.wsiskg.FuzzSeeds#chineseParagraphs")
    @FuzzTest
    void chineseExtractorsQuoteInsideTheParagraph(byte[] input) {
        assertTimeoutPreemptively(HANG, () -> readWithEvery(CHINESE, input, new CitingText("人权理事会")));
    }

    @MethodSource("org.wsiskg.FuzzSeeds#englishPhrases")
    @FuzzTest
    void englishExtractorsQuoteInsideTheParagraph(byte[] input) {
        assertTimeoutPreemptively(HANG, () -> readWithEvery(ENGLISH, input, new CitingText("The Human Rights Council,")));
    }

    private static void readWithEvery(List<ReferenceExtractor> extractors, byte[] input, CitingText acting) {
        AnchoredText text = NORMALIZER.normalize(new String(input, StandardCharsets.UTF_8));
        Span span = text.length() == 0 ? new Span(0, 0) : text.originalSpan(0, text.length());
        read(extractors, new Paragraph("op1", ParagraphKind.OPERATIVE, "1", text, span, List.of(), 0), acting);
        read(extractors, new Paragraph("h1", ParagraphKind.HEADING, null, text, span, List.of(), 0), CitingText.UNKNOWN);
    }

    private static void read(List<ReferenceExtractor> extractors, Paragraph paragraph, CitingText citing) {
        int length = paragraph.text().length();
        for (ReferenceExtractor extractor : extractors) {
            for (ReferenceMatch m : extractor.find(paragraph, citing)) {
                assertTrue(0 <= m.start() && m.start() <= m.end() && m.end() <= length,
                        () -> extractor.getClass().getSimpleName() + " quotes " + m + " of a paragraph of " + length
                                + " characters");
            }
        }
    }
}
