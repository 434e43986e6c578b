package org.wsiskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.wsiskg.WsisException;

/**
 * The SHACL shapes every built graph must satisfy ({@code ontology/shapes.ttl}, as packaged
 * into the jar), checked against the union of a dataset's named graphs. A graph that breaks
 * them is refused with a report naming each violated shape, the focus node and what is wrong.
 */
public final class GraphShapes {

    public static final String RESOURCE = "/ontology/shapes.ttl";
    static final String SHAPES_NS = "https://w3id.org/wsis-kg/shapes#";
    /** How the default base is written at the start of an IRI pattern in the shapes file. */
    static final String PATTERN_BASE = "^" + regexQuote(IriScheme.DEFAULT_BASE);
    /** Violations listed one by one in the exception message; the rest are counted. */
    private static final int LISTED = 3;

    private final Shapes shapes;

    private GraphShapes(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The packaged shapes, with the IRI patterns of targeted shapes moved to {@code iris}'s base. */
    public static GraphShapes load(IriScheme iris) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = GraphShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WsisException("SHAPES_MISSING", "the jar holds no " + RESOURCE + "; rebuild it with mvn package",
                        WsisException.FAILURE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new WsisException("SHAPES_MISSING", "cannot read " + RESOURCE + ": " + e.getMessage(), WsisException.FAILURE, e);
        }
        return new GraphShapes(Shapes.parse(rebase(g, iris.base())));
    }

    /** The violations, one readable line each, sorted; empty when the graph conforms. */
    public List<String> violations(DatasetGraph dataset) {
        return violations(dataset.getUnionGraph());
    }

    /**
     * The violations in {@code graph}, as {@link #violations(DatasetGraph)}: a build checks each
     * text's graph by itself (with the ontology, whose classes the shapes target), as it writes it.
     */
    public List<String> violations(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            lines.add(shapeName(e.source()) + " on " + NodeFmtLib.strNT(e.focusNode()) + ": " + e.message());
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    /**
     * Fails with {@code SHACL_VIOLATION} when the graph breaks a shape: every violation goes to
     * {@code progress}, the message names the shapes and the first few violations.
     */
    public void check(DatasetGraph dataset, Consumer<String> progress) {
        refuse(violations(dataset), progress);
    }

    /**
     * Fails with {@code SHACL_VIOLATION} as {@link #check} when {@code lines}, the violations a build
     * found graph by graph, are not empty.
     */
    public static void refuse(List<String> lines, Consumer<String> progress) {
        if (lines.isEmpty()) {
            return;
        }
        lines.forEach(l -> progress.accept("SHACL violation: " + l));
        Set<String> names = new TreeSet<>();
        lines.forEach(l -> names.add(l.substring(0, l.indexOf(' '))));
        StringBuilder m = new StringBuilder();
        m.append("the graph breaks ").append(lines.size()).append(lines.size() == 1 ? " constraint" : " constraints")
                .append(" of ").append(String.join(", ", names)).append(" (ontology/shapes.ttl); the store was left as it was: ");
        m.append(String.join("; ", lines.subList(0, Math.min(LISTED, lines.size()))));
        if (lines.size() > LISTED) {
            m.append("; and ").append(lines.size() - LISTED).append(" more");
        }
        throw new WsisException("SHACL_VIOLATION", m.toString(), WsisException.FAILURE);
    }

    private static String shapeName(Node shape) {
        if (shape != null && shape.isURI() && shape.getURI().startsWith(SHAPES_NS)) {
            return "shape:" + shape.getURI().substring(SHAPES_NS.length());
        }
        return shape == null ? "(unnamed shape)" : shape.toString();
    }

    /** Moves the IRI patterns of targeted shapes from the default base to {@code base}. */
    static Graph rebase(Graph shapes, String base) {
        if (base.equals(IriScheme.DEFAULT_BASE)) {
            return shapes;
        }
        Graph out = GraphFactory.createDefaultGraph();
        String to = "^" + regexQuote(base);
        shapes.find().forEachRemaining(t -> {
            Node o = t.getObject();
            boolean targeted = shapes.contains(t.getSubject(), SHACL.targetClass, Node.ANY);
            if (targeted && t.getPredicate().equals(SHACL.pattern) && o.isLiteral()
                    && o.getLiteralLexicalForm().startsWith(PATTERN_BASE)) {
                String pattern = to + o.getLiteralLexicalForm().substring(PATTERN_BASE.length());
                out.add(Triple.create(t.getSubject(), t.getPredicate(), NodeFactory.createLiteralString(pattern)));
            } else {
                out.add(t);
            }
        });
        return out;
    }

    /** Escapes the characters that are special in both XPath and Java regular expressions. */
    static String regexQuote(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
