package org.wsiskg.structure;

import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Span;

/**
 * A symbol the document prints as its own (a masthead or document-number line, a page title ending in one, the symbol at the
 * head of every page), written as the canonical symbol: its language suffix ({@code -C}, {@code -E}) cut off.
 */
public record OwnSymbol(String symbol, Span span) {

    /** The symbol {@code found} in {@code line} of {@code text}, spanned in the file. */
    static OwnSymbol in(AnchoredText text, Line line, SymbolLines.Found found) {
        return new OwnSymbol(found.symbol(), text.originalSpan(line.start() + found.start(), line.start() + found.end()));
    }
}
