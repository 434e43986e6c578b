package org.wsiskg.structure;

import org.wsiskg.text.Span;

/**
 * A footnote marker cut out of a paragraph: its footnote number ("3", or "*"), where it stood in
 * the paragraph's text ({@code offset}, the index of the character that followed it) and where it
 * is in the file.
 */
public record FootnoteMarker(String number, int offset, Span span) {
}
