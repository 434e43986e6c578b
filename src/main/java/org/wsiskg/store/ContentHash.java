package org.wsiskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes: what tells an incremental build that a source text has not changed
 * since the last build, and what the build fingerprint is made of. Read in blocks, so a file over
 * the build's size limit is still hashed in little memory.
 */
final class ContentHash {

    private ContentHash() {
    }

    static byte[] digest(Path file) throws IOException {
        MessageDigest d = BuildFingerprint.sha256();
        byte[] block = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                d.update(block, 0, n);
            }
        }
        return d.digest();
    }

    /** The digest in hex; a file that cannot be read has none (empty), so it is read again by the build, which reports it. */
    static String of(Path file) {
        try {
            return HexFormat.of().formatHex(digest(file));
        } catch (IOException e) {
            return "";
        }
    }
}
