package org.wsiskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The network files, re-imported with JGraphT's importers (Jackson for Cytoscape.js), have the
 * vertices and links the reader found, and the reader finds what the store holds.
 */
class NetworkExporterTest {

    private static DatasetGraph seed;
    private static Network seedNetwork;

    /** Two documents, a citation, an IGF meeting mentioned in a paragraph, and a mandate the paragraph extends. */
    private static final String SMALL = """
            PREFIX wsis: <https://w3id.org/wsis-kg/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX schema: <http://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            BASE <https://w3id.org/wsis-kg/>
            <doc/A/RES/65/141> a wsis:Resolution , wsis:Document ; wsis:symbol "A/RES/65/141" ;
                eli:date_document "2010-12-20"^^xsd:date .
            <doc/A/RES/60/252> a wsis:Resolution , wsis:Document ; wsis:symbol "A/RES/60/252" .
            <doc/A/RES/65/141/para/5> a wsis:Paragraph ; eli:is_part_of <doc/A/RES/65/141> .
            <doc/A/RES/65/141/citation/1-9> a wsis:Citation ; cito:hasCitingEntity <doc/A/RES/65/141/para/5> ;
                wsis:citingDocument <doc/A/RES/65/141> ; wsis:citedDocument <doc/A/RES/60/252> ;
                cito:hasCitedEntity <doc/A/RES/60/252> ; wsis:citingFunction wsis:Recalls .
            wsis:Recalls skos:notation "recalls" .
            wsis:IgfMeeting rdfs:subClassOf schema:Event .
            <event/igf/2009> a wsis:IgfMeeting ; rdfs:label "IGF 4"@en , "因特网治理论坛第四次会议"@zh ; wsis:year 2009 .
            <mention/1> wsis:mentions <event/igf/2009> ; wsis:inParagraph <doc/A/RES/65/141/para/5> .
            <mandate/igf/2010> a wsis:MandateExtension ; wsis:extendedBy <doc/A/RES/65/141/para/5> ;
                schema:startDate "2011-01-01"^^xsd:date ; wsis:forEvent <event/igf/2009> .
            """;

    @BeforeAll
    static void build() {
        seed = SeedDataset.build();
        seedNetwork = seed.calculateRead(() -> new NetworkReader().read(seed, NetworkReader.Include.DOCUMENTS));
    }

    @Test
    void readerFindsEveryDocumentAndCitationOfTheStore() {
        long documents = count("SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?g { ?d a wsis:Document } }");
        long citations = count("SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?c a wsis:Citation } }");
        long pairs = count("""
                SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?from ?to ?f { GRAPH ?g { ?c a wsis:Citation ;
                  wsis:citingDocument ?from ; wsis:citedDocument ?to . OPTIONAL { ?c wsis:citingFunction ?f } } } }""");
        assertEquals(documents, seedNetwork.vertices().size(), "vertices");
        assertEquals(pairs, seedNetwork.links().size(), "links: one per citing document, cited document and function");
        assertEquals(citations, seedNetwork.links().stream().mapToInt(Network.Link::weight).sum(), "weights add up to citations");
        assertTrue(seedNetwork.links().stream().allMatch(l -> l.relation().equals("cites")), "citations only");
        assertTrue(seedNetwork.links().stream().anyMatch(l -> "recalls".equals(l.function())), "citing functions");
        Network.Vertex r = vertex(seedNetwork, "https://w3id.org/wsis-kg/doc/A/RES/65/141");
        assertEquals("Resolution", r.type());
        assertEquals("A/RES/65/141", r.label());
        assertEquals(2010, r.year());
    }

    @Test
    void graphMlReimportsWithTheSameCountsAndAttributes() {
        byte[] bytes = write(seedNetwork, NetworkExporter.Format.GRAPHML);
        Graph<String, DefaultEdge> g = emptyGraph();
        GraphMLImporter<String, DefaultEdge> in = new GraphMLImporter<>();
        in.setSchemaValidation(true);
        in.setVertexFactory(id -> id);
        Map<String, Map<String, String>> attrs = new HashMap<>();
        in.addVertexAttributeConsumer((p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        Set<String> functions = new HashSet<>();
        in.addEdgeAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("function")) {
                functions.add(a.getValue());
            }
        });
        in.importGraph(g, reader(bytes));
        assertEquals(seedNetwork.vertices().size(), g.vertexSet().size(), "nodes");
        assertEquals(seedNetwork.links().size(), g.edgeSet().size(), "edges");
        Map<String, String> r = attrs.values().stream()
                .filter(a -> "https://w3id.org/wsis-kg/doc/A/RES/65/141".equals(a.get("iri"))).findFirst().orElseThrow();
        assertEquals("A/RES/65/141", r.get("symbol"));
        assertEquals("A/RES/65/141", r.get("label"));
        assertEquals("Resolution", r.get("type"));
        assertEquals("2010", r.get("year"));
        assertTrue(functions.contains("recalls"), "edges carry the citing function: " + functions);
    }

    @Test
    void gexfReimportsWithTheSameCountsAndHasDatesForTheTimeline() {
        byte[] bytes = write(seedNetwork, NetworkExporter.Format.GEXF);
        Graph<String, DefaultEdge> g = emptyGraph();
        SimpleGEXFImporter<String, DefaultEdge> in = new SimpleGEXFImporter<>();
        in.setSchemaValidation(true);
        in.setVertexFactory(id -> id);
        in.importGraph(g, reader(bytes));
        assertEquals(seedNetwork.vertices().size(), g.vertexSet().size(), "nodes");
        assertEquals(seedNetwork.links().size(), g.edgeSet().size(), "edges");

        org.w3c.dom.Document doc = parseXml(bytes);
        Element graph = (Element) doc.getElementsByTagName("graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));
        assertEquals("2010-12-20", start(doc, "node", "https://w3id.org/wsis-kg/doc/A/RES/65/141"));
        Network.Link fromR = seedNetwork.links().stream()
                .filter(l -> l.source().equals("https://w3id.org/wsis-kg/doc/A/RES/65/141")).findFirst().orElseThrow();
        assertEquals("2010-12-20", start(doc, "edge", fromR.id()), "a citation starts when its citing text is adopted");
        assertEquals("", start(doc, "node", "https://w3id.org/wsis-kg/doc/A/RES/56/183"), "no date known, always shown");
    }

    @Test
    void dotReimportsWithTheSameCounts() {
        byte[] bytes = write(seedNetwork, NetworkExporter.Format.DOT);
        Graph<String, DefaultEdge> g = emptyGraph();
        DOTImporter<String, DefaultEdge> in = new DOTImporter<>();
        in.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        in.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label")) {
                labels.put(p.getFirst(), a.getValue());
            }
        });
        in.importGraph(g, reader(bytes));
        assertEquals(seedNetwork.vertices().size(), g.vertexSet().size(), "nodes");
        assertEquals(seedNetwork.links().size(), g.edgeSet().size(), "edges");
        assertEquals("A/RES/65/141", labels.get("https://w3id.org/wsis-kg/doc/A/RES/65/141"));
    }

    @Test
    void cytoscapeJsonHasTheSameCountsAndEdgeEnds() throws IOException {
        JsonNode root = new ObjectMapper().readTree(write(seedNetwork, NetworkExporter.Format.CYTOSCAPE));
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        assertEquals(seedNetwork.vertices().size(), nodes.size(), "nodes");
        assertEquals(seedNetwork.links().size(), edges.size(), "edges");
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.path("data").path("id").asText()));
        edges.forEach(e -> {
            assertTrue(ids.contains(e.path("data").path("source").asText()), "source is a node");
            assertTrue(ids.contains(e.path("data").path("target").asText()), "target is a node");
            assertTrue(e.path("data").path("weight").isInt());
        });
        assertTrue(edges.get(0).path("data").has("function"), "edges carry the citing function");
    }

    @Test
    void eventsAndMandatesComeInWithIncludeAll() {
        DatasetGraph small = DatasetGraphFactory.createTxnMem();
        small.executeWrite(() -> RDFParser.fromString(SMALL, Lang.TURTLE)
                .parse(small.getGraph(NodeFactory.createURI("https://w3id.org/wsis-kg/graph/zh/test"))));
        Network docs = small.calculateRead(() -> new NetworkReader().read(small, NetworkReader.Include.DOCUMENTS));
        assertEquals(2, docs.vertices().size());
        assertEquals(1, docs.links().size());

        Network all = small.calculateRead(() -> new NetworkReader().read(small, NetworkReader.Include.ALL));
        assertEquals(4, all.vertices().size(), "two documents, an event, a mandate");
        Network.Vertex igf = vertex(all, "https://w3id.org/wsis-kg/event/igf/2009");
        assertEquals("event", igf.kind());
        assertEquals("IgfMeeting", igf.type());
        assertEquals("IGF 4", igf.label());
        assertEquals(2009, igf.year());
        Network.Vertex mandate = vertex(all, "https://w3id.org/wsis-kg/mandate/igf/2010");
        assertEquals("mandate", mandate.kind());
        assertEquals("MandateExtension", mandate.type());
        assertEquals(2011, mandate.year());
        List<String> links = all.links().stream()
                .map(l -> l.source().substring(25) + " " + l.relation() + " " + l.target().substring(25)).toList();
        assertEquals(List.of("doc/A/RES/65/141 cites doc/A/RES/60/252", "doc/A/RES/65/141 mentions event/igf/2009",
                "doc/A/RES/65/141 extendedBy mandate/igf/2010", "mandate/igf/2010 forEvent event/igf/2009"), links);
        assertTrue(all.links().stream().allMatch(l -> l.weight() == 1), "each statement counted once");

        Graph<String, DefaultEdge> g = emptyGraph();
        SimpleGEXFImporter<String, DefaultEdge> in = new SimpleGEXFImporter<>();
        in.setVertexFactory(id -> id);
        byte[] gexf = write(all, NetworkExporter.Format.GEXF);
        in.importGraph(g, reader(gexf));
        assertEquals(4, g.vertexSet().size());
        assertEquals(4, g.edgeSet().size());
        assertEquals("2009-01-01", start(parseXml(gexf), "node", "https://w3id.org/wsis-kg/event/igf/2009"),
                "an event known by its year starts on 1 January");
    }

    private static Network.Vertex vertex(Network n, String iri) {
        return n.vertices().stream().filter(v -> v.iri().equals(iri)).findFirst().orElseThrow();
    }

    private static long count(String select) {
        String q = "PREFIX wsis: <https://w3id.org/wsis-kg/ontology#>\n" + select;
        return seed.calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(seed)).query(q).build()) {
                QuerySolution s = qe.execSelect().next();
                return s.getLiteral("n").getLong();
            }
        });
    }

    private static byte[] write(Network n, NetworkExporter.Format f) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new NetworkExporter().write(n, f, out);
        return out.toByteArray();
    }

    private static Graph<String, DefaultEdge> emptyGraph() {
        return GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .weighted(true).edgeSupplier(SupplierUtil.DEFAULT_EDGE_SUPPLIER).buildGraph();
    }

    private static java.io.Reader reader(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    private static org.w3c.dom.Document parseXml(byte[] bytes) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String start(org.w3c.dom.Document doc, String tag, String id) {
        NodeList list = doc.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e.getAttribute("start");
            }
        }
        throw new AssertionError("no " + tag + " " + id);
    }
}
