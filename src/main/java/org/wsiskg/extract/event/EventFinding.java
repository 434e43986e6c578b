package org.wsiskg.extract.event;

/**
 * Something an extractor could read only in part (a place the gazetteer does not know, a date that
 * took its year from the context ...), at {@code [from, to)} of the paragraph text; becomes an
 * issue of the document.
 */
public record EventFinding(String code, String message, int from, int to) {
}
