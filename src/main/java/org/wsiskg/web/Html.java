package org.wsiskg.web;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes HTML where every piece of text and every attribute value is escaped on the way in, so
 * that nothing read from the graph (titles, paragraph text, IRIs) can turn into markup. Elements
 * are opened and closed in order; {@link #close()} closes the innermost open one.
 * <p>A writer of our own rather than a template engine: the pages are few and are built from
 * query rows in Java, and a writer with no way to emit unescaped text is less to learn, ship
 * and review than an engine, its template language and its escaping settings.
 */
final class Html {

    private static final java.util.Set<String> VOID = java.util.Set.of("br", "hr", "img", "input", "link", "meta");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        start(tag, attributes);
        if (!VOID.contains(tag)) {
            open.push(tag);
        }
        return this;
    }

    Html close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    Html link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    Html text(String text) {
        if (text != null) {
            escape(text, out);
        }
        return this;
    }

    /** Closes every element still open and returns the document. */
    String finish() {
        while (!open.isEmpty()) {
            close();
        }
        return out.toString();
    }

    private void start(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + tag);
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], out);
            out.append('"');
        }
        out.append('>');
    }

    static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
