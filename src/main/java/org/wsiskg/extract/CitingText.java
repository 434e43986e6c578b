package org.wsiskg.extract;

import org.wsiskg.text.Language;

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

    /**
     * The text's acting body: the one its header names, else the Economic and Social Council for a document of the Council's own
     * series ({@code E/2019/99}, {@code E/CN.16/2019/2}), where {@code resolution 1733 (LIV)} is the Council's. Only the Council's
     * series is read so: the General Assembly and Human Rights Council share the session-and-number shape, so their series says
     * less about a bare number than a reader would guess.
     */
    public static CitingText of(String headerActingBody, String ownSymbol, Language language) {
        if (headerActingBody != null || ownSymbol == null || !ownSymbol.startsWith("E/")) {
            return new CitingText(headerActingBody);
        }
        return new CitingText(language == Language.ZH ? "经济及社会理事会" : "Economic and Social Council");
    }
}
