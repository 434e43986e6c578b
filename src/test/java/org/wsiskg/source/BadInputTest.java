package org.wsiskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.store.CorpusBuild;
import org.wsiskg.text.Corpus;

/**
 * Every kind of file that is not a readable UN text gives one problem naming the file, with its
 * own code, and stays out of the graph; the good texts beside it are all read.
 */
class BadInputTest {

    private static final String SEED = "data/corpus/zh/000_c9834f3814b4465f.txt";

    @Test
    void eachBadFileGivesOneProblemAndTheOthersAreRead(@TempDir Path dir) throws IOException {
        SyntheticResolution r = SyntheticResolution.english();
        FixtureFiles.pdf(r, dir.resolve("good.pdf"));
        Files.copy(Path.of(SEED), dir.resolve("good.txt"));
        Files.write(dir.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer garbage"
                .getBytes(StandardCharsets.US_ASCII));
        FixtureFiles.encryptedPdf(r, dir.resolve("encrypted.pdf"), "secret");
        zip(dir.resolve("archive.docx"));
        Files.writeString(dir.resolve("empty-body.html"), "<!DOCTYPE html><html><head><title>United Nations</title>"
                + "<script>render()</script></head><body><nav>Home</nav></body></html>");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 % 256);
        }
        Files.write(dir.resolve("program.bin"), binary);
        Files.writeString(dir.resolve("notes.txt"), "Shopping list: bread, milk, eggs.\nCall the plumber on Monday.\n");
        byte[] seed = Files.readAllBytes(Path.of(SEED));
        Files.write(dir.resolve("truncated.txt"), Arrays.copyOf(seed, lastLeadByte(seed) + 1));
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));

        CorpusBuild build = new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), line -> { });
        Corpus.Listing listing = Corpus.listing(dir);
        assertEquals(List.of("DANGLING_LINK"), listing.unlisted().stream().map(Corpus.Unlisted::code).toList());
        List<DocumentExtraction> docs = build.extract(listing.files());

        assertEquals(List.of("good.pdf", "good.txt"), docs.stream().map(d -> Path.of(d.source()).getFileName().toString()).toList());
        Map<String, String> codes = new TreeMap<>();
        for (String line : build.summary().errorLines()) {
            codes.put(Path.of(line.substring(0, line.indexOf(':'))).getFileName().toString(), line.split(": ")[1]);
        }
        for (String line : build.summary().warningLines()) {
            if (!line.contains("good.")) {
                codes.put(Path.of(line.substring(0, line.indexOf(':'))).getFileName().toString(), line.split(": ")[1]);
            }
        }
        assertEquals(Map.of("corrupt.pdf", "CORRUPT_PDF", "encrypted.pdf", "ENCRYPTED_PDF", "archive.docx", "UNSUPPORTED_FORMAT",
                "empty-body.html", "NO_BODY_TEXT", "empty.txt", "EMPTY_FILE", "program.bin", "BINARY_FILE",
                "notes.txt", "NOT_A_UN_TEXT", "truncated.txt", "TRUNCATED_TEXT"), codes);
        assertEquals(8, build.summary().skippedFiles());
        assertTrue(build.summary().line().startsWith("2 files read, 8 skipped; 2 documents"), build.summary().line());
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead(@TempDir Path dir) throws IOException {
        Path big = Files.copy(Path.of(SEED), dir.resolve("big.txt"));
        SourceReading reading = new SourceReader(1024).read(big, "big.txt");
        assertEquals("FILE_TOO_LARGE", reading.problem().code());
        assertTrue(reading.problem().message().contains("over the limit of 1024"), reading.problem().message());
        assertTrue(new SourceReader().read(big, "big.txt").text() != null);
    }

    @Test
    void aScanWithoutTextIsNoTextLayer(@TempDir Path dir) throws IOException {
        Path scan = dir.resolve("scan.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            pdf.save(scan.toFile());
        }
        assertEquals("NO_TEXT_LAYER", new SourceReader().read(scan, "scan.pdf").problem().code());
    }

    @Test
    void aPdfNamedTxtIsReadAsAPdf(@TempDir Path dir) throws IOException {
        Path pdf = FixtureFiles.pdf(SyntheticResolution.english(), dir.resolve("resolution.txt"));
        assertEquals("pdf", new SourceReader().read(pdf, "resolution.txt").text().origin().format());
    }

    @Test
    void anOle2FileWithoutWordIsUnsupportedAndABrokenOneIsCorrupt(@TempDir Path dir) throws IOException {
        Path sheet = dir.resolve("sheet.doc");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             OutputStream out = Files.newOutputStream(sheet)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "Workbook");
            fs.writeFilesystem(out);
        }
        assertEquals("UNSUPPORTED_FORMAT", new SourceReader().read(sheet, "sheet.doc").problem().code());
        byte[] broken = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 1024);
        Path doc = Files.write(dir.resolve("broken.doc"), broken);
        assertEquals("CORRUPT_DOC", new SourceReader().read(doc, "broken.doc").problem().code());
    }

    private static int lastLeadByte(byte[] b) {
        int i = b.length - 1;
        while ((b[i] & 0xC0) != 0xC0) {
            i--;
        }
        return i;
    }

    private static void zip(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("General Assembly resolution 70/125".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
