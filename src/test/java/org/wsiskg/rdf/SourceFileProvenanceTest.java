package org.wsiskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.source.FixtureFilesAccess;
import org.wsiskg.source.SourceReader;
import org.wsiskg.store.CorpusBuild;
import org.wsiskg.text.Corpus;
import org.wsiskg.text.Origin;

/**
 * The graph names the file a text came from (format, media type, size, SHA-256), the SHA-256 of
 * the text extracted from it, and for a PDF the page count and the page of each quote.
 */
class SourceFileProvenanceTest {

    @Test
    void aPdfSourceRecordsItsFileAndEachQuoteItsPage(@TempDir Path dir) throws IOException {
        Path pdf = FixtureFilesAccess.englishPdf(dir.resolve("a-res-65-141.pdf"));
        CorpusBuild build = new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), line -> { });
        DatasetGraph graph = build.dataset(build.extract(Corpus.files(dir)));
        Dataset ds = DatasetFactory.wrap(graph);
        List<QuerySolution> source = select(ds, """
                SELECT ?format ?type ?size ?sha ?text ?pages WHERE { GRAPH ?g {
                  ?s a wsis:SourceText ; wsis:fileFormat ?format ; dcterms:format ?type ; wsis:fileSize ?size ;
                     wsis:fileSha256 ?sha ; wsis:textSha256 ?text ; wsis:pageCount ?pages } }""");
        assertEquals(1, source.size());
        QuerySolution s = source.get(0);
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("pdf", s.getLiteral("format").getString());
        assertEquals("application/pdf", s.getLiteral("type").getString());
        assertEquals(bytes.length, s.getLiteral("size").getLong());
        assertEquals(Origin.sha256(bytes), s.getLiteral("sha").getString());
        String extracted = new SourceReader().read(pdf, "a-res-65-141.pdf").text().text();
        assertEquals(Origin.sha256(extracted.getBytes(StandardCharsets.UTF_8)), s.getLiteral("text").getString(),
                "the extracted text is reproduced byte for byte from the file");
        assertEquals(2, s.getLiteral("pages").getInt());

        List<QuerySolution> pages = select(ds, """
                SELECT ?cited ?page WHERE { GRAPH ?g { ?c cito:hasCitedEntity ?cited ; oa:hasTarget/wsis:page ?page } }
                ORDER BY ?cited ?page""");
        assertEquals(1, pageOf(pages, "A/RES/56/183"));
        assertEquals(2, pageOf(pages, "A/RES/60/252"));
    }

    private static int pageOf(List<QuerySolution> rows, String symbol) {
        return rows.stream().filter(r -> r.getResource("cited").getURI().endsWith("/doc/" + symbol))
                .findFirst().orElseThrow(() -> new AssertionError("no page for " + symbol + " in " + rows))
                .getLiteral("page").getInt();
    }

    private static List<QuerySolution> select(Dataset ds, String query) {
        String prefixes = """
                PREFIX wsis: <https://w3id.org/wsis-kg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX cito: <http://purl.org/spar/cito/>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                """;
        try (QueryExecution q = QueryExecution.dataset(ds).query(prefixes + query).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            q.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
