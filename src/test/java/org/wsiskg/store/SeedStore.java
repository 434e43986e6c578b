package org.wsiskg.store;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.text.Corpus;

/**
 * The seed corpus ({@code data/corpus}) built the way {@code wsis build} builds it, into an
 * in-memory TDB2 dataset whose default graph is the union of the named graphs, as the served
 * store's is: so tests query exactly what a user queries.
 */
public final class SeedStore {

    private SeedStore() {
    }

    public static Dataset build() {
        return build(Path.of("data/corpus"));
    }

    /** Any corpus directory, built the same way (tests that need texts of their own). */
    public static Dataset build(Path corpus) {
        CorpusBuild build = new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), line -> { });
        DatasetGraph content = build.dataset(build.extract(Corpus.files(corpus)));
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        tdb.executeWrite(() -> content.find().forEachRemaining(tdb::add));
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        return DatasetFactory.wrap(tdb);
    }
}
