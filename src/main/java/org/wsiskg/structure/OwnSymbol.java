package org.wsiskg.structure;

import org.wsiskg.text.Span;

/**
 * A symbol the document prints as its own (a masthead or document-number line, a page title ending in one, the symbol at the
 * head of every page), written as the canonical symbol: its language suffix ({@code -C}, {@code -E}) cut off.
 */
public record OwnSymbol(String symbol, Span span) {
}
