package org.wsiskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.source.FixtureFilesAccess;

/**
 * {@code build} on a folder of downloaded files: the readable ones are built, every error is
 * printed with its file and code, a summary closes the run, and the exit status says whether the
 * user has something to act on ({@code --strict}: warnings too).
 */
class BuildInputTest {

    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void errorsArePrintedTheRestIsBuiltAndTheStatusIsOne() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("downloads"));
        Files.copy(Path.of("data/corpus/zh/000_c9834f3814b4465f.txt"), corpus.resolve("a-res-65-141.txt"));
        FixtureFilesAccess.englishPdf(corpus.resolve("a-res-65-141-en.pdf"));
        Files.write(corpus.resolve("broken.pdf"), "%PDF-1.4\nnot a pdf at all".getBytes(StandardCharsets.US_ASCII));
        Files.write(corpus.resolve("empty.html"), new byte[0]);
        String store = temp.resolve("store").toString();

        CliRun build = run("build", "--corpus", corpus.toString(), "--store", store);
        assertEquals(1, build.status(), build.err());
        assertTrue(build.err().contains("wsis: error: " + corpus.resolve("broken.pdf").toString().replace('\\', '/')
                + ": CORRUPT_PDF: "), build.err());
        assertFalse(build.err().contains("wsis: error: " + corpus.resolve("empty.html")), "a warning is not an error line");
        assertTrue(build.err().contains("wsis: 2 files read, 2 skipped; 2 documents"), build.err());
        assertTrue(build.err().contains("[INPUT_ERRORS]"), build.err());
        assertFalse(build.err().contains("\tat "), "no stack trace");

        CliRun query = run("query", "documents", "--format", "csv", "--store", store);
        assertEquals(0, query.status(), query.err());
        assertTrue(query.out().contains("A/RES/65/141"), query.out());
    }

    @Test
    void warningsFailOnlyUnderStrict() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("texts"));
        Files.copy(Path.of("data/corpus/zh/000_c9834f3814b4465f.txt"), corpus.resolve("seed.txt"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        String store = temp.resolve("store").toString();
        CliRun lenient = run("build", "--corpus", corpus.toString(), "--store", store);
        assertEquals(0, lenient.status(), lenient.err());
        assertTrue(lenient.err().contains("1 files read, 1 skipped"), lenient.err());
        CliRun strict = run("build", "--strict", "--corpus", corpus.toString(), "--store", store);
        assertEquals(1, strict.status(), strict.err());
        assertTrue(strict.err().contains("wsis: warning: " + corpus.resolve("empty.txt").toString().replace('\\', '/')
                + ": EMPTY_FILE: the file is empty"), strict.err());
        assertTrue(strict.err().contains("[INPUT_WARNINGS]"), strict.err());
    }

    @Test
    void extractNamesEachSkippedFileAndWhy() throws IOException {
        Path seed = Files.copy(Path.of("data/corpus/zh/000_c9834f3814b4465f.txt"), temp.resolve("seed.txt"));
        Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
        Path note = Files.writeString(temp.resolve("note.txt"), "Lunch is at noon in the usual place; bring the slides.");
        CliRun extract = run("extract", seed.toString(), empty.toString(), note.toString());
        assertEquals(0, extract.status(), extract.err());
        assertTrue(extract.err().contains("wsis: skipped " + empty.toString().replace('\\', '/') + ": EMPTY_FILE "), extract.err());
        assertTrue(extract.err().contains("wsis: skipped " + note.toString().replace('\\', '/') + ": NOT_A_UN_TEXT "), extract.err());
        assertTrue(extract.err().contains("wsis: 1 files read, 2 skipped; 1 documents"), extract.err());
    }

    @Test
    void extractPrintsTheTextSpansIndexInto() throws IOException {
        Path pdf = FixtureFilesAccess.englishPdf(temp.resolve("r.pdf"));
        CliRun text = run("extract", "--format", "text", pdf.toString());
        assertEquals(0, text.status(), text.err());
        CliRun again = run("extract", "--format", "text", pdf.toString());
        assertEquals(text.out(), again.out());
        CliRun json = run("extract", pdf.toString());
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        int checked = 0;
        for (com.fasterxml.jackson.databind.JsonNode doc : report.findValues("references")) {
            for (com.fasterxml.jackson.databind.JsonNode ref : doc) {
                int start = ref.get("span").get(0).asInt();
                int end = ref.get("span").get(1).asInt();
                assertEquals(ref.get("text").asText(), text.out().substring(start, end));
                checked++;
            }
        }
        assertTrue(checked >= 10, json.out());
    }

    @Test
    void theSizeLimitIsAnOption() {
        CliRun r = run("extract", "--max-file-size", "1K", "data/corpus/zh/000_c9834f3814b4465f.txt");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("FILE_TOO_LARGE"), r.err());
        CliRun bad = run("extract", "--max-file-size", "lots", "data/corpus/zh/000_c9834f3814b4465f.txt");
        assertEquals(2, bad.status(), bad.err());
        assertTrue(bad.err().contains("BAD_FILE_SIZE"), bad.err());
    }
}
