package org.wsiskg.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which language a text is written in, from its prose: the words around the symbols, not the
 * symbols, numbers, web addresses and acronyms, which read the same in every language.
 *
 * <ul>
 *   <li>Chinese when Han characters make at least a fifth of the prose letters (a Han character
 *       writes a syllable where English needs four or five letters, so a fifth is already the
 *       larger part of the words): a Chinese page quoting {@code A/RES/65/141}, {@code WSIS} or an
 *       English title is Chinese. Japanese (kana among the Han characters) is not.</li>
 *   <li>English when Latin letters make the prose and English function words
 *       ({@code the, of, and, to, in, resolution …}) are frequent in it, clearly more than the
 *       French or Spanish ones.</li>
 *   <li>Anything else (French, Spanish, Russian, Arabic, a text with no prose at all) is no language
 *       wsis-kg reads: {@link #read} says what was seen instead.</li>
 * </ul>
 */
public final class LanguageDetector {

    /** What the prose of a text was found to be: its language, or why none was told. */
    public record Verdict(Optional<Language> language, String seen) {
    }

    /** Symbols, web addresses, e-mail addresses, numbers: ASCII strings that read the same in every language. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "(?:https?://|www\\.)\\S*+|[\\w.\\-]*+@[\\w.\\-]++|[A-Za-z0-9.()\\-]*+/[A-Za-z0-9./()\\-]*+|\\d++");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*+");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "for", "on", "that", "with",
            "by", "as", "at", "be", "are", "was", "its", "this", "from", "which", "an", "or", "it", "has", "have", "will",
            "their", "also", "resolution", "resolutions", "report", "session", "meeting", "information", "society");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans",
            "par", "sur", "qui", "au", "aux", "avec", "ses", "société", "résolution", "réunion", "conseil", "assemblée");
    private static final Set<String> SPANISH = Set.of("el", "los", "las", "del", "y", "por", "para", "con", "una", "es",
            "sus", "sociedad", "resolución", "reunión", "consejo", "asamblea", "información");
    /** Of every hundred English prose words, this many at least are function words (about 40 in UN prose). */
    private static final int LEAST_ENGLISH_PERCENT = 8;
    private static final int HAN_SHARE = 5;
    /** Japanese writes a kana for every two or three Han characters; a Chinese text quotes none. */
    private static final int KANA_SHARE_OF_HAN = 10;

    private LanguageDetector() {
    }

    public static Optional<Language> detect(String text) {
        return read(text).language();
    }

    /** The language of {@code text}'s prose, or what its prose was seen to be when it is no language wsis-kg reads. */
    public static Verdict read(String text) {
        String prose = NOT_PROSE.matcher(text).replaceAll(" ");
        long han = 0;
        long kana = 0;
        long latin = 0;
        long other = 0;
        Character.UnicodeScript otherScript = null;
        Matcher w = WORD.matcher(prose);
        int words = 0;
        int english = 0;
        int french = 0;
        int spanish = 0;
        while (w.find()) {
            String word = w.group();
            if (isAcronym(word)) {
                continue;
            }
            boolean latinWord = false;
            for (int i = 0; i < word.length(); ) {
                int c = word.codePointAt(i);
                i += Character.charCount(c);
                if (!Character.isLetter(c)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                switch (script) {
                    case HAN -> han++;
                    case HIRAGANA, KATAKANA -> kana++;
                    case LATIN -> {
                        latin++;
                        latinWord = true;
                    }
                    default -> {
                        other++;
                        otherScript = script;
                    }
                }
            }
            if (latinWord) {
                words++;
                String lower = word.toLowerCase(Locale.ROOT);
                english += ENGLISH.contains(lower) ? 1 : 0;
                french += FRENCH.contains(lower) ? 1 : 0;
                spanish += SPANISH.contains(lower) ? 1 : 0;
            }
        }
        long letters = han + kana + latin + other;
        if (letters == 0) {
            return none("no prose: only symbols, numbers or marks");
        }
        if (han * HAN_SHARE >= letters) {
            if (kana * KANA_SHARE_OF_HAN > han) {
                return none("Japanese: " + kana + " kana among " + han + " Han characters");
            }
            return new Verdict(Optional.of(Language.ZH), "Chinese: " + han + " Han characters of " + letters + " prose letters");
        }
        if (other > latin) {
            return none(scriptName(otherScript) + " letters (" + other + " of " + letters + " prose letters)");
        }
        if (english * 100 >= (long) words * LEAST_ENGLISH_PERCENT && english > 2 * Math.max(french, spanish)) {
            return new Verdict(Optional.of(Language.EN), "English: " + english + " function words in " + words + " words");
        }
        String rival = french >= spanish ? "French" : "Spanish";
        int rivalCount = Math.max(french, spanish);
        if (rivalCount > english) {
            return none("Latin prose with " + rivalCount + " " + rival + " function words against " + english + " English ones in "
                    + words + " words");
        }
        return none("Latin prose with too few English function words (" + english + " in " + words + " words)");
    }

    private static Verdict none(String seen) {
        return new Verdict(Optional.empty(), seen);
    }

    /** WSIS, IGF, ITU, UNCTAD: names that read the same in a sentence of any language. */
    private static boolean isAcronym(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static String scriptName(Character.UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
