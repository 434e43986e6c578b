package org.wsiskg.extract;

import org.wsiskg.text.Span;

/**
 * Something in the input that could not be read as expected; extraction goes on. {@code code} is
 * stable (documented in the README), {@code message} says what and why in words.
 */
public record Issue(Level level, String code, String message, Span span) {

    public enum Level {
        WARNING, ERROR;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Issue warning(String code, String message, Span span) {
        return new Issue(Level.WARNING, code, message, span);
    }

    public static Issue error(String code, String message, Span span) {
        return new Issue(Level.ERROR, code, message, span);
    }
}
