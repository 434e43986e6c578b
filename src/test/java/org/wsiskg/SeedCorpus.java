package org.wsiskg;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.store.CorpusBuild;
import org.wsiskg.text.Corpus;

/** The five seed texts of data/corpus, extracted and built once per test JVM. */
public final class SeedCorpus {

    public static final Path DIRECTORY = Path.of("data/corpus");

    private static final class Holder {
        static final CorpusBuild BUILD = new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), line -> { });
        static final List<DocumentExtraction> EXTRACTIONS = BUILD.extract(Corpus.files(DIRECTORY));
        static final DatasetGraph DATASET = BUILD.dataset(EXTRACTIONS);
    }

    private SeedCorpus() {
    }

    public static List<DocumentExtraction> extractions() {
        return Holder.EXTRACTIONS;
    }

    /** The seed graph, in memory; callers must not change it. */
    public static DatasetGraph dataset() {
        return Holder.DATASET;
    }

    public static CorpusBuild build() {
        return Holder.BUILD;
    }
}
