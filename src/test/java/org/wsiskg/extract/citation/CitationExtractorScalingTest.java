package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsiskg.HostileText;
import org.wsiskg.LinearTime;
import org.wsiskg.extract.CitingText;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.structure.ParagraphKind;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Language;
import org.wsiskg.text.Span;

/**
 * Every Chinese citation extractor reads a hostile paragraph (one form repeated with no clause break, {@link HostileText})
 * in time that grows about linearly ({@link LinearTime}): a paragraph of a PDF flattened into one line, or a long list of
 * resolutions, must not take minutes. Each extractor alone, so that a failure names it.
 */
class CitationExtractorScalingTest {

    private static final InstrumentTable INSTRUMENTS = InstrumentTable.load();

    static Stream<Arguments> extractorsAndTexts() {
        List<Arguments> all = new ArrayList<>();
        for (ReferenceExtractor extractor : DocumentReader.defaultExtractors(Language.ZH, INSTRUMENTS)) {
            for (HostileText text : HostileText.CHINESE) {
                all.add(Arguments.of(extractor.getClass().getSimpleName(), text, extractor));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("extractorsAndTexts")
    void readsInLinearTime(String name, HostileText text, ReferenceExtractor extractor) {
        LinearTime.assertLinear(name, text, t -> extractor.find(operative(t), CitingText.UNKNOWN));
    }

    private static Paragraph operative(String text) {
        return new Paragraph("op1", ParagraphKind.OPERATIVE, "1", AnchoredText.of(text), new Span(0, text.length()), List.of(), 0);
    }
}
