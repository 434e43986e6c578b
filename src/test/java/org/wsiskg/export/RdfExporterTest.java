package org.wsiskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every RDF export of the seed corpus, parsed back with Jena, holds exactly the statements of the dataset. */
class RdfExporterTest {

    private static DatasetGraph dataset;
    private static Set<Quad> quads;
    private static Set<Triple> union;

    @BeforeAll
    static void build() {
        dataset = SeedDataset.build();
        quads = new HashSet<>();
        union = new HashSet<>();
        dataset.executeRead(() -> dataset.find().forEachRemaining(q -> {
            quads.add(q);
            union.add(q.asTriple());
        }));
    }

    @ParameterizedTest(name = "{0} keeps the named graphs")
    @CsvSource({"NQUADS, N-Quads", "TRIG, TriG", "JSONLD, JSON-LD"})
    void quadFormatsRoundTrip(ExportFormat format, String langName) {
        byte[] bytes = SeedDataset.export(dataset, format, NetworkReader.Include.DOCUMENTS);
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(langName)).parse(back);
        Set<Quad> parsed = new HashSet<>();
        back.find().forEachRemaining(parsed::add);
        assertEquals(quads.size(), parsed.size(), "quad count");
        assertEquals(quads, parsed);
        assertEquals(6, back.size(), "five source graphs and the ontology graph");
    }

    @ParameterizedTest(name = "{0} holds the union of the named graphs")
    @CsvSource({"NTRIPLES, N-Triples", "TURTLE, Turtle", "RDFXML, RDF/XML"})
    void tripleFormatsRoundTrip(ExportFormat format, String langName) {
        byte[] bytes = SeedDataset.export(dataset, format, NetworkReader.Include.DOCUMENTS);
        Graph back = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(langName)).parse(back);
        assertEquals(union.size(), back.size(), "triple count");
        assertEquals(union, new HashSet<>(back.find().toList()));
    }

    @Test
    void nTriplesLinesAreSortedAndTurtleUsesTheContextPrefixes() {
        String nt = new String(SeedDataset.export(dataset, ExportFormat.NTRIPLES, NetworkReader.Include.DOCUMENTS),
                StandardCharsets.UTF_8);
        List<String> lines = nt.lines().toList();
        List<String> subjects = lines.stream().map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertEquals(subjects.stream().sorted().toList(), subjects, "N-Triples sorted by subject");
        String ttl = new String(SeedDataset.export(dataset, ExportFormat.TURTLE, NetworkReader.Include.DOCUMENTS),
                StandardCharsets.UTF_8);
        for (var e : RdfExporter.standard().prefixes().entrySet()) {
            assertTrue(ttl.contains("PREFIX " + e.getKey() + ": <" + e.getValue() + ">"), e.getKey());
        }
        assertTrue(ttl.contains("wsis:symbol"), "abbreviated with the wsis: prefix");
    }

    @Test
    void jsonLdIsCompactedWithTheShippedContext() {
        String json = new String(SeedDataset.export(dataset, ExportFormat.JSONLD, NetworkReader.Include.DOCUMENTS),
                StandardCharsets.UTF_8);
        assertTrue(json.contains("\"@context\""), "context inline");
        assertTrue(json.contains("\"wsis:symbol\""), "compact property names");
        assertTrue(json.contains("\"cito:hasCitedEntity\""), "compact property names");
        assertTrue(json.contains("\"@id\": \"https://w3id.org/wsis-kg/graph/zh/000_c9834f3814b4465f\""),
                "one named graph per source text");
    }

    @Test
    void contextPrefixesCoverEveryNamespaceOfTheGraph() {
        Set<String> namespaces = new HashSet<>();
        for (Triple t : union) {
            Node p = t.getPredicate();
            namespaces.add(p.getNameSpace());
        }
        namespaces.removeAll(RdfExporter.standard().prefixes().values());
        assertEquals(Set.of(), namespaces, "predicate namespaces without a prefix in ontology/context.jsonld");
    }

    private static Lang lang(String name) {
        return org.apache.jena.riot.RDFLanguages.nameToLang(name);
    }
}
