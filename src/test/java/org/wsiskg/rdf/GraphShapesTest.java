package org.wsiskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsiskg.WsisException;
import org.wsiskg.rdf.vocab.Cito;
import org.wsiskg.rdf.vocab.Wsis;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.store.CorpusBuild;
import org.wsiskg.text.Corpus;

/** The seed corpus satisfies ontology/shapes.ttl; deliberately broken graphs are refused with the shape named. */
class GraphShapesTest {

    private static final String BASE = IriScheme.DEFAULT_BASE;
    private DatasetGraph dataset;
    private final GraphShapes shapes = GraphShapes.load(IriScheme.standard());

    @BeforeEach
    void build() {
        dataset = seed(IriScheme.standard());
    }

    static DatasetGraph seed(IriScheme iris) {
        CorpusBuild build = new CorpusBuild(new DocumentReader(), new GraphBuilder(iris), line -> { });
        return build.dataset(build.extract(Corpus.files(Path.of("data/corpus"))));
    }

    @Test
    void theSeedCorpusConforms() {
        assertEquals(List.of(), shapes.violations(dataset));
    }

    @Test
    void anotherBaseConformsToTheRebasedShapes() {
        IriScheme other = new IriScheme("https://example.org/kg/");
        DatasetGraph elsewhere = seed(other);
        assertEquals(List.of(), GraphShapes.load(other).violations(elsewhere));
        assertTrue(shapes.violations(elsewhere).stream().anyMatch(v -> v.startsWith("shape:Citation on ")),
                "IRIs under another base do not match the default patterns");
    }

    @Test
    void aCitationWithoutCitingParagraphFailsNamingTheShape() {
        Quad q = dataset.find(Node.ANY, Node.ANY, Cito.hasCitingEntity.asNode(), Node.ANY).next();
        dataset.delete(q);
        List<String> progress = new ArrayList<>();
        WsisException e = assertThrows(WsisException.class, () -> shapes.check(dataset, progress::add));
        assertEquals("SHACL_VIOLATION", e.code());
        assertEquals(WsisException.FAILURE, e.exitStatus());
        assertTrue(e.getMessage().contains("shape:CitationCitingParagraph"), e.getMessage());
        assertTrue(e.getMessage().contains(q.getSubject().getURI()), "names the focus node: " + e.getMessage());
        assertTrue(e.getMessage().contains("exactly one citing entity"), "says what is wrong: " + e.getMessage());
        assertEquals(1, progress.size(), progress.toString());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void aCitationWhoseCitingEntityIsNoParagraphFails() {
        Quad q = dataset.find(Node.ANY, Node.ANY, Cito.hasCitingEntity.asNode(), Node.ANY).next();
        dataset.delete(q);
        dataset.add(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createURI(BASE + "doc/A/RES/65/141"));
        assertTrue(shapes.violations(dataset).stream().anyMatch(v -> v.startsWith("shape:CitationCitingParagraph on ")),
                shapes.violations(dataset).toString());
    }

    @Test
    void aParagraphOutsideTheIriSchemeFails() {
        Node g = NodeFactory.createURI(BASE + "graph/zh/test");
        Node para = NodeFactory.createURI("https://example.org/para/1");
        dataset.add(g, para, RDF.type.asNode(), Wsis.Paragraph.asNode());
        dataset.add(g, para, NodeFactory.createURI("http://data.europa.eu/eli/ontology#is_part_of"),
                NodeFactory.createURI(BASE + "doc/A/RES/65/141"));
        List<String> v = shapes.violations(dataset);
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).startsWith("shape:Paragraph on <https://example.org/para/1>"), v.get(0));
    }

    @Test
    void aDocumentWithNeitherSymbolNorSourceFails() {
        Node g = NodeFactory.createURI(BASE + "graph/zh/test");
        dataset.add(g, NodeFactory.createURI(BASE + "doc/unnumbered/x"), RDF.type.asNode(), Wsis.Document.asNode());
        List<String> v = shapes.violations(dataset);
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).startsWith("shape:DocumentIdentified on "), v.get(0));
    }

    @Test
    void eventsNeedAKindAndAYear() {
        // Years and ordinals no seed text mentions, so these events are only the ones written here.
        String ttl = """
                PREFIX wsis: <https://w3id.org/wsis-kg/ontology#>
                PREFIX schema: <http://schema.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                BASE <https://w3id.org/wsis-kg/>
                wsis:IgfMeeting a <http://www.w3.org/2002/07/owl#Class> ; <http://www.w3.org/2000/01/rdf-schema#subClassOf> schema:Event .
                <event/igf/1990> a wsis:IgfMeeting ; wsis:year 1990 .
                <event/cstd/1> a schema:Event , wsis:CstdSession ; schema:startDate "2010-05-17"^^xsd:date .
                <event/igf/1991> a wsis:IgfMeeting .
                <event/igf/1992> a schema:Event ; wsis:year 1992 .
                <meeting/x> a wsis:IgfMeeting ; wsis:year 2012 .
                """;
        Node g = NodeFactory.createURI(BASE + "graph/zh/test");
        RDFParser.fromString(ttl, Lang.TURTLE).parse(dataset.getGraph(g));
        List<String> v = shapes.violations(dataset);
        assertEquals(3, v.size(), v.toString());
        assertEquals("shape:Event on <" + BASE + "event/igf/1991>: an event needs a year: a literal typed xsd:gYear,"
                + " xsd:date or xsd:dateTime, or a 4-digit value of a property named ...year", v.get(0));
        assertTrue(v.get(1).startsWith("shape:Event on <" + BASE + "meeting/x>: Pattern"), v.get(1));
        assertEquals("shape:EventKind on <" + BASE + "event/igf/1992>: an event needs a kind: an rdf:type among the"
                + " wsis: event classes", v.get(2));
    }
}
