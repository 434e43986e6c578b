package org.wsiskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: misuse gets one line and status 2; the main paths work end to end. */
class CommandLineTest {

    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void assertOneLineMisuse(CliRun r, String code) {
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(code), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void extractReportsAMissingFileAndStillReportsTheOthers() {
        CliRun r = run("extract", "--format", "json", "no/such/file.txt", "data/corpus/zh/000_c9834f3814b4465f.txt");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("wsis: error: no/such/file.txt: SOURCE_NOT_FOUND: no such file"), r.err());
        assertTrue(r.err().contains("1 files read, 1 skipped"), r.err());
        assertTrue(r.out().contains("000_c9834f3814b4465f.txt"), "the readable file is still reported");
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void extractOfADirectoryNamesItAsNotAFile() {
        CliRun r = run("extract", "--format", "json", "data/corpus");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("data/corpus: NOT_A_FILE: a directory, not a file"), r.err());
    }

    @Test
    void anUnknownOptionIsAOneLineUsageError() {
        assertOneLineMisuse(run("extract", "--format", "yaml", "data/corpus/zh/000_c9834f3814b4465f.txt"), "yaml");
    }

    @Test
    void anUnknownQueryNamesTheQueriesThereAre() {
        CliRun r = run("query", "no-such-query", "--store", temp.resolve("store").toString());
        assertOneLineMisuse(r, "QUERY_NOT_FOUND");
        assertTrue(r.err().contains("documents"), r.err());
    }

    @Test
    void aParameterTheQueryDoesNotHaveIsRefused() {
        assertOneLineMisuse(run("query", "cites", "--bind", "nosuch=1", "--store", temp.resolve("store").toString()),
                "UNKNOWN_PARAMETER");
    }

    @Test
    void queryingBeforeAnyBuildSaysToBuild() {
        assertOneLineMisuse(run("query", "documents", "--store", temp.resolve("none").toString()), "STORE_MISSING");
    }

    @Test
    void extractPrintsTheReportOfEachFile() {
        CliRun r = run("extract", "--format", "json", "data/corpus/zh/000_c9834f3814b4465f.txt");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"symbol\" : \"A/RES/65/141\""), r.out());
    }

    @Test
    void buildThenQueryAnswersFromTheStore() {
        String store = temp.resolve("store").toString();
        CliRun build = run("build", "--store", store);
        assertEquals(0, build.status(), build.err());
        assertTrue(build.err().contains("stored"), build.err());
        CliRun query = run("query", "cites", "--bind", "symbol=E/RES/2012/5", "--format", "csv", "--store", store);
        assertEquals(0, query.status(), query.err());
        assertTrue(query.out().startsWith("inParagraph,how,cited,"), query.out());
        assertTrue(query.out().contains("E/RES/2011/16"), query.out());
        CliRun rebuild = run("build", "--store", store);
        assertEquals(0, rebuild.status(), "a second build replaces the first: " + rebuild.err());
    }
}
