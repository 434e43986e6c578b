package org.wsiskg.extract;

import org.wsiskg.text.Span;

/**
 * One occurrence of a citation. {@code kind} is resolution, decision, document, paragraph or
 * instrument; {@code target} the canonical symbol of what is cited (for a paragraph reference,
 * the symbol of the document the paragraph belongs to); {@code paragraph} the cited paragraph
 * number or null; {@code function} the citing verb's function (recalls, reaffirms ...) or null;
 * {@code in} the id of the citing paragraph; {@code text} the file text at {@code span}.
 */
public record Reference(String kind, String target, Integer paragraph, String function, String in,
                        String text, Span span) {
}
