package org.wsiskg.text;

import java.util.Optional;

/**
 * Tells which language a text is written in, from its prose: Chinese when at least a fifth of
 * its letters are Han characters, else English. Empty means a language wsis-kg does not read.
 */
public final class LanguageDetector {

    private LanguageDetector() {
    }

    public static Optional<Language> detect(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return Optional.of(letters > 0 && han * 5 >= letters ? Language.ZH : Language.EN);
    }
}
