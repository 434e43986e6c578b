package org.wsiskg.text;

import java.util.Map;

/**
 * Decodes the HTML character references a web copy of a text keeps when its markup is stripped: {@code &amp;}, {@code &nbsp;},
 * {@code &#8211;}, {@code &#x2013;} and the named ones UN pages use for punctuation. Each decoded character is anchored to the
 * whole reference, so a span still quotes the file. An unknown name, a reference without its {@code ;} or a number that is no
 * character is left as written. One pass, each reference read at most {@link #LONGEST} characters ahead: linear in the text.
 */
final class HtmlEntities {

    /** The longest reference read: {@code &#x10FFFF;} and the longest name below fit. */
    private static final int LONGEST = 10;

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ensp", " "), Map.entry("emsp", " "),
            Map.entry("thinsp", " "), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("minus", "\u2212"),
            Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"), Map.entry("middot", "\u00B7"),
            Map.entry("bull", "\u2022"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"), Map.entry("shy", "\u00AD"),
            Map.entry("sect", "\u00A7"), Map.entry("para", "\u00B6"), Map.entry("deg", "\u00B0"), Map.entry("zwsp", "\u200B"),
            Map.entry("sup1", "\u00B9"), Map.entry("sup2", "\u00B2"), Map.entry("sup3", "\u00B3"));

    private HtmlEntities() {
    }

    static AnchoredText decode(AnchoredText text) {
        if (text.toString().indexOf('&') < 0) {
            return text;
        }
        AnchoredText.Builder out = text.toBuilder();
        String s = text.toString();
        int i = 0;
        while (i < s.length()) {
            int end = s.charAt(i) == '&' ? referenceEnd(s, i) : -1;
            String decoded = end < 0 ? null : decodeReference(s.substring(i + 1, end));
            if (decoded == null) {
                out.append(text, i);
                i++;
            } else {
                out.replace(text, i, end + 1, decoded);
                i = end + 1;
            }
        }
        return out.build();
    }

    /** The index of the {@code ;} closing a reference that starts at {@code amp}, or -1. */
    private static int referenceEnd(String s, int amp) {
        for (int k = amp + 1; k < s.length() && k <= amp + LONGEST; k++) {
            char c = s.charAt(k);
            if (c == ';') {
                return k > amp + 1 ? k : -1;
            }
            if (!(c == '#' && k == amp + 1) && !Character.isLetterOrDigit(c) || c > 127) {
                return -1;
            }
        }
        return -1;
    }

    private static String decodeReference(String body) {
        if (body.charAt(0) != '#') {
            return NAMED.get(body);
        }
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        String digits = body.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 7) {
            return null;
        }
        try {
            int cp = Integer.parseInt(digits, hex ? 16 : 10);
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
