package org.wsiskg.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wsiskg.WsisException;
import org.xml.sax.SAXException;

/**
 * Writes a {@link Network} for network-analysis tools with JGraphT's exporters: GraphML (yEd,
 * Gephi, Cytoscape desktop), GEXF (Gephi), Graphviz DOT, and the Cytoscape.js JSON elements
 * format (which Cytoscape desktop imports too). Vertices are identified by their IRI (in GraphML,
 * whose ids cannot hold '/', by n1, n2 ... with the IRI as an attribute) and carry label, kind,
 * type, symbol, date, year and iri; links carry relation, citing function, the date they came to
 * be ("since") and weight (the number of citations they stand for).
 *
 * <p>GEXF is made dynamic for Gephi's timeline: every vertex and link with a date gets a
 * {@code start} (a document from its adoption date, a link from its citing document's date,
 * an event known only by its year from 1 January of it). JGraphT's GEXF exporter has no
 * notion of time, so these attributes are added to the DOM of its output.
 */
public final class NetworkExporter {

    /** The network formats, by the name the command line takes. */
    public enum Format {
        GRAPHML, GEXF, DOT, CYTOSCAPE;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String CREATOR = "wsis-kg";

    public void write(Network network, Format format, OutputStream out) {
        Graph<String, Network.Link> g = graph(network);
        Map<String, Network.Vertex> vertices = new HashMap<>();
        network.vertices().forEach(v -> vertices.put(v.iri(), v));
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            switch (format) {
                case GRAPHML -> graphMl(g, vertices, w);
                case GEXF -> gexf(g, network, vertices, w);
                case DOT -> dot(g, vertices, w);
                case CYTOSCAPE -> cytoscape(network, w);
                default -> throw new IllegalStateException("unhandled format " + format);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The network as a JGraphT graph: vertices are IRIs, in the network's order, and so are links. */
    public static Graph<String, Network.Link> graph(Network network) {
        Graph<String, Network.Link> g = new DirectedWeightedPseudograph<>(Network.Link.class);
        network.vertices().forEach(v -> g.addVertex(v.iri()));
        for (Network.Link l : network.links()) {
            g.addEdge(l.source(), l.target(), l);
            g.setEdgeWeight(l, l.weight());
        }
        return g;
    }

    private static Map<String, Attribute> vertexAttributes(Network.Vertex v) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(v.label()));
        a.put("kind", DefaultAttribute.createAttribute(v.kind()));
        a.put("type", DefaultAttribute.createAttribute(v.type()));
        if (v.symbol() != null) {
            a.put("symbol", DefaultAttribute.createAttribute(v.symbol()));
        }
        if (v.date() != null) {
            a.put("date", DefaultAttribute.createAttribute(v.date()));
        }
        if (v.year() != null) {
            a.put("year", DefaultAttribute.createAttribute(v.year()));
        }
        a.put("iri", DefaultAttribute.createAttribute(v.iri()));
        return a;
    }

    /**
     * A link's attributes. GraphML keeps one key per attribute name for vertices and links alike,
     * so link attributes have names of their own ("since", not "date"); the native edge label of
     * DOT and GEXF shows the function, or the relation where there is none.
     */
    private static Map<String, Attribute> linkAttributes(Network.Link l, boolean withLabel) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        if (withLabel) {
            a.put("label", DefaultAttribute.createAttribute(l.function() != null ? l.function() : l.relation()));
        }
        a.put("relation", DefaultAttribute.createAttribute(l.relation()));
        if (l.function() != null) {
            a.put("function", DefaultAttribute.createAttribute(l.function()));
        }
        if (l.date() != null) {
            a.put("since", DefaultAttribute.createAttribute(l.date()));
        }
        return a;
    }

    private static void graphMl(Graph<String, Network.Link> g, Map<String, Network.Vertex> vertices, Writer w) {
        // GraphML ids are XML name tokens, which cannot hold '/': vertices are n1, n2 ... in IRI order.
        Map<String, String> ids = new HashMap<>();
        g.vertexSet().forEach(iri -> ids.put(iri, "n" + (ids.size() + 1)));
        GraphMLExporter<String, Network.Link> ex = new GraphMLExporter<>(ids::get);
        ex.setEdgeIdProvider(Network.Link::id);
        for (String name : new String[] {"label", "kind", "type", "symbol", "date", "iri"}) {
            ex.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        ex.registerAttribute("year", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        for (String name : new String[] {"relation", "function", "since"}) {
            ex.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        }
        ex.setExportEdgeWeights(true);
        ex.setVertexAttributeProvider(iri -> vertexAttributes(vertices.get(iri)));
        ex.setEdgeAttributeProvider(l -> linkAttributes(l, false));
        ex.exportGraph(g, w);
    }

    private static void dot(Graph<String, Network.Link> g, Map<String, Network.Vertex> vertices, Writer w) {
        // DOT identifiers may not hold '/' or ':' unquoted; an IRI never holds a double quote.
        DOTExporter<String, Network.Link> ex = new DOTExporter<>(iri -> "\"" + iri + "\"");
        ex.setGraphIdProvider(() -> "wsis");
        ex.setVertexAttributeProvider(iri -> vertexAttributes(vertices.get(iri)));
        ex.setEdgeAttributeProvider(l -> {
            Map<String, Attribute> a = linkAttributes(l, true);
            a.put("weight", DefaultAttribute.createAttribute(l.weight()));
            return a;
        });
        ex.exportGraph(g, w);
    }

    private static void gexf(Graph<String, Network.Link> g, Network network, Map<String, Network.Vertex> vertices,
            Writer w) throws IOException {
        GEXFExporter<String, Network.Link> ex = new GEXFExporter<>(iri -> iri, Network.Link::id);
        ex.setCreator(CREATOR);
        ex.setDescription("Citation network of the UN follow-up to the World Summit on the Information Society");
        for (String name : new String[] {"kind", "type", "symbol", "date", "iri"}) {
            ex.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        }
        ex.registerAttribute("year", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        for (String name : new String[] {"relation", "function", "since"}) {
            ex.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        }
        ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_TYPES, true);
        ex.setVertexAttributeProvider(iri -> vertexAttributes(vertices.get(iri)));
        ex.setEdgeAttributeProvider(l -> linkAttributes(l, true));
        StringWriter plain = new StringWriter();
        ex.exportGraph(g, plain);

        Map<String, String> starts = new HashMap<>();
        for (Network.Vertex v : network.vertices()) {
            start(v.date(), v.year()).ifPresent(s -> starts.put("node " + v.iri(), s));
        }
        for (Network.Link l : network.links()) {
            start(l.date(), null).ifPresent(s -> starts.put("edge " + l.id(), s));
        }
        w.write(withTime(plain.toString(), starts));
    }

    private static Optional<String> start(String date, Integer year) {
        if (date != null) {
            return Optional.of(date);
        }
        return year == null ? Optional.empty() : Optional.of(String.format("%04d-01-01", year));
    }

    /** GEXF 1.2 dynamic mode: {@code start} on the elements that have a date. */
    private static String withTime(String gexf, Map<String, String> starts) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(gexf.getBytes(StandardCharsets.UTF_8)));
            dropBlankText(doc.getDocumentElement());
            Element graph = (Element) doc.getElementsByTagNameNS("*", "graph").item(0);
            graph.setAttribute("mode", "dynamic");
            graph.setAttribute("timeformat", "date");
            for (String tag : new String[] {"node", "edge"}) {
                NodeList elements = doc.getElementsByTagNameNS("*", tag);
                for (int i = 0; i < elements.getLength(); i++) {
                    Element e = (Element) elements.item(i);
                    String start = starts.get(tag + " " + e.getAttribute("id"));
                    if (start != null) {
                        e.setAttribute("start", start);
                    }
                }
            }
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | SAXException | IOException | TransformerException e) {
            throw new WsisException("EXPORT_FAILED", "cannot add dates to the GEXF file: " + e.getMessage(),
                    WsisException.FAILURE, e);
        }
    }

    /** Removes the indentation of the parsed file, so that re-indenting does not double it. */
    private static void dropBlankText(org.w3c.dom.Node parent) {
        org.w3c.dom.Node child = parent.getFirstChild();
        while (child != null) {
            org.w3c.dom.Node next = child.getNextSibling();
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                parent.removeChild(child);
            } else if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                dropBlankText(child);
            }
            child = next;
        }
    }

    /** Cytoscape.js elements JSON: {@code {"elements": {"nodes": [{"data": ...}], "edges": [...]}}}. */
    private static void cytoscape(Network network, Writer w) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.putObject("data").put("name", CREATOR).put("directed", true);
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (Network.Vertex v : network.vertices()) {
            ObjectNode d = nodes.addObject().putObject("data");
            d.put("id", v.iri());
            vertexAttributes(v).forEach((k, a) -> {
                if (!k.equals("iri")) {
                    putTyped(d, k, a);
                }
            });
        }
        ArrayNode edges = elements.putArray("edges");
        for (Network.Link l : network.links()) {
            ObjectNode d = edges.addObject().putObject("data");
            d.put("id", l.id());
            d.put("source", l.source());
            d.put("target", l.target());
            linkAttributes(l, true).forEach((k, a) -> putTyped(d, k, a));
            d.put("weight", l.weight());
        }
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JsonGenerator gen = mapper.getFactory().createGenerator(w);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.setPrettyPrinter(pretty);
        mapper.writeTree(gen, root);
        gen.flush();
        w.write("\n");
    }

    private static void putTyped(ObjectNode d, String key, Attribute a) {
        if (a.getType() == AttributeType.INT) {
            d.put(key, Integer.parseInt(a.getValue()));
        } else {
            d.put(key, a.getValue());
        }
    }
}
