package org.wsiskg.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The file a text was extracted from: its format ({@code text}, {@code pdf}, {@code docx},
 * {@code doc}, {@code html}), its size in bytes and the SHA-256 of its bytes, so that the graph
 * names exactly which download a span quotes; and, for a paged format, the offset in the text at
 * which each page starts ({@code pageStarts.get(0) == 0}), so a quote can name its page.
 */
public record Origin(String format, long size, String sha256, List<Integer> pageStarts) {

    public Origin {
        pageStarts = List.copyOf(pageStarts);
    }

    /** A file of {@code format} whose bytes are {@code bytes}, with pages starting at {@code pageStarts}. */
    public static Origin of(String format, byte[] bytes, List<Integer> pageStarts) {
        return new Origin(format, bytes.length, sha256(bytes), pageStarts);
    }

    /** A plain text file (no pages). */
    public static Origin plainText(byte[] bytes) {
        return of("text", bytes, List.of());
    }

    /** A text given as a string (tests, generated texts): its UTF-8 bytes stand for the file. */
    public static Origin plainText(String text) {
        return plainText(text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean paged() {
        return !pageStarts.isEmpty();
    }

    /** The 1-based page on which text offset {@code offset} stands; 0 for a text without pages. */
    public int pageAt(int offset) {
        if (pageStarts.isEmpty()) {
            return 0;
        }
        int i = Collections.binarySearch(pageStarts, offset);
        return i >= 0 ? i + 1 : Math.max(1, -i - 1);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
