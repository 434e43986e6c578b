package org.wsiskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.text.SourceText;

/** A seed text saved in each usual encoding reads as the same text, with the same citations. */
class EncodingTest {

    private static final Path SEED = Path.of("data/corpus/zh/000_c9834f3814b4465f.txt");

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "GB18030", "GBK", "UTF-8 CRLF"})
    void everyEncodingGivesTheSameCitations(String encoding, @TempDir Path dir) throws IOException {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("seed.txt"), encode(text, encoding));
        SourceText read = new SourceReader().read(file, "seed.txt").text();
        String expected = encoding.endsWith("CRLF") ? text.replace("\n", "\r\n") : text;
        assertEquals(expected, read.text());
        assertEquals(SourceText.WELL_FORMED, read.malformedAt());
        DocumentExtraction d = new DocumentReader().read(read);
        DocumentExtraction utf8 = new DocumentReader().read(SourceText.decode("seed.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("zh", d.language());
        assertEquals(targets(utf8), targets(d));
    }

    private static List<String> targets(DocumentExtraction d) {
        return d.references().stream().map(r -> r.target() + " " + r.in()).toList();
    }

    private static byte[] encode(String text, String encoding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (encoding) {
            case "UTF-8 BOM" -> {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            case "UTF-16LE BOM" -> {
                out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
                out.write(text.getBytes(StandardCharsets.UTF_16LE));
            }
            case "UTF-16BE BOM" -> {
                out.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
                out.write(text.getBytes(StandardCharsets.UTF_16BE));
            }
            case "UTF-8 CRLF" -> out.write(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            case "UTF-8" -> out.write(text.getBytes(StandardCharsets.UTF_8));
            default -> out.write(text.getBytes(Charset.forName(encoding)));
        }
        return out.toByteArray();
    }

    @Test
    void latinOneBytesStayInvalidUtf8(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("latin.txt"),
                "General Assembly resolution 70/125, caf\u00E9 au lait\n".getBytes(StandardCharsets.ISO_8859_1));
        SourceText read = new SourceReader().read(file, "latin.txt").text();
        assertEquals(39, read.malformedAt());
    }
}
