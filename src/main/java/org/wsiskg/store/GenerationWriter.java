package org.wsiskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A generation of the store while a build writes it: a fresh TDB2 database in its own directory,
 * which no pointer names until {@link #commit}. A build writes it in one write transaction, graph by
 * graph as they are made ({@link #add}, or {@link #dataset()} for what it must replace), so nothing
 * of a graph stays in the build's memory once added; TDB2's bulk loaders were no faster here for
 * data that arrives a text at a time. Closing a writer that was not committed aborts and deletes the
 * generation, so a failed build leaves the store as it was.
 */
public final class GenerationWriter implements AutoCloseable {

    private final GraphStore store;
    private final Path directory;
    private final DatasetGraph tdb;
    private boolean done;

    GenerationWriter(GraphStore store, Path directory) {
        this.store = store;
        this.directory = directory;
        this.tdb = DatabaseMgr.connectDatasetGraph(directory.toString());
        tdb.begin(TxnType.WRITE);
    }

    /** The generation's directory, where a build may keep files of its own beside the database. */
    public Path directory() {
        return directory;
    }

    /** The database, inside the build's write transaction. */
    public DatasetGraph dataset() {
        return tdb;
    }

    /** Adds {@code graph} as the named graph {@code name}. */
    public void add(Node name, Graph graph) {
        graph.find().forEachRemaining(t -> tdb.add(Quad.create(name, t)));
    }

    /**
     * Makes this generation the store, remembering {@code fingerprint}: the transaction is committed,
     * the files let go, the marker written and the pointer switched with one atomic rename.
     */
    public void commit(String fingerprint) {
        try {
            tdb.commit();
            tdb.end();
            TDBInternal.expel(tdb);
            done = true;
            store.switchTo(directory, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the database go and, when it was not committed, deletes the generation. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            tdb.abort();
            tdb.end();
        } finally {
            TDBInternal.expel(tdb);
            GraphStore.deleteTree(directory);
        }
    }
}
