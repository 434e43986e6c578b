package org.wsiskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.GraphShapes;
import org.wsiskg.rdf.Ontology;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.text.Corpus;

/**
 * The whole build: read every text of a corpus, extract, turn into a dataset. Progress goes to
 * {@code progress} one line per step, so a long build is never silent.
 */
public final class CorpusBuild {

    private final DocumentReader reader;
    private final GraphBuilder graphs;
    private final Consumer<String> progress;

    public CorpusBuild(DocumentReader reader, GraphBuilder graphs, Consumer<String> progress) {
        this.reader = reader;
        this.graphs = graphs;
        this.progress = progress;
    }

    public List<DocumentExtraction> extract(List<Path> files) {
        List<DocumentExtraction> docs = new ArrayList<>();
        for (Path file : files) {
            DocumentExtraction d = reader.read(Corpus.read(file));
            progress.accept(String.format("read %s: %d paragraphs, %d references, %d events, %d issues",
                    d.source(), d.paragraphs().size(), d.references().size(), d.events().size(), d.issues().size()));
            docs.add(d);
        }
        return docs;
    }

    public DatasetGraph dataset(List<DocumentExtraction> docs) {
        return graphs.build(docs, Ontology.load(), progress);
    }

    /**
     * Reads the corpus and replaces the store with its graph, once the graph satisfies the SHACL
     * shapes; a graph that does not is refused ({@code SHACL_VIOLATION}) and the old store stays.
     * {@code fingerprint} is the {@link BuildFingerprint} of the corpus, which the caller may have
     * computed already to see whether a build is needed.
     */
    public void buildStore(Path corpus, GraphStore store, String fingerprint) {
        long t0 = System.nanoTime();
        List<DocumentExtraction> docs = extract(Corpus.files(corpus));
        DatasetGraph dataset = dataset(docs);
        long quads = dataset.stream().count();
        store(dataset, store, fingerprint);
        progress.accept(String.format("stored %d quads from %d texts in %s (%.1f s)", quads, docs.size(),
                store.directory(), (System.nanoTime() - t0) / 1e9));
    }

    /**
     * Validates {@code dataset} against the shapes and, if it conforms, makes it the store,
     * remembering the {@link BuildFingerprint} of what it was built from.
     */
    public void store(DatasetGraph dataset, GraphStore store, String fingerprint) {
        GraphShapes.load(graphs.iris()).check(dataset, progress);
        progress.accept("the graph satisfies the SHACL shapes of ontology/shapes.ttl");
        store.replace(dataset, fingerprint);
    }
}
