package org.wsiskg.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Graph;

/** A graph's content as {@code sha256:…} of its {@link SortedNTriples}: equal digests, equal graphs. */
final class GraphDigest {

    private GraphDigest() {
    }

    static String of(Graph graph) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SortedNTriples.of(graph)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
