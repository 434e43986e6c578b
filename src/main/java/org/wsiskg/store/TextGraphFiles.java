package org.wsiskg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The part of each text's graph that its text alone gives, kept as a file in the generation
 * ({@code texts/<hash of the source name>.rt.gz}, RDF Thrift, gzipped) beside the database. The next
 * build copies an unchanged text's graph from there rather than out of the previous database, which
 * a running server holds open (TDB2 lets one process at a time open a database), and without
 * reading the text again. The files never change once written, so a copy is a hard link where the
 * file system allows it.
 */
final class TextGraphFiles {

    static final String DIRECTORY = "texts";

    private TextGraphFiles() {
    }

    /** The file name of the text {@code source}'s graph. */
    static String nameOf(String source) {
        byte[] digest = BuildFingerprint.sha256().digest(source.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16) + ".rt.gz";
    }

    static void write(Path generation, String name, Graph graph) {
        try {
            Path dir = Files.createDirectories(generation.resolve(DIRECTORY));
            // The name may be a hard link to the last generation's file: a new file, never that one rewritten.
            Files.deleteIfExists(dir.resolve(name));
            try (OutputStream out = new BufferedOutputStream(new FastGzip(Files.newOutputStream(dir.resolve(name))), 1 << 16)) {
                RDFDataMgr.write(out, graph, Lang.RDFTHRIFT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Graph read(Path generation, String name) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(
                generation.resolve(DIRECTORY).resolve(name)), 1 << 16))) {
            RDFParser.source(in).lang(Lang.RDFTHRIFT).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    static boolean exists(Path generation, String name) {
        return Files.isRegularFile(generation.resolve(DIRECTORY).resolve(name));
    }

    /** Puts the file {@code name} of generation {@code from} into generation {@code to}: a hard link, else a copy. */
    static void keep(Path from, Path to, String name) {
        try {
            Path dir = Files.createDirectories(to.resolve(DIRECTORY));
            Path source = from.resolve(DIRECTORY).resolve(name);
            try {
                Files.createLink(dir.resolve(name), source);
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.copy(source, dir.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gzip at the fastest level: the files are read back once per build, and size matters less than time. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
