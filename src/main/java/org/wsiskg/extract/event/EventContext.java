package org.wsiskg.extract.event;

/**
 * What an extractor may know about the document beyond the paragraph: the year the document was
 * adopted (or the year its General Assembly session opened), or null when unknown, against which
 * dates with no year and extensions counted in years are read; and whether the last commission
 * named in the paragraphs before this one is the CSTD, which a bare 委员会 then stands for.
 */
public record EventContext(Integer documentYear, boolean commissionIsCstd) {

    /** A context with no commission named before. */
    public EventContext(Integer documentYear) {
        this(documentYear, false);
    }
}
