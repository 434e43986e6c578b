package org.wsiskg.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Sends a dataset's named graphs (one per source text, and the ontology's) to a Graph Store
 * Protocol target, replacing only those whose content changed since the last publish, and
 * removing those of texts no longer in the corpus. Each graph is replaced whole by one PUT, so a
 * reader of the target sees a text's old graph or its new one; the manifest is written last, so a
 * publish cut short is completed by the next.
 */
public final class GraphPublisher {

    private final String graphPrefix;
    private final Consumer<String> progress;

    /** {@code graphPrefix}: the IRIs of the graphs that are ours to publish ({@code <base>graph/}). */
    public GraphPublisher(String graphPrefix, Consumer<String> progress) {
        this.graphPrefix = graphPrefix;
        this.progress = progress;
    }

    /** What a publish did: the graphs sent, those removed, and how many were unchanged. */
    public record Report(List<String> sent, List<String> removed, int unchanged) {
    }

    /**
     * Publishes {@code dataset}'s graphs to {@code target}; with {@code everything}, sends every
     * graph whatever the target says it holds. Reads the dataset inside a read transaction.
     */
    public Report publish(DatasetGraph dataset, GraphStoreTarget target, boolean everything) {
        String manifestIri = manifestIri();
        PublishManifest before = target.get(manifestIri).map(PublishManifest::read).orElse(PublishManifest.empty());
        Map<String, String> after = new TreeMap<>();
        List<String> sent = new ArrayList<>();
        int[] unchanged = {0};
        dataset.executeRead(() -> {
            for (String name : graphNames(dataset)) {
                Graph g = GraphFactory.createDefaultGraph();
                dataset.getGraph(org.apache.jena.graph.NodeFactory.createURI(name)).find().forEachRemaining(g::add);
                String digest = GraphDigest.of(g);
                after.put(name, digest);
                if (!everything && digest.equals(before.digests().get(name))) {
                    unchanged[0]++;
                    continue;
                }
                target.put(name, g);
                sent.add(name);
                progress.accept("sent " + name + " (" + g.size() + " triples)");
            }
        });
        List<String> removed = new ArrayList<>();
        for (String name : new TreeMap<>(before.digests()).keySet()) {
            if (!after.containsKey(name)) {
                target.delete(name);
                removed.add(name);
                progress.accept("removed " + name + " (its text is no longer in the corpus)");
            }
        }
        target.put(manifestIri, new PublishManifest(after).toGraph());
        return new Report(sent, removed, unchanged[0]);
    }

    /** The graph in the target that says what it holds from wsis-kg. */
    public String manifestIri() {
        return graphPrefix + "publish-manifest";
    }

    private List<String> graphNames(DatasetGraph dataset) {
        List<String> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining((Node n) -> {
            if (n.isURI() && n.getURI().startsWith(graphPrefix) && !n.getURI().equals(manifestIri())) {
                names.add(n.getURI());
            }
        });
        names.sort(null);
        return names;
    }
}
