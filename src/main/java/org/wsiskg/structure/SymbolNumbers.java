package org.wsiskg.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule of the UN symbol grammar that tells a symbol from a fragment: a symbol has a session or year and a serial
 * ({@code A/65/141}, {@code E/2012/5}), or at least one number of two digits ({@code ECOSOC/6218}). {@code E/2} and
 * {@code TCP/IP} are rejected. A serial has up to four digits, or five after a series of letters ({@code GA/10451}). Symbol lines of a header and symbols cited in a paragraph are held to the same rule.
 */
public final class SymbolNumbers {

    /**
     * The series that opens a symbol: capital letters ({@code A}, {@code E}, {@code TD}, {@code UNCTAD}), or the Summit's
     * own prefix with its year or phase ({@code WSIS-03}, {@code WSIS-05}, {@code WSIS-II}). Other conference prefixes of
     * that shape are the ITU's ({@code PP-14/20(Add.1)}, {@code WCIT-12/4}, {@code WTDC-17/2}): documents of the Union's
     * own conferences, numbered by it, not UN document symbols. The UN numbers its conferences' documents under an organ
     * ({@code A/CONF.157/23}). A series of one letter is a principal organ's: {@code A}, {@code E}, {@code S}, {@code T} (the
     * Trusteeship Council); another letter alone is another body's series ({@code 37 C/61}, a UNESCO General Conference
     * document).
     */
    public static final String SERIES = "(?:WSIS-(?:\\d{2}(?!\\d)|[IVX]{1,4}(?![A-Za-z]))|[AEST]|[A-Z]{2,10})";

    /**
     * A document type and its serial of three digits or more ending the symbol, the only number of series that number their
     * documents so ({@code LC/R.2144}, {@code LC/L.4321}, ECLAC's); a body's number there ({@code E/CN.16}) has fewer digits.
     */
    private static final Pattern DOTTED_SERIAL_AT_END = Pattern.compile("/[A-Z]{1,4}\\.\\d{3,5}$");

    /** A number component: after a slash or a hyphen, up to four digits, a letter at most after them, then the next part. */
    private static final Pattern NUMBER = Pattern.compile("[/\\-](\\d{1,5})(?=[A-Z]?(?:[/(\\s]|$))");

    /**
     * A five-digit serial follows a series of letters only, as press releases number theirs ({@code GA/10451},
     * {@code SG/SM/12345}); after a session or year it is a run of a garbled page footer ({@code A/74/12019}, where
     * {@code A/74/120} and a job number met).
     */
    private static final Pattern FIVE_DIGITS_AFTER_NUMBER = Pattern.compile("\\d/\\d{5}(?!\\d)");

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
        return (numbers >= 2 || twoDigits || DOTTED_SERIAL_AT_END.matcher(symbol).find())
                && !FIVE_DIGITS_AFTER_NUMBER.matcher(symbol).find();
    }

    private static final Pattern PART_SPACING = Pattern.compile("\\s?\\(Part\\s?");
    /** Web copies write the document type in lower case: {@code A/Res/60/1}, {@code A/HRC/res/26/13}. */
    private static final Pattern WEB_CASE = Pattern.compile("/(Res|res|Dec|dec)/");

    /**
     * A symbol as written, in its canonical form, for the citation and the own-symbol readers alike: one space before a part in
     * brackets ({@code A/CONF.157/24 (Part I)}), the document type in capitals ({@code A/Res/60/1} is A/RES/60/1), and the Human
     * Rights Council's series in full ({@code HRC/RES/32/13} is A/HRC/RES/32/13: the Council is a subsidiary body of the Assembly).
     */
    public static String canonical(String written) {
        String symbol = PART_SPACING.matcher(written).replaceAll(" (Part ");
        symbol = WEB_CASE.matcher(symbol).replaceAll(r -> "/" + r.group(1).toUpperCase(java.util.Locale.ROOT) + "/");
        return symbol.startsWith("HRC/") ? "A/" + symbol : symbol;
    }
}
