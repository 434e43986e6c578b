package org.wsiskg.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a document read from a structured format (Word, HTML) in the layout the structure step
 * reads in converted texts: one paragraph per line with a blank line between paragraphs; a
 * footnote reference as its number in superscript digits where it stands ({@code 决议³}); the
 * footnote bodies after the paragraphs, each on its own line opened by its superscript number
 * ({@code ³ 见 A/C.2/59/3。}). Footnotes are numbered 1, 2, 3 … in the order they are first
 * referenced, as Word shows them, whatever ids the file gives them.
 */
final class FootnoteLayout {

    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final StringBuilder body = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    /** Footnote key (the file's id) → number shown, in order of first reference. */
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, String> footnoteTexts = new LinkedHashMap<>();

    void text(String s) {
        paragraph.append(s);
    }

    /** A reference to footnote {@code key} at the current place in the paragraph. */
    void footnoteReference(String key) {
        int n = numbers.computeIfAbsent(key, k -> numbers.size() + 1);
        paragraph.append(superscript(n));
    }

    void endParagraph() {
        String line = paragraph.toString().replace('\n', ' ').strip();
        paragraph.setLength(0);
        if (!line.isEmpty()) {
            body.append(line).append("\n\n");
        }
    }

    void footnote(String key, String text) {
        footnoteTexts.put(key, text.replace('\n', ' ').strip());
    }

    boolean hasReference(String key) {
        return numbers.containsKey(key);
    }

    String build() {
        endParagraph();
        StringBuilder out = new StringBuilder(body);
        List<String> keys = new ArrayList<>(numbers.keySet());
        for (String key : keys) {
            String text = footnoteTexts.get(key);
            if (text != null && !text.isEmpty()) {
                out.append(superscript(numbers.get(key))).append(' ').append(text).append("\n\n");
            }
        }
        return out.toString();
    }

    static String superscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(SUPERSCRIPT.charAt(c - '0'));
        }
        return b.toString();
    }
}
