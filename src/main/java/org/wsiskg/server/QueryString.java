package org.wsiskg.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict reading of {@code application/x-www-form-urlencoded} text (a URL's query string, a form
 * body): a {@code %} must be followed by two hex digits and the bytes must be UTF-8. Servlet
 * containers throw on such input deep inside {@code getParameter}; checking first gives a clear 400.
 */
final class QueryString {

    /** One name=value pair, decoded. */
    record Pair(String name, String value) {
    }

    private QueryString() {
    }

    /** What is wrong with {@code text}, or null when it is well-formed (or absent). */
    static String problem(String text) {
        if (text == null) {
            return null;
        }
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The pairs of {@code text} in order; throws IllegalArgumentException saying what is malformed. */
    static List<Pair> parse(String text) {
        List<Pair> pairs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pairs;
        }
        for (String part : text.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            pairs.add(new Pair(decode(name), decode(value)));
        }
        return pairs;
    }

    /** The first value of {@code name}, or null. */
    static String first(List<Pair> pairs, String name) {
        for (Pair p : pairs) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    static boolean has(List<Pair> pairs, String name) {
        return first(pairs, name) != null;
    }

    private static String decode(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("'%' at position " + i + " is not followed by two hex digits");
                }
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 3;
            } else if (c == '+') {
                bytes.write(' ');
                i++;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the percent-encoded bytes are not UTF-8");
        }
    }
}
