package org.wsiskg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.wsiskg.store.GraphStore;

/**
 * What Jena alone takes for the same data: the built store's quads written as N-Quads (not timed),
 * then loaded from that file into a fresh TDB2 database by TDB2's own bulk loader (the one
 * {@code tdb2.tdbloader} runs by default), timed from the parse of the file to the end of indexing.
 */
final class PlainLoad {

    record Result(long quads, double seconds, long nquadsBytes) {
    }

    private PlainLoad() {
    }

    static Result measure(Dataset built, Path workDir, Consumer<String> progress) {
        try {
            Files.createDirectories(workDir);
            Path nquads = workDir.resolve("export.nq");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 20)) {
                Txn.executeRead(built, () -> RDFDataMgr.write(out, built.asDatasetGraph(), Lang.NQUADS));
            }
            progress.accept("exported the store as N-Quads (" + Files.size(nquads) / (1024 * 1024) + " MiB); loading it with TDB2's loader");
            Path fresh = workDir.resolve("tdb2-plain");
            GraphStore.deleteTree(fresh);
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(fresh.toString());
            long t0 = System.nanoTime();
            DataLoader loader = LoaderFactory.createLoader(tdb, (fmt, args) -> { });
            long quads;
            loader.startBulk();
            try {
                loader.load(List.of(nquads.toString()));
                loader.finishBulk();
                quads = loader.countQuads();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            TDBInternal.expel(tdb);
            long size = Files.size(nquads);
            GraphStore.deleteTree(fresh);
            Files.delete(nquads);
            return new Result(quads, seconds, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
