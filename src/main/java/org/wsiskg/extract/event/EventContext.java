package org.wsiskg.extract.event;

/**
 * What an extractor may know about the document beyond the paragraph: the year the document was
 * adopted (or the year its General Assembly session opened), or null when unknown. Dates with no
 * year and mandate extensions counted in years are read against it.
 */
public record EventContext(Integer documentYear) {
}
