package org.wsiskg.source;

import java.util.List;
import org.wsiskg.text.Origin;
import org.wsiskg.text.SourceText;

/**
 * A plain text file, in any encoding {@link TextDecoder} knows. Line ends stay as they are (the
 * normaliser unifies CRLF and CR). A file whose characters are largely control characters or
 * undecodable bytes is binary (an executable, an image, an archive): {@code BINARY_FILE}.
 */
final class PlainTextReader implements FormatReader {

    /** Above this share of control characters and U+FFFD in the text, the file is not text. */
    private static final double MOST_NON_TEXT = 0.05;

    @Override
    public SourceText read(String name, byte[] bytes) throws UnreadableFile {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        rejectBinary(decoded.text());
        return new SourceText(name, decoded.text(), decoded.malformedAt(), Origin.of(Format.TEXT.label(), bytes, List.of()));
    }

    static void rejectBinary(String text) throws UnreadableFile {
        long nonText = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw UnreadableFile.warning("BINARY_FILE", "the file holds NUL bytes: it is binary, not a text");
            }
            if (c == '\uFFFD' || (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                nonText++;
            }
        }
        if (nonText > text.length() * MOST_NON_TEXT) {
            throw UnreadableFile.warning("BINARY_FILE", nonText + " of its " + text.length()
                    + " characters are control characters or undecodable bytes: it is binary, not a text");
        }
    }
}
