package org.wsiskg.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule of the UN symbol grammar that tells a symbol from a fragment: a symbol has a session or year and a serial
 * ({@code A/65/141}, {@code E/2012/5}), or at least one number of two digits ({@code ECOSOC/6218}). {@code E/2} and
 * {@code TCP/IP} are rejected. Symbol lines of a header and symbols cited in a paragraph are held to the same rule.
 */
public final class SymbolNumbers {

    /** A number component: after a slash or a hyphen, up to four digits, a letter at most after them, then the next part. */
    private static final Pattern NUMBER = Pattern.compile("[/\\-](\\d{1,4})(?=[A-Z]?(?:[/(\\s]|$))");

    private SymbolNumbers() {
    }

    /** Whether {@code symbol}, as written, has the numbers a document symbol has. */
    public static boolean numbered(String symbol) {
        int numbers = 0;
        boolean twoDigits = false;
        Matcher n = NUMBER.matcher(symbol);
        while (n.find()) {
            numbers++;
            twoDigits |= n.group(1).length() >= 2;
        }
        return numbers >= 2 || twoDigits;
    }
}
