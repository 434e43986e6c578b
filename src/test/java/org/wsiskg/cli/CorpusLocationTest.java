package org.wsiskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IRIs of sources, graphs and documents come from a text's path below the corpus folder, wherever that folder
 * lies: the seed texts built from two folders of other names give the same IRIs, and none holds either folder's path.
 */
class CorpusLocationTest {

    private static final String IRIS = """
            SELECT DISTINCT ?iri WHERE {
              { GRAPH ?iri { ?s ?p ?o } } UNION { GRAPH ?g { ?iri ?p ?o } FILTER (isIRI(?iri)) }
            }
            """;

    @Test
    void theSameTextsInTwoFoldersGiveTheSameIris(@TempDir Path temp) throws IOException {
        Set<String> first = iris(temp, temp.resolve("one/texts"));
        Set<String> second = iris(temp, temp.resolve("two/downloads/wsis"));
        assertTrue(first.contains("https://w3id.org/wsis-kg/graph/zh/000_c9834f3814b4465f"), first.toString());
        assertEquals(first, second);
        assertFalse(first.stream().anyMatch(i -> i.contains("texts") || i.contains("junit")), first.toString());
    }

    private static Set<String> iris(Path temp, Path corpus) throws IOException {
        Files.createDirectories(corpus.resolve("zh"));
        try (Stream<Path> seeds = Files.list(Path.of("data/corpus/zh"))) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, corpus.resolve("zh").resolve(seed.getFileName()));
            }
        }
        String store = corpus.resolveSibling(corpus.getFileName() + "-store").toString();
        CliRun build = CliRun.of("build", "--corpus", corpus.toString(), "--store", store);
        assertEquals(0, build.status(), build.err());
        Path query = Files.writeString(temp.resolve("iris.rq"), IRIS);
        CliRun rows = CliRun.of("query", query.toString(), "--format", "tsv", "--store", store);
        assertEquals(0, rows.status(), rows.err());
        Set<String> iris = new TreeSet<>();
        for (String line : rows.out().split("\n")) {
            if (line.startsWith("<")) {
                iris.add(line.substring(1, line.indexOf('>')));
            }
        }
        return iris;
    }
}
