package org.wsiskg.extract;

import org.wsiskg.text.Span;

/**
 * One action on a mandate that a paragraph takes or reports: its subject (IGF ...), the action
 * (establish, extend, review, notes-extension, request-report ...), the length in years and the
 * final year where the text gives them.
 */
public record MandateMention(String subject, String action, Integer years, Integer until, String in, String text,
                             Span span) {
}
