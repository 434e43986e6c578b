package org.wsiskg.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.wsiskg.text.Corpus;

/**
 * What a store was built from: the content of every corpus file, the base IRI and the program
 * (the jar's size and time). The store keeps it, so {@code serve} can tell that the corpus or
 * the program has changed since and rebuild rather than serve a stale graph.
 */
public final class BuildFingerprint {

    private BuildFingerprint() {
    }

    public static String of(Path corpus, String baseIri) {
        MessageDigest sha = sha256();
        update(sha, "base " + baseIri);
        update(sha, "program " + programIdentity());
        for (Path file : Corpus.files(corpus)) {
            update(sha, "file " + Corpus.nameOf(corpus.relativize(file)));
            try {
                sha.update(ContentHash.digest(file));
            } catch (IOException e) {
                // The build reports the file; the fingerprint only has to change when it does.
                update(sha, "unreadable " + e.getClass().getSimpleName());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * What, besides the texts, decides the graph of every text: the program, the base IRI, the
     * size limit over which files are not read, and the corpus folder. An incremental build keeps a
     * text's graph from the previous build only when this is the same, since a text that did not
     * change would still give another graph. The folder is in it because the build knows a text by
     * its file name while its graph is named by its path below the folder: after a build of another
     * folder, names and graphs no longer match one to one, so the build starts afresh.
     */
    public static String options(String baseIri, long maxFileSize, Path corpus) {
        MessageDigest sha = sha256();
        update(sha, "base " + baseIri);
        update(sha, "corpus " + corpus.toAbsolutePath().normalize());
        update(sha, "program " + programIdentity());
        update(sha, "max-file-size " + maxFileSize);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The jar (or class directory) this code runs from, by size and modification time: cheap, and changes with every build. */
    private static String programIdentity() {
        try {
            Path code = Path.of(BuildFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis() : code.toString();
        } catch (URISyntaxException | IOException | SecurityException | NullPointerException e) {
            return "unknown";
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
