package org.wsiskg.text;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The normaliser on any text at all: it throws nothing, ends in time, and anchors every character it gives back to a
 * range of the file text, so that whatever an extractor quotes maps back into the file. The bytes are read as UTF-8,
 * as a source file is (malformed bytes become U+FFFD). A plain JUnit run replays the seeds; README, "How it is built",
 * says how to fuzz.
 */
class NormalizerFuzzTest {

    /**
     * One input that takes longer hangs. Timed inside the test rather than with JUnit's {@code @Timeout}: that one
     * would also time the first seed's installing of Jazzer's agent (15 s here) and, while fuzzing, the whole run.
     */
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final Normalizer NORMALIZER = new Normalizer();

    @MethodSource("org.wsiskg.FuzzSeeds#texts")
    @FuzzTest
    void anchorsEveryCharacterInsideTheFile(byte[] input) {
        String original = new String(input, StandardCharsets.UTF_8);
        AnchoredText text = assertTimeoutPreemptively(HANG, () -> NORMALIZER.normalize(original));
        for (int i = 0; i < text.length(); i++) {
            int at = i;
            Span span = text.originalSpan(at, at + 1);
            assertTrue(span.end() <= original.length(), () -> "character " + at + " anchored at " + span
                    + " beyond the file's " + original.length() + " characters");
        }
        int end = text.originalStart(text.length());
        assertTrue(end >= 0 && end <= original.length(), () -> "the text ends at " + end + " of " + original.length());
    }
}
