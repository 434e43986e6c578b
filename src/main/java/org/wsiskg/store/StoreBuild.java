package org.wsiskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.wsiskg.WsisException;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.rdf.CrossText;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.GraphShapes;
import org.wsiskg.rdf.Ontology;
import org.wsiskg.rdf.TextSummary;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.resolve.ReadingSummary;
import org.wsiskg.source.SourceProblem;
import org.wsiskg.source.SourceReader;
import org.wsiskg.source.SourceReading;
import org.wsiskg.text.Corpus;

/**
 * One build of the store, streamed: texts are read and extracted on every core, and each text's own
 * graph goes into the new generation as soon as it is made, in corpus order, so memory holds a few
 * texts whatever the corpus size. What the graphs take from the whole corpus (paragraph pairing
 * between the texts of one document, the events' settled values) is derived after that from the
 * {@link TextSummary} of every text ({@link CrossText}) and added graph by graph.
 *
 * <p>A text whose file has the same SHA-256 as at the last build, run with the same
 * {@link BuildFingerprint#options options}, is not read again: its own graph is copied from the last
 * generation ({@link TextGraphFiles}) and only the cross-text part is derived anew, so a build after
 * one changed file costs the reading of that file and the writing of the store.
 *
 * <p>SHACL validation runs on each text's own graph as it is made, on each text's cross-text part,
 * and on the union of the graphs of each document read from several texts (its languages or copies),
 * where graphs meet on the same nodes; with the ontology each time, whose classes the shapes target.
 * Any violation refuses the whole build and the previous store stays.
 */
final class StoreBuild {

    /** What the first pass made of one file. */
    private record Pass(SourceProblem problem, DocumentExtraction read, BuildManifest.Entry entry, Graph own,
                        List<String> violations) {
    }

    /** The last generation and what it was built from, when an incremental build can use them. */
    record Previous(Path generation, Map<String, BuildManifest.Entry> texts) {
        static final Previous NONE = new Previous(null, Map.of());
    }

    private final SourceReader sources;
    private final DocumentReader reader;
    private final GraphBuilder graphs;
    private final Consumer<String> progress;
    private final ReadingSummary summary;
    private final ThreadLocal<GraphShapes> shapes;
    private final ThreadLocal<Graph> ontology = ThreadLocal.withInitial(Ontology::load);
    private final List<BuildManifest.Entry> entries = new ArrayList<>();
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Set<String> violations = new TreeSet<>();
    private int kept;

    StoreBuild(SourceReader sources, DocumentReader reader, GraphBuilder graphs, Consumer<String> progress,
               ReadingSummary summary) {
        this.sources = sources;
        this.reader = reader;
        this.graphs = graphs;
        this.progress = progress;
        this.summary = summary;
        this.shapes = ThreadLocal.withInitial(() -> GraphShapes.load(graphs.iris()));
    }

    /**
     * Builds {@code corpusFiles} into a new generation of {@code store} and makes it the store; texts
     * unchanged since {@code previous} are copied from it. Returns the number of quads stored.
     */
    long run(List<Path> corpusFiles, GraphStore store, String fingerprint, String options, Previous previous) {
        corpusFiles.forEach(f -> files.put(Corpus.nameOf(f), f));
        try (GenerationWriter fresh = store.begin()) {
            OrderedWork.run(corpusFiles, Runtime.getRuntime().availableProcessors(),
                    file -> firstPass(file, fresh.directory(), previous), pass -> take(pass, fresh));
            fresh.add(NodeFactory.createURI(graphs.ontologyGraphIri()), ontology.get());
            addCorpusParts(fresh);
            checkDocumentsOfSeveralTexts(fresh.dataset());
            if (!violations.isEmpty()) {
                GraphShapes.refuse(List.copyOf(violations), progress);
            }
            progress.accept("the graph satisfies the SHACL shapes of ontology/shapes.ttl");
            long quads = fresh.dataset().stream().count();
            new BuildManifest(options, entries).write(fresh.directory());
            fresh.commit(fingerprint);
            return quads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts the build copied from the last generation instead of reading them. */
    int kept() {
        return kept;
    }

    private Pass firstPass(Path file, Path generation, Previous previous) {
        String source = Corpus.nameOf(file);
        String sha256 = ContentHash.of(file);
        BuildManifest.Entry last = previous.texts().get(source);
        if (last != null && !sha256.isEmpty() && last.sha256().equals(sha256)
                && TextGraphFiles.exists(previous.generation(), last.graphFile())) {
            TextGraphFiles.keep(previous.generation(), generation, last.graphFile());
            return new Pass(null, null, last, TextGraphFiles.read(generation, last.graphFile()), List.of());
        }
        SourceReading reading = sources.read(file, source);
        if (reading.problem() != null) {
            return new Pass(reading.problem(), null, null, null, List.of());
        }
        return extracted(reader.read(reading.text()), sha256, false, generation);
    }

    /** The own graph of an extracted text, checked against the shapes and kept for the next build. */
    private Pass extracted(DocumentExtraction d, String sha256, boolean preamblesApart, Path generation) {
        Graph own = graphs.textGraph(d, preamblesApart);
        List<String> found = shapes.get().violations(new Union(own, ontology.get()));
        String name = TextGraphFiles.nameOf(d.source());
        TextGraphFiles.write(generation, name, own);
        BuildManifest.Entry entry = new BuildManifest.Entry(d.source(), sha256, name, preamblesApart,
                d.references().size(), d.issues(), TextSummary.of(d));
        return new Pass(null, d, entry, own, found);
    }

    /** Takes the first pass of one file, in corpus order: reports it and streams its graph into the store. */
    private void take(Pass pass, GenerationWriter fresh) {
        if (pass.problem() != null) {
            SourceProblem p = pass.problem();
            summary.skipped(p);
            progress.accept(String.format("skipped %s: %s %s", p.file(), p.code(), p.message()));
            return;
        }
        BuildManifest.Entry e = pass.entry();
        if (pass.read() == null) {
            kept++;
            summary.read(e.source(), e.citations(), e.issues());
            progress.accept(String.format("kept %s: unchanged since the last build", e.source()));
        } else {
            DocumentExtraction d = pass.read();
            summary.read(d);
            progress.accept(String.format("read %s: %d paragraphs, %d references, %d events, %d issues",
                    d.source(), d.paragraphs().size(), d.references().size(), d.events().size(), d.issues().size()));
        }
        fresh.add(graphs.graphName(e.source()), pass.own());
        entries.add(e);
        violations.addAll(pass.violations());
    }

    /**
     * Adds to each text's graph what the corpus settles for it, once every text is read; a text whose
     * paragraph naming the corpus changed (another text of its document has more or fewer preambular
     * paragraphs, or no longer) is read again and its own graph replaced.
     */
    private void addCorpusParts(GenerationWriter fresh) {
        CrossText corpus = CrossText.of(entries.stream().map(BuildManifest.Entry::summary).toList(), graphs.iris());
        corpus.warnings().forEach(progress);
        DatasetGraph tdb = fresh.dataset();
        for (int i = 0; i < entries.size(); i++) {
            BuildManifest.Entry e = entries.get(i);
            Node name = graphs.graphName(e.source());
            boolean apart = corpus.preamblesApart(e.summary());
            if (apart != e.preamblesApart()) {
                entries.set(i, renamed(e, apart, name, tdb, fresh.directory()));
            }
            Graph part = graphs.corpusGraph(e.source(), corpus);
            violations.addAll(shapes.get().violations(new Union(part, ontology.get())));
            fresh.add(name, part);
        }
    }

    private BuildManifest.Entry renamed(BuildManifest.Entry e, boolean apart, Node name, DatasetGraph tdb, Path generation) {
        SourceReading reading = sources.read(files.get(e.source()), e.source());
        if (reading.problem() != null) {
            throw new WsisException("SOURCE_CHANGED", "the file " + e.source() + " changed during the build ("
                    + reading.problem().code() + "); build again", WsisException.FAILURE);
        }
        Pass again = extracted(reader.read(reading.text()), e.sha256(), apart, generation);
        tdb.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        again.own().find().forEachRemaining(t -> tdb.add(Quad.create(name, t)));
        violations.addAll(again.violations());
        progress.accept(String.format("read %s again: its document's texts %s their preambular paragraphs", e.source(),
                apart ? "cannot pair" : "now pair"));
        return again.entry().withPreamblesApart(apart);
    }

    /** The shapes on the union of the graphs of each document that several texts give: where graphs meet. */
    private void checkDocumentsOfSeveralTexts(DatasetGraph tdb) {
        Map<String, List<Node>> graphsByDocument = new LinkedHashMap<>();
        for (BuildManifest.Entry e : entries) {
            TextSummary t = e.summary();
            graphsByDocument.computeIfAbsent(graphs.iris().textDocument(t.symbol(), t.source()), k -> new ArrayList<>())
                    .add(graphs.graphName(e.source()));
        }
        graphsByDocument.values().stream().filter(names -> names.size() > 1).forEach(names -> {
            MultiUnion union = new MultiUnion();
            names.forEach(n -> union.addGraph(tdb.getGraph(n)));
            union.addGraph(ontology.get());
            violations.addAll(shapes.get().violations(union));
        });
    }
}
