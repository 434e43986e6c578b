package org.wsiskg.extract.event;

import java.util.regex.Pattern;

/**
 * Where an English clause begins and ends: at a semicolon, or a full stop followed by a space (or the
 * end), but not the full stop of an abbreviation ({@code para.}, {@code Sept.}, {@code No.}, an
 * initial) nor one inside a symbol ({@code A/65/64.}, followed by no space, never ends one). A
 * clause is looked for at most {@value #MAX_CLAUSE} characters away: no clause of a UN text is that
 * long, and the bound keeps every reader of clauses linear in the length of the text.
 */
final class EnglishSentences {

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)paras?|No|Nos|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec|Mr|Ms|Dr|St|Rev|Add|Corr|[A-Z]");

    static final int MAX_CLAUSE = 1000;

    private EnglishSentences() {
    }

    static int start(String text, int at) {
        int limit = Math.max(0, at - MAX_CLAUSE);
        for (int i = Math.min(at, text.length()) - 1; i >= limit; i--) {
            if (text.charAt(i) == ';' || endsSentence(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    static int end(String text, int at) {
        int limit = Math.min(text.length(), Math.max(0, at) + MAX_CLAUSE);
        for (int i = Math.max(0, at); i < limit; i++) {
            if (text.charAt(i) == ';' || endsSentence(text, i)) {
                return i;
            }
        }
        return limit;
    }

    private static boolean endsSentence(String text, int i) {
        if (text.charAt(i) != '.') {
            return false;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        int w = i;
        while (w > 0 && i - w < 8 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return !ABBREVIATION.matcher(text.substring(w, i)).matches();
    }
}
