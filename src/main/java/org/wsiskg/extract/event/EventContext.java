package org.wsiskg.extract.event;

/**
 * What an extractor may know about the document beyond the paragraph: the year the document was
 * adopted (or the year its General Assembly session opened), or null when unknown, against which
 * dates with no year and extensions counted in years are read; and, for the bare 委员会 and 工作组
 * of a paragraph, whether the commission named last before it is the CSTD and whether the working
 * group named last is the working group on enhanced cooperation.
 */
public record EventContext(Integer documentYear, boolean commissionIsCstd, boolean workingGroupIsWgec) {

    /** A context with no commission or working group named before. */
    public EventContext(Integer documentYear) {
        this(documentYear, false, false);
    }
}
