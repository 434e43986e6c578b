package org.wsiskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/**
 * Every event and mandate extractor of a language, and its reading of the bodies a paragraph names, on any paragraph
 * text at all: it throws nothing, ends in time, and every match and every finding lies inside the paragraph
 * ({@code 0 <= from <= to <= length}). The input is normalised first, since extractors read normalised text; each is
 * run in a document of 2010 whose earlier paragraphs named the CSTD, the working group and the Forum (so the bare
 * 委员会 / "the Commission" forms are read too), and in an undated one that named none. A plain JUnit run replays the
 * seeds; README, "How it is built", says how to fuzz.
 */
class EventExtractorFuzzTest {

    /**
     * One input that takes longer hangs. Timed inside the test rather than with JUnit's {@code @Timeout}: that one
     * would also time the first seed's installing of Jazzer's agent (15 s here) and, while fuzzing, the whole run.
     */
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final Normalizer NORMALIZER = new Normalizer();
    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    private static final EventExtractors CHINESE = EventExtractors.forLanguage(Language.ZH, GAZETTEER);
    private static final EventExtractors ENGLISH = EventExtractors.forLanguage(Language.EN, GAZETTEER);
    private static final List<EventContext> CONTEXTS = List.of(new EventContext(2010, true, true, true), new EventContext(null));

    @MethodSource("org.wsiskg.FuzzSeeds#chineseParagraphs")
    @FuzzTest
    void chineseExtractorsFindInsideTheParagraph(byte[] input) {
        assertTimeoutPreemptively(HANG, () -> readWithEvery(CHINESE, input));
    }

    @MethodSource("org.wsiskg.FuzzSeeds#englishPhrases")
    @FuzzTest
    void englishExtractorsFindInsideTheParagraph(byte[] input) {
        assertTimeoutPreemptively(HANG, () -> readWithEvery(ENGLISH, input));
    }

    private static void readWithEvery(EventExtractors extractors, byte[] input) {
        String text = NORMALIZER.normalize(new String(input, StandardCharsets.UTF_8)).toString();
        for (EventContext context : CONTEXTS) {
            for (EventExtractor extractor : extractors.events()) {
                for (EventMatch m : extractor.find(text, context)) {
                    assertInside(extractor, m.from(), m.to(), text, m.findings());
                }
            }
            for (MandateExtractor extractor : extractors.mandates()) {
                for (MandateMatch m : extractor.find(text, context)) {
                    assertInside(extractor, m.from(), m.to(), text, m.findings());
                }
            }
            extractors.bodies().after(text, context);
        }
    }

    private static void assertInside(Object extractor, int from, int to, String text, List<EventFinding> findings) {
        String name = extractor.getClass().getSimpleName();
        assertTrue(0 <= from && from <= to && to <= text.length(),
                () -> name + " found [" + from + ", " + to + ") in a paragraph of " + text.length() + " characters");
        for (EventFinding f : findings) {
            assertTrue(0 <= f.from() && f.from() <= f.to() && f.to() <= text.length(),
                    () -> name + " reports " + f + " in a paragraph of " + text.length() + " characters");
        }
    }
}
