package org.wsiskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
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
 * <p>After a build run with the same {@link BuildFingerprint#options options}, the new generation
 * starts as a copy of the last one's database, and only what changed is replaced: the graphs of
 * texts whose file changed (SHA-256), were added or removed, and the cross-text part of each text
 * where the corpus now settles it otherwise. A text is read again only when its file changed or its
 * paragraph naming did. So a build after one changed file costs the reading of that file and a copy
 * of the store's files, not a build of the corpus. The two halves of a text's graph never share a
 * triple (see {@link GraphBuilder}), so the cross-text part can be replaced without touching the
 * text's own.
 *
 * <p>SHACL validation runs on each text's own graph as it is made, on each text's cross-text part,
 * and on the union of the graphs of each document read from several texts (its languages or copies),
 * where graphs meet on the same nodes; with the ontology each time, whose classes the shapes target.
 * Any violation refuses the whole build and the previous store stays.
 */
final class StoreBuild {

    /** What the first pass made of one file: a problem, a text kept as it was, or a text read now. */
    private record Pass(SourceProblem problem, DocumentExtraction read, BuildManifest.Entry entry, Graph own,
                        List<String> violations) {
    }

    /** The last generation and what it was built from, when an incremental build can start from it. */
    record Previous(Path generation, BuildManifest manifest) {
        static final Previous NONE = new Previous(null, new BuildManifest("", 0, List.of()));
    }

    private final SourceReader sources;
    private final DocumentReader reader;
    private final GraphBuilder graphs;
    private final Consumer<String> progress;
    private final ReadingSummary summary;
    private final ThreadLocal<GraphShapes> shapes;
    private final ThreadLocal<Graph> ontology = ThreadLocal.withInitial(Ontology::load);
    private final List<BuildManifest.Entry> entries = new ArrayList<>();
    /** The texts whose graph this build wrote whole: read now, so their cross-text part is new too. */
    private final Set<String> written = new HashSet<>();
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Set<String> violations = new TreeSet<>();
    private long quads;
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
     * Builds {@code corpusFiles} into a new generation of {@code store} and makes it the store,
     * starting from {@code previous} when there is one. Returns the number of quads stored.
     */
    long run(List<Path> corpusFiles, GraphStore store, String fingerprint, String options, Previous previous) {
        corpusFiles.forEach(f -> files.put(Corpus.nameOf(f), f));
        Map<String, BuildManifest.Entry> last = previous.manifest().bySource();
        try (GenerationWriter fresh = store.begin(Optional.ofNullable(previous.generation()))) {
            quads = previous.manifest().quads();
            OrderedWork.run(corpusFiles, Runtime.getRuntime().availableProcessors(),
                    file -> firstPass(file, fresh.directory(), previous.generation(), last), pass -> take(pass, fresh, last));
            Set<String> texts = new HashSet<>();
            entries.forEach(e -> texts.add(e.source()));
            for (BuildManifest.Entry gone : previous.manifest().texts()) {
                if (!texts.contains(gone.source())) {
                    quads -= delete(fresh.dataset(), graphs.graphName(gone.source()));
                    progress.accept("removed " + gone.source() + ": no longer a text of the corpus");
                }
            }
            if (previous.generation() == null) {
                Graph o = ontology.get();
                fresh.add(NodeFactory.createURI(graphs.ontologyGraphIri()), o);
                quads += o.size();
            }
            addCorpusParts(fresh, previous.manifest());
            checkDocumentsOfSeveralTexts(fresh.dataset());
            if (!violations.isEmpty()) {
                GraphShapes.refuse(List.copyOf(violations), progress);
            }
            progress.accept("the graph satisfies the SHACL shapes of ontology/shapes.ttl");
            new BuildManifest(options, quads, entries).write(fresh.directory());
            fresh.commit(fingerprint);
            return quads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts the build kept from the last generation instead of reading them. */
    int kept() {
        return kept;
    }

    private Pass firstPass(Path file, Path generation, Path lastGeneration, Map<String, BuildManifest.Entry> last) {
        String source = Corpus.nameOf(file);
        String sha256 = ContentHash.of(file);
        BuildManifest.Entry before = last.get(source);
        if (before != null && !sha256.isEmpty() && before.sha256().equals(sha256)
                && TextGraphFiles.exists(lastGeneration, before.graphFile())) {
            TextGraphFiles.keep(lastGeneration, generation, before.graphFile());
            return new Pass(null, null, before, null, List.of());
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

    /** Takes the first pass of one file, in corpus order: reports it and writes its graph into the store. */
    private void take(Pass pass, GenerationWriter fresh, Map<String, BuildManifest.Entry> last) {
        if (pass.problem() != null) {
            SourceProblem p = pass.problem();
            summary.skipped(p);
            progress.accept(p.skippedLine());
            return;
        }
        BuildManifest.Entry e = pass.entry();
        entries.add(e);
        if (pass.read() == null) {
            kept++;
            summary.read(e.source(), e.citations(), e.issues());
            progress.accept(String.format("kept %s: unchanged since the last build", e.source()));
            return;
        }
        DocumentExtraction d = pass.read();
        summary.read(d);
        progress.accept(String.format("read %s: %d paragraphs, %d references, %d events, %d issues",
                d.source(), d.paragraphs().size(), d.references().size(), d.events().size(), d.issues().size()));
        Node name = graphs.graphName(e.source());
        if (last.containsKey(e.source())) {
            quads -= delete(fresh.dataset(), name);
        }
        fresh.add(name, pass.own());
        quads += pass.own().size();
        written.add(e.source());
        violations.addAll(pass.violations());
    }

    /**
     * Writes what the corpus settles into each text's graph, once every text is read: whole for a text
     * written now, as the change from what the last build settled for a text kept. A text whose
     * paragraph naming the corpus changed (another text of its document has more or fewer preambular
     * paragraphs, or no longer) is read again and its graph replaced.
     */
    private void addCorpusParts(GenerationWriter fresh, BuildManifest last) {
        CrossText corpus = CrossText.of(entries.stream().map(BuildManifest.Entry::summary).toList(), graphs.iris());
        CrossText before = CrossText.of(last.texts().stream().map(BuildManifest.Entry::summary).toList(), graphs.iris());
        corpus.warnings().forEach(progress);
        DatasetGraph tdb = fresh.dataset();
        for (int i = 0; i < entries.size(); i++) {
            BuildManifest.Entry e = entries.get(i);
            Node name = graphs.graphName(e.source());
            boolean apart = corpus.preamblesApart(e.summary());
            if (apart != e.preamblesApart()) {
                entries.set(i, readAgain(e, apart, name, fresh));
            }
            Graph part = graphs.corpusGraph(e.source(), corpus);
            if (written.contains(e.source())) {
                violations.addAll(shapes.get().violations(new Union(part, ontology.get())));
                fresh.add(name, part);
                quads += part.size();
                continue;
            }
            Set<Triple> now = part.find().toSet();
            Set<Triple> then = graphs.corpusGraph(e.source(), before).find().toSet();
            if (now.equals(then)) {
                continue;
            }
            violations.addAll(shapes.get().violations(new Union(part, ontology.get())));
            for (Triple t : then) {
                if (!now.contains(t)) {
                    tdb.delete(Quad.create(name, t));
                    quads--;
                }
            }
            for (Triple t : now) {
                if (!then.contains(t)) {
                    tdb.add(Quad.create(name, t));
                    quads++;
                }
            }
        }
    }

    /** Reads a text again whose paragraph naming changed, and replaces its graph. */
    private BuildManifest.Entry readAgain(BuildManifest.Entry e, boolean apart, Node name, GenerationWriter fresh) {
        SourceReading reading = sources.read(files.get(e.source()), e.source());
        if (reading.problem() != null) {
            throw new WsisException("SOURCE_CHANGED", "the file " + e.source() + " changed during the build ("
                    + reading.problem().code() + "); build again", WsisException.FAILURE);
        }
        Pass again = extracted(reader.read(reading.text()), e.sha256(), apart, fresh.directory());
        quads -= delete(fresh.dataset(), name);
        fresh.add(name, again.own());
        quads += again.own().size();
        written.add(e.source());
        violations.addAll(again.violations());
        progress.accept(String.format("read %s again: its document's texts %s their preambular paragraphs", e.source(),
                apart ? "cannot pair" : "now pair"));
        return again.entry();
    }

    /** Deletes the named graph {@code name}; returns how many quads it held. */
    private static long delete(DatasetGraph tdb, Node name) {
        long size = tdb.getGraph(name).size();
        tdb.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        return size;
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
