package org.wsiskg.extract;

import org.wsiskg.text.Span;

/**
 * A paragraph as the report and the graph see it. {@code text} is the paragraph's readable text
 * (lines joined, PDF noise and footnote markers removed); the file's own characters are at
 * {@code span}. For a footnote, {@code footnoteTo} is the id of the paragraph whose marker points to it.
 */
public record ParagraphEntry(String id, String kind, String number, Span span, String text, String footnoteTo) {
}
