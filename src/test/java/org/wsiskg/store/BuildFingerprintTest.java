package org.wsiskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store's fingerprint follows the corpus content and the base IRI, and nothing else. */
class BuildFingerprintTest {

    @TempDir
    Path corpus;

    @Test
    void changesWithTheContentOfAFileTheSetOfFilesAndTheBase() throws IOException {
        Files.createDirectories(corpus.resolve("zh"));
        Files.writeString(corpus.resolve("zh/a.txt"), "大会，\n 回顾其第 65/141 号决议，\n");
        String first = BuildFingerprint.of(corpus, "https://w3id.org/wsis-kg/");
        assertEquals(first, BuildFingerprint.of(corpus, "https://w3id.org/wsis-kg/"), "same input, same fingerprint");
        assertNotEquals(first, BuildFingerprint.of(corpus, "https://example.org/kg/"));
        Files.writeString(corpus.resolve("zh/a.txt"), "大会，\n 回顾其第 65/142 号决议，\n");
        String edited = BuildFingerprint.of(corpus, "https://w3id.org/wsis-kg/");
        assertNotEquals(first, edited);
        Files.writeString(corpus.resolve("zh/b.txt"), "大会，\n");
        assertNotEquals(edited, BuildFingerprint.of(corpus, "https://w3id.org/wsis-kg/"));
    }

    @Test
    void theStoreRemembersTheFingerprintItWasBuiltWith(@TempDir Path dir) {
        GraphStore store = new GraphStore(dir.resolve("store"));
        assertEquals(java.util.Optional.empty(), store.fingerprint());
        store.replace(org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem(), "abc123");
        assertEquals(java.util.Optional.of("abc123"), store.fingerprint());
    }
}
