package org.wsiskg.export;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.store.CorpusBuild;
import org.wsiskg.text.Corpus;

/** The dataset built in memory from the seed corpus in data/corpus, and exports of it. */
final class SeedDataset {

    private SeedDataset() {
    }

    static DatasetGraph build() {
        CorpusBuild build = new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), line -> { });
        return build.dataset(build.extract(Corpus.files(Path.of("data/corpus"))));
    }

    static byte[] export(DatasetGraph dataset, ExportFormat format, NetworkReader.Include include) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dataset.executeRead(() -> format.write(dataset, include, out));
        return out.toByteArray();
    }
}
