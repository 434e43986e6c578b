package org.wsiskg.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wsiskg.extract.Issue;
import org.wsiskg.rdf.TextSummary;

/**
 * What a generation was built from, text by text, kept beside its database ({@code build.json}) so
 * the next build can keep what did not change: the {@link BuildFingerprint#options options} the
 * build ran with and, for each text, the SHA-256 of its file, where its own graph is kept
 * ({@link TextGraphFiles}), how it named its preambular paragraphs, what the reading counted (so
 * the closing counts and every issue are reported again), and its {@link TextSummary}, from which
 * the cross-text part is derived anew; and how many quads the generation holds, which an
 * incremental build carries on rather than count them all again.
 */
public record BuildManifest(String options, long quads, List<Entry> texts) {

    static final String FILE = "build.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One text of the corpus as the build wrote it. */
    public record Entry(String source, String sha256, String graphFile, boolean preamblesApart, int citations,
                        List<Issue> issues, TextSummary summary) {

        public Entry {
            issues = List.copyOf(issues);
        }

        Entry withPreamblesApart(boolean apart) {
            return new Entry(source, sha256, graphFile, apart, citations, issues, summary);
        }
    }

    public BuildManifest {
        texts = List.copyOf(texts);
    }

    /** The manifest of {@code generation}; empty when it has none (built by a whole-graph build, or damaged). */
    static Optional<BuildManifest> read(Path generation) {
        Path file = generation.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), BuildManifest.class));
        } catch (IOException e) {
            // A manifest that cannot be read only costs the next build its shortcut: it reads every text.
            return Optional.empty();
        }
    }

    void write(Path generation) throws IOException {
        JSON.writeValue(generation.resolve(FILE).toFile(), this);
    }

    /** The entries by source name. */
    Map<String, Entry> bySource() {
        Map<String, Entry> out = new HashMap<>();
        texts.forEach(e -> out.put(e.source(), e));
        return out;
    }
}
