package org.wsiskg.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a text file as characters, in the encodings texts of the UN's languages come in:
 * <ol>
 *   <li>a byte-order mark says the encoding: UTF-8 ({@code EF BB BF}), UTF-16 little-endian
 *       ({@code FF FE}) or big-endian ({@code FE FF}); the mark is not part of the text;</li>
 *   <li>without a mark, bytes that are valid UTF-8 are UTF-8;</li>
 *   <li>else bytes that are valid GB18030 (which holds GBK and GB2312) are GB18030, the usual
 *       encoding of Chinese texts outside the web: its two- and four-byte sequences are strict
 *       enough that Latin-1 or random bytes are not mistaken for it;</li>
 *   <li>else the text is read as UTF-8 with U+FFFD for the bad bytes, and {@code malformedAt}
 *       says where the first one is (the reader reports {@code INVALID_UTF8}).</li>
 * </ol>
 * A text whose bytes stop inside a character (an odd number of UTF-16 bytes, UTF-8 cut inside a
 * sequence) is truncated: a download or copy that did not finish.
 */
final class TextDecoder {

    /** Characters decoded from a file, the encoding they were read in, and the first malformed offset or -1. */
    record Decoded(String text, String encoding, int malformedAt) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws UnreadableFile {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            if (bytes.length % 2 != 0) {
                throw UnreadableFile.error("TRUNCATED_TEXT",
                        "a UTF-16 text with an odd number of bytes: it stops inside a character");
            }
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            String text = strict(utf16, bytes, 2);
            if (text == null) {
                throw UnreadableFile.error("INVALID_UTF16", "the byte-order mark says UTF-16, but the bytes are not UTF-16");
            }
            return new Decoded(text, utf16.name(), -1);
        }
        Decoded utf8 = utf8(bytes, 0);
        if (utf8.malformedAt() < 0) {
            return utf8;
        }
        String gb = strict(GB18030, bytes, 0);
        if (gb != null) {
            return new Decoded(gb, GB18030.name(), -1);
        }
        return utf8;
    }

    private static Decoded utf8(byte[] bytes, int from) throws UnreadableFile {
        String text = strict(StandardCharsets.UTF_8, bytes, from);
        if (text != null) {
            return new Decoded(text, "UTF-8", -1);
        }
        if (cutInsideLastCharacter(bytes) && strict(StandardCharsets.UTF_8, trimLastCharacter(bytes), from) != null) {
            throw UnreadableFile.error("TRUNCATED_TEXT", "the UTF-8 text stops inside a character: the file is cut off");
        }
        String lenient = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        return new Decoded(lenient, "UTF-8", firstMalformed(bytes, from));
    }

    /** True when the file ends with the lead (and some continuation bytes) of a UTF-8 sequence that needs more. */
    private static boolean cutInsideLastCharacter(byte[] b) {
        for (int back = 1; back <= Math.min(3, b.length); back++) {
            int c = b[b.length - back] & 0xFF;
            if ((c & 0xC0) == 0xC0) {
                int needed = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                return back < needed;
            }
            if ((c & 0xC0) != 0x80) {
                return false;
            }
        }
        return false;
    }

    private static byte[] trimLastCharacter(byte[] b) {
        int end = b.length;
        while (end > 0 && (b[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        return java.util.Arrays.copyOf(b, Math.max(0, end - 1));
    }

    private static int firstMalformed(byte[] bytes, int from) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        d.decode(ByteBuffer.wrap(bytes, from, bytes.length - from), out, true);
        return out.position();
    }

    private static String strict(Charset charset, byte[] bytes, int from) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
