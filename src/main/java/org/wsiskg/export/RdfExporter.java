package org.wsiskg.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.wsiskg.WsisException;

/**
 * Writes the graph in the RDF formats a triple store reads. Quad formats (N-Quads, TriG,
 * JSON-LD) keep one named graph per source text, so the provenance of each fact survives the
 * trip; triple formats (Turtle, N-Triples, RDF/XML) hold the union of the named graphs.
 *
 * <p>Output is deterministic: the same dataset gives the same bytes, whatever order the store
 * hands its quads out in. Statements are sorted by the N-Triples form of their terms (graph,
 * subject, predicate, object); Turtle and TriG are streamed in that order with Jena's block
 * writers, so each subject is one block; JSON-LD is produced by the JSON-LD 1.1 "from RDF"
 * algorithm with ordering on, then compacted with {@code ontology/context.jsonld}; RDF/XML,
 * which Jena cannot stream, is written from a graph filled in sorted order. Prefixes are the
 * fixed ones of the context file, so every format abbreviates alike.
 */
public final class RdfExporter {

    /** The RDF formats, by the name the command line takes. */
    public enum Format {
        TURTLE, NTRIPLES, NQUADS, TRIG, JSONLD, RDFXML;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String CONTEXT_RESOURCE = "/ontology/context.jsonld";

    private final byte[] context;
    private final SortedMap<String, String> prefixes;

    private RdfExporter(byte[] context, SortedMap<String, String> prefixes) {
        this.context = context;
        this.prefixes = prefixes;
    }

    /** An exporter with the JSON-LD context and prefixes of {@code ontology/context.jsonld} from the classpath. */
    public static RdfExporter standard() {
        try (InputStream in = RdfExporter.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new WsisException("CONTEXT_MISSING", "the jar holds no " + CONTEXT_RESOURCE
                        + "; rebuild it with mvn package", WsisException.FAILURE);
            }
            byte[] bytes = in.readAllBytes();
            return new RdfExporter(bytes, prefixesOf(bytes));
        } catch (IOException e) {
            throw new WsisException("CONTEXT_MISSING", "cannot read " + CONTEXT_RESOURCE + ": " + e.getMessage(),
                    WsisException.FAILURE, e);
        }
    }

    /** The prefixes every format declares: the context's terms whose value is a namespace IRI. */
    public SortedMap<String, String> prefixes() {
        return Collections.unmodifiableSortedMap(prefixes);
    }

    public void write(DatasetGraph dataset, Format format, OutputStream out) {
        switch (format) {
            case NTRIPLES -> stream(out, RDFFormat.NTRIPLES, sortedTriples(dataset), List.of(), false);
            case TURTLE -> stream(out, RDFFormat.TURTLE_BLOCKS, sortedTriples(dataset), List.of(), true);
            case NQUADS -> stream(out, RDFFormat.NQUADS, List.of(), sortedQuads(dataset), false);
            case TRIG -> stream(out, RDFFormat.TRIG_BLOCKS, List.of(), sortedQuads(dataset), true);
            case RDFXML -> rdfXml(dataset, out);
            case JSONLD -> jsonLd(dataset, out);
            default -> throw new IllegalStateException("unhandled format " + format);
        }
    }

    private void stream(OutputStream out, RDFFormat format, List<Triple> triples, List<Quad> quads, boolean withPrefixes) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        writer.start();
        if (withPrefixes) {
            prefixes.forEach(writer::prefix);
        }
        triples.forEach(writer::triple);
        quads.forEach(writer::quad);
        writer.finish();
    }

    private void rdfXml(DatasetGraph dataset, OutputStream out) {
        // A graph filled in a fixed order iterates in a fixed order, so the writer's output is stable.
        Graph g = GraphFactory.createDefaultGraph();
        sortedTriples(dataset).forEach(g::add);
        prefixes.forEach((p, ns) -> g.getPrefixMapping().setNsPrefix(p, ns));
        RDFDataMgr.write(out, g, RDFFormat.RDFXML_PLAIN);
    }

    private void jsonLd(DatasetGraph dataset, OutputStream out) {
        try {
            // "From RDF" orders subjects and properties but keeps values in the order it is handed them.
            // JenaTitanium is deprecated for removal in Jena 6, which needs Java 21; on Jena 5.6 it is
            // the bridge to Titanium, the only JSON-LD 1.1 processor that compacts with our own context.
            DatasetGraph sorted = DatasetGraphFactory.create();
            sortedQuads(dataset).forEach(sorted::add);
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(sorted))).ordered(true).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded),
                    JsonDocument.of(new ByteArrayInputStream(context))).ordered(true).get();
            // The JSON writer closes what it writes to, which must not be the caller's stream.
            StringWriter text = new StringWriter();
            try (JsonWriter json = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
                json.writeObject(compacted);
            }
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text.toString().strip());
            w.write("\n");
            w.flush();
        } catch (JsonLdError e) {
            throw new WsisException("EXPORT_FAILED", "JSON-LD compaction failed: " + e.getMessage(), WsisException.FAILURE, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct triples of all named graphs (and of the default graph, if a store has one), sorted. */
    static List<Triple> sortedTriples(DatasetGraph dataset) {
        TreeMap<String, Triple> sorted = new TreeMap<>();
        Iterator<Quad> it = dataset.find();
        while (it.hasNext()) {
            Triple t = it.next().asTriple();
            sorted.putIfAbsent(key(t.getSubject(), t.getPredicate(), t.getObject()), t);
        }
        return new ArrayList<>(sorted.values());
    }

    /** Every quad, by graph then subject, predicate and object. */
    static List<Quad> sortedQuads(DatasetGraph dataset) {
        TreeMap<String, Quad> sorted = new TreeMap<>();
        Iterator<Quad> it = dataset.find();
        while (it.hasNext()) {
            Quad q = it.next();
            sorted.putIfAbsent(key(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()), q);
        }
        return new ArrayList<>(sorted.values());
    }

    private static String key(Node... nodes) {
        StringBuilder b = new StringBuilder();
        for (Node n : nodes) {
            // U+0000 sorts before any character a term can hold, so shorter terms sort first.
            b.append(NodeFmtLib.strNT(n)).append('\u0000');
        }
        return b.toString();
    }

    private static SortedMap<String, String> prefixesOf(byte[] context) throws IOException {
        JsonNode root = new ObjectMapper().readTree(context).path("@context");
        SortedMap<String, String> map = new TreeMap<>();
        root.properties().forEach(e -> {
            String v = e.getValue().isTextual() ? e.getValue().asText() : "";
            if (!e.getKey().startsWith("@") && (v.endsWith("#") || v.endsWith("/"))) {
                map.put(e.getKey(), v);
            }
        });
        return map;
    }
}
