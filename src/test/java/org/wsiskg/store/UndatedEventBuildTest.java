package org.wsiskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.text.Corpus;

/**
 * A session that neither its text nor the body's annual series dates (the CSTD's sixth session: the Commission met every
 * other year then) is reported and left out of the graph, and the build goes on: the graph's shapes want a year for every
 * event, and no input may stop a build.
 */
class UndatedEventBuildTest {

    @Test
    void anUndatedSessionIsReportedAndTheBuildGoesOn(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("cstd-sixth-session.txt"), String.join("\n",
                "Commission on Science and Technology for Development, sixth session", "",
                "At the Commission's sixth session, the debate will include technology transfer. The Commission will review"
                        + " progress made since its fifth session in 2001.", ""), StandardCharsets.UTF_8);
        CorpusBuild build = new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), line -> { });
        List<DocumentExtraction> read = build.extract(Corpus.files(corpus));
        assertTrue(read.get(0).issues().stream().anyMatch(i -> i.code().equals("EVENT_YEAR_UNKNOWN")), read.get(0).issues().toString());
        assertTrue(read.get(0).events().stream().anyMatch(e -> e.ordinal() == 5 && Integer.valueOf(2001).equals(e.year())),
                "the fifth session is dated by the year after it: " + read.get(0).events());
        GraphStore store = new GraphStore(dir.resolve("store"));
        build.buildStore(corpus, store, "test");
        assertEquals(true, Files.isDirectory(dir.resolve("store")), "the store was built");
    }
}
