package org.wsiskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.wsiskg.rdf.vocab.Wsis;

/** The citation table has one row per citation of the store, and reads back as RFC 4180 CSV. */
class CitationCsvTest {

    @Test
    void oneRowPerCitationOfTheSeedCorpus() throws IOException {
        DatasetGraph seed = SeedDataset.build();
        Map<String, String> quotes = new HashMap<>();
        seed.executeRead(() -> seed.find(Node.ANY, Node.ANY, RDF.type.asNode(), Wsis.Citation.asNode())
                .forEachRemaining(q -> quotes.put(q.getSubject().getURI(),
                        seed.find(Node.ANY, q.getSubject(), Wsis.quote.asNode(), Node.ANY).next().getObject()
                                .getLiteralLexicalForm())));
        byte[] bytes = SeedDataset.export(seed, ExportFormat.CSV, NetworkReader.Include.DOCUMENTS);
        List<CSVRecord> rows = parse(bytes);
        assertEquals(CitationCsv.HEADER, rows.get(0).toList());
        assertEquals(quotes.size(), rows.size() - 1, "one row per citation node");
        for (CSVRecord r : rows.subList(1, rows.size())) {
            assertEquals(quotes.get(r.get(9)), r.get(5), "quote of " + r.get(9));
            assertTrue(r.get(0).startsWith("A/RES/") || r.get(0).startsWith("E/RES/") || r.get(0).startsWith("https://"),
                    "citing document by symbol, or by IRI for a draft: " + r.get(0));
            assertTrue(r.get(6).startsWith("data/corpus/zh/"), "source text");
            assertTrue(Long.parseLong(r.get(7)) < Long.parseLong(r.get(8)), "span");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", CitationCsv.HEADER) + "\r\n"), "header, CRLF (RFC 4180)");
        assertTrue(text.endsWith("\r\n"), "CRLF record ends");
    }

    @Test
    void awkwardQuotesAreEscaped() throws IOException {
        String ttl = """
                PREFIX wsis: <https://w3id.org/wsis-kg/ontology#>
                PREFIX cito: <http://purl.org/spar/cito/>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                BASE <https://w3id.org/wsis-kg/>
                <doc/A/RES/1/1> a wsis:Document ; wsis:symbol "A/RES/1/1" .
                <doc/A/RES/1/1/para/pp2> a wsis:Paragraph ; eli:is_part_of <doc/A/RES/1/1> ; wsis:paragraphId "pp2" .
                <doc/A/RES/2/2> a wsis:Document ; wsis:symbol "A/RES/2/2" .
                <doc/A/RES/2/2/para/72> a wsis:Paragraph ; eli:is_part_of <doc/A/RES/2/2> ; wsis:paragraphNumber "72" .
                <doc/A/RES/1/1/citation/3-9> a wsis:Citation ; wsis:citingDocument <doc/A/RES/1/1> ;
                    cito:hasCitingEntity <doc/A/RES/1/1/para/pp2> ; wsis:citedDocument <doc/A/RES/2/2> ;
                    cito:hasCitedEntity <doc/A/RES/2/2/para/72> ; wsis:quote "第 2/2 号, \\"决议\\"\\n第 72 段" .
                """;
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        ds.executeWrite(() -> RDFParser.fromString(ttl, Lang.TURTLE).parse(ds.getGraph(NodeFactory.createURI("urn:g"))));
        List<CSVRecord> rows = parse(SeedDataset.export(ds, ExportFormat.CSV, NetworkReader.Include.DOCUMENTS));
        assertEquals(2, rows.size());
        assertEquals(List.of("A/RES/1/1", "pp2", "", "A/RES/2/2", "72", "第 2/2 号, \"决议\"\n第 72 段", "", "", "",
                "https://w3id.org/wsis-kg/doc/A/RES/1/1/citation/3-9"), rows.get(1).toList());
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        try (CSVParser p = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }
}
