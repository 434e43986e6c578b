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
import org.wsiskg.resolve.ReadingSummary;
import org.wsiskg.source.SourceProblem;
import org.wsiskg.source.SourceReader;
import org.wsiskg.source.SourceReading;
import org.wsiskg.text.Corpus;

/**
 * The whole build: read every file of a corpus, extract, turn into a graph. {@link #buildStore}
 * streams it into the store text by text ({@link StoreBuild}), the way {@code wsis build} runs;
 * {@link #extract} and {@link #dataset} hold it in memory, for a small corpus and for tests, and give
 * the same graph. Progress goes to {@code progress} one line per step, so a long build is never
 * silent. A file that cannot be read as a text is skipped with its problem, which {@link #summary()}
 * keeps for the user with the counts of what was read.
 */
public final class CorpusBuild {

    private final DocumentReader reader;
    private final GraphBuilder graphs;
    private final Consumer<String> progress;
    private final SourceReader sources;
    private final ReadingSummary summary = new ReadingSummary();

    public CorpusBuild(DocumentReader reader, GraphBuilder graphs, Consumer<String> progress) {
        this(new SourceReader(), reader, graphs, progress);
    }

    public CorpusBuild(SourceReader sources, DocumentReader reader, GraphBuilder graphs, Consumer<String> progress) {
        this.sources = sources;
        this.reader = reader;
        this.graphs = graphs;
        this.progress = progress;
    }

    /** What the files read so far gave: counts and every problem, for the user. */
    public ReadingSummary summary() {
        return summary;
    }

    public List<DocumentExtraction> extract(List<Path> files) {
        List<DocumentExtraction> docs = new ArrayList<>();
        for (Path file : files) {
            SourceReading reading = sources.read(file, Corpus.nameOf(file));
            if (reading.problem() != null) {
                SourceProblem p = reading.problem();
                summary.skipped(p);
                progress.accept(p.skippedLine());
                continue;
            }
            DocumentExtraction d = reader.read(reading.text());
            summary.read(d);
            progress.accept(String.format("read %s: %d paragraphs, %d references, %d events, %d issues",
                    d.source(), d.paragraphs().size(), d.references().size(), d.events().size(), d.issues().size()));
            docs.add(d);
        }
        return docs;
    }

    public DatasetGraph dataset(List<DocumentExtraction> docs) {
        return graphs.build(docs, Ontology.load(), progress);
    }

    /** A build that copies from the last one what did not change, as {@link #buildStore(Path, GraphStore, String, boolean)}. */
    public void buildStore(Path corpus, GraphStore store, String fingerprint) {
        buildStore(corpus, store, fingerprint, false);
    }

    /**
     * Reads the corpus and replaces the store with its graph, once the graph satisfies the SHACL
     * shapes; a graph that does not is refused ({@code SHACL_VIOLATION}) and the old store stays.
     * The graph is streamed into the new generation text by text ({@link StoreBuild}); unless
     * {@code full}, texts unchanged since the last build, run with the same program and options, are
     * copied from it rather than read again. {@code fingerprint} is the {@link BuildFingerprint} of
     * the corpus, which the caller may have computed already to see whether a build is needed.
     */
    public void buildStore(Path corpus, GraphStore store, String fingerprint, boolean full) {
        long t0 = System.nanoTime();
        Corpus.Listing listing = Corpus.listing(corpus);
        for (Corpus.Unlisted u : listing.unlisted()) {
            SourceProblem p = SourceProblem.error(Corpus.nameOf(u.path()), u.code(), u.message());
            summary.skipped(p);
            progress.accept(p.skippedLine());
        }
        String options = BuildFingerprint.options(graphs.iris().base(), sources.maxFileSize(), corpus);
        StoreBuild.Previous previous = full ? StoreBuild.Previous.NONE : previous(store, options);
        StoreBuild build = new StoreBuild(sources, reader, graphs, progress, summary);
        long quads = build.run(listing.files(), store, fingerprint, options, previous);
        int texts = summary.documents();
        progress.accept(String.format("stored %d quads from %d texts (%d read, %d unchanged) in %s (%.1f s)", quads, texts,
                texts - build.kept(), build.kept(), store.directory(), (System.nanoTime() - t0) / 1e9));
    }

    /** The last generation, when it was built with {@code options} and says what from. */
    private static StoreBuild.Previous previous(GraphStore store, String options) {
        return store.current().flatMap(g -> BuildManifest.read(g)
                .filter(m -> m.options().equals(options))
                .map(m -> new StoreBuild.Previous(g, m)))
                .orElse(StoreBuild.Previous.NONE);
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
