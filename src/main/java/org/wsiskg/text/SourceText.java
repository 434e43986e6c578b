package org.wsiskg.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A source file as decoded text. {@code name} is how reports and the graph refer to it (the path
 * as given, with forward slashes), {@code text} is what every span indexes into.
 *
 * <p>Files are read as UTF-8; a leading byte-order mark is not part of the text. Bytes that are
 * not UTF-8 become U+FFFD and {@code malformedAt} is the text offset of the first of them, so the
 * caller can report it instead of silently guessing another encoding. {@code origin} is the file
 * the text came from, which may be a PDF, Word or HTML file read by {@code org.wsiskg.source}.
 */
public record SourceText(String name, String text, int malformedAt, Origin origin) {

    public static final int WELL_FORMED = -1;

    /** Text extracted from a file that decoded without loss ({@code origin} says which file and format). */
    public static SourceText extracted(String name, String text, Origin origin) {
        return new SourceText(name, text, WELL_FORMED, origin);
    }

    public static SourceText read(Path file, String name) throws IOException {
        return decode(name, Files.readAllBytes(file));
    }

    public static SourceText decode(String name, byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) {
            strict.flush(out);
            return new SourceText(name, out.flip().toString(), WELL_FORMED, Origin.plainText(bytes));
        }
        int firstBad = out.position();
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return new SourceText(name, text, firstBad, Origin.plainText(bytes));
    }
}
