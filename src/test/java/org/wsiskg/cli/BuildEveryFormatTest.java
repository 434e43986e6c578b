package org.wsiskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.source.FixtureFilesAccess;

/**
 * {@code ./wsis build} on a folder holding one resolution as a converted text, a PDF, a {@code .docx},
 * an old {@code .doc} and a web page: five sources in the store, each read as the same document, and
 * the citations of each (target, citing paragraph, function) the same as those of the text.
 */
class BuildEveryFormatTest {

    private static final String CITATIONS = """
            PREFIX wsis: <https://w3id.org/wsis-kg/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?g ?target ?paragraph ?function WHERE {
              GRAPH ?g {
                ?c wsis:citedDocument/wsis:symbol ?target ;
                   cito:hasCitingEntity ?paragraph .
                OPTIONAL { ?c wsis:citingFunction/skos:notation ?function }
              }
            }
            """;

    @Test
    void fiveFormatsGiveFiveDocumentsWhoseCitationsAgree(@TempDir Path temp) throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("downloads"));
        FixtureFilesAccess.englishInEveryFormat(corpus);
        String store = temp.resolve("store").toString();

        CliRun build = CliRun.of("build", "--corpus", corpus.toString(), "--store", store);
        assertEquals(0, build.status(), build.err());
        assertTrue(build.err().contains("5 files read, 0 skipped; 5 documents"), build.err());

        Path query = Files.writeString(temp.resolve("citations.rq"), CITATIONS);
        CliRun rows = CliRun.of("query", query.toString(), "--format", "tsv", "--store", store);
        assertEquals(0, rows.status(), rows.err());
        Map<String, Set<String>> bySource = new TreeMap<>();
        for (String line : rows.out().split("\n")) {
            String[] cells = line.split("\t", -1);
            if (!cells[0].startsWith("<")) {
                continue;
            }
            // The graph is named after its file, a .txt without its extension (graph/…/resolution.pdf, graph/…/resolution).
            String file = cells[0].substring(cells[0].lastIndexOf('/') + 1, cells[0].length() - 1);
            String format = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "txt";
            bySource.computeIfAbsent(format, f -> new TreeSet<>()).add(cells[1] + " in " + cells[2] + " as " + cells[3]);
        }
        assertEquals(Set.of("txt", "pdf", "docx", "doc", "html"), bySource.keySet(), rows.out());
        Set<String> fromText = bySource.get("txt");
        assertTrue(fromText.size() >= 8, fromText.toString());
        bySource.forEach((format, citations) -> assertEquals(fromText, citations, format + " against txt"));
    }
}
