package org.wsiskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.wsiskg.WsisException;

/**
 * The persistent TDB2 store at one directory. {@link #replace} writes a complete new store in a
 * sibling directory and only then swaps it in, so the previous store stays usable until the new
 * one is complete, and a failed build leaves it untouched. Queries see the union of all named
 * graphs as the default graph.
 */
public final class GraphStore {

    private static final String COMPLETE_MARKER = "wsis-store-complete";

    private final Path directory;

    public GraphStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** True when a complete store is there. */
    public boolean exists() {
        return Files.isRegularFile(directory.resolve(COMPLETE_MARKER));
    }

    /** The fingerprint of what the store was built from, or empty when there is no complete store. */
    public java.util.Optional<String> fingerprint() {
        try {
            return exists() ? java.util.Optional.of(Files.readString(directory.resolve(COMPLETE_MARKER)).strip())
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Writes {@code content} as the new store and swaps it in. */
    public void replace(DatasetGraph content) {
        replace(content, "complete");
    }

    /** Writes {@code content} as the new store, remembering {@code fingerprint}, and swaps it in. */
    public void replace(DatasetGraph content, String fingerprint) {
        Path parent = directory.getParent();
        Path fresh = parent.resolve(directory.getFileName() + ".new");
        Path old = parent.resolve(directory.getFileName() + ".old");
        try {
            Files.createDirectories(parent);
            deleteTree(fresh);
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(fresh.toString());
            try {
                tdb.executeWrite(() -> content.find().forEachRemaining(q -> {
                    if (!q.isDefaultGraph()) {
                        tdb.add(q);
                    } else {
                        tdb.add(Quad.create(Quad.defaultGraphIRI, q.asTriple()));
                    }
                }));
            } finally {
                TDBInternal.expel(tdb);
            }
            Files.writeString(fresh.resolve(COMPLETE_MARKER), fingerprint + "\n");
            deleteTree(old);
            if (Files.exists(directory)) {
                move(directory, old);
            }
            move(fresh, directory);
            deleteTree(old);
        } catch (IOException e) {
            throw new WsisException("STORE_WRITE_FAILED", "cannot write the store at " + directory + ": " + e.getMessage(),
                    WsisException.FAILURE, e);
        }
    }

    /** Opens the store for reading; the default graph is the union of the named graphs. */
    public Dataset open() {
        if (!exists()) {
            throw new WsisException("STORE_MISSING", "no store at " + directory + "; run './wsis build' first",
                    WsisException.USAGE);
        }
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(directory.toString());
        } catch (DBOpEnvException | OverlappingFileLockException e) {
            // TDB2 lets one process at a time hold a store (another part of this one overlaps the same
            // lock); the usual holder is a running serve.
            throw new WsisException("STORE_IN_USE", "the store at " + directory + " is already open ("
                    + (e.getMessage() == null ? "locked" : e.getMessage())
                    + "); stop './wsis serve' first, or ask its endpoint at /wsis/sparql", WsisException.USAGE, e);
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    /** Lets go of the store's files, so it can be replaced or deleted. */
    public static void close(Dataset dataset) {
        TDBInternal.expel(dataset.asDatasetGraph());
    }


    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
