package org.wsiskg.text;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsiskg.HostileText;
import org.wsiskg.LinearTime;

/**
 * The normaliser reads a hostile text (one form repeated, {@link HostileText}: the Chinese forms, and the starts of the
 * HTML references, Markdown and pinyin readings it undoes) in time that grows about linearly ({@link LinearTime}): it
 * reads every file of a corpus, whatever is in it.
 */
class NormalizerScalingTest {

    private static final Normalizer NORMALIZER = new Normalizer();

    static Stream<HostileText> texts() {
        return HostileText.CHINESE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void normalisesInLinearTime(HostileText text) {
        LinearTime.assertLinear("Normalizer", text, NORMALIZER::normalize);
    }
}
