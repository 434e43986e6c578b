package org.wsiskg.extract;

/**
 * What the citing text says of itself that decides how a citation in it is read: the body acting
 * in it, as its header names it ({@code 大会}, {@code 人权理事会}, {@code The Human Rights Council}),
 * or null when the header names none. A resolution number cited with no body named is the acting
 * body's ({@code Recalling its resolutions 12/16 …} in a Human Rights Council text is the
 * council's), as a reader of that text reads it.
 */
public record CitingText(String actingBody) {

    /** A text whose header names no acting body. */
    public static final CitingText UNKNOWN = new CitingText(null);
}
