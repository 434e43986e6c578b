package org.wsiskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.server.SparqlServer;
import org.wsiskg.store.SeedStore;

/**
 * A Chinese and an English text of one resolution (a short synthetic pair) are one document: the
 * {@code documents} query lists a row per text with its own title, the document's page shows both
 * titles, and a paragraph read in both languages is one resource carrying both texts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BilingualDocumentTest {

    private static final String ZH = """
            联合国  A/RES/70/999
            大会
            第七十届会议
            议程项目 16
            2015 年 12 月 22 日大会决议
            70/999. 信息和通信技术促进可持续发展

            大会，

            回顾其 2013 年 12 月 20 日第 68/198 号决议，

            1. 注意到秘书长的报告；

            2. 重申第 60/252 号决议第 5 段；
            """;
    private static final String EN = """
            United Nations  A/RES/70/999
            General Assembly
            Distr.: General
            Seventieth session
            Agenda item 16
            Resolution adopted by the General Assembly on 22 December 2015
            70/999. Information and communications technologies for sustainable development

            The General Assembly,

            Recalling its resolution 68/198 of 20 December 2013,

            1. Takes note of the report of the Secretary-General;

            2. Reaffirms paragraph 5 of resolution 60/252;
            """;
    private static final String ZH_TITLE = "信息和通信技术促进可持续发展";
    private static final String EN_TITLE = "Information and communications technologies for sustainable development";

    private SparqlServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path corpus) throws IOException {
        Files.writeString(Files.createDirectories(corpus.resolve("zh")).resolve("a-res-70-999.txt"), ZH);
        Files.writeString(Files.createDirectories(corpus.resolve("en")).resolve("a-res-70-999.txt"), EN);
        Dataset dataset = SeedStore.build(corpus);
        server = SparqlServer.start(dataset, "127.0.0.1", 0, Duration.ofSeconds(30),
                WebSite.servlets(dataset, IriScheme.standard(), new QueryLibrary(Path.of("queries"))));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private String get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", accept).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    @Test
    void theDocumentsQueryListsBothTextsEachWithItsTitle() throws IOException, InterruptedException {
        String csv = get("/queries/documents?format=csv", "text/csv");
        long rows = csv.lines().filter(l -> l.contains("A/RES/70/999")).count();
        assertEquals(2, rows, csv);
        assertTrue(csv.lines().anyMatch(l -> l.contains("A/RES/70/999") && l.contains(",zh,") && l.contains(ZH_TITLE)), csv);
        assertTrue(csv.lines().anyMatch(l -> l.contains("A/RES/70/999") && l.contains(",en,") && l.contains(EN_TITLE)), csv);
    }

    @Test
    void theDocumentPageShowsBothTitles() throws IOException, InterruptedException {
        String html = get("/doc/A/RES/70/999", "text/html");
        assertTrue(html.contains(ZH_TITLE), html);
        assertTrue(html.contains(EN_TITLE), html);
    }

    @Test
    void aParagraphReadInBothLanguagesIsOneResourceWithBothTexts() throws IOException, InterruptedException {
        String turtle = get("/doc/A/RES/70/999/para/2", "text/turtle");
        assertTrue(turtle.contains("重申第 60/252 号决议第 5 段") && turtle.contains("@zh"), turtle);
        assertTrue(turtle.contains("Reaffirms paragraph 5 of resolution 60/252") && turtle.contains("@en"), turtle);
        String html = get("/doc/A/RES/70/999/para/2", "text/html");
        // Each text as written, its citations links on their words.
        assertTrue(html.contains("<p lang=\"zh\">2. 重申") && html.contains("决议第 5 段；</p>"), html);
        assertTrue(html.contains("<p lang=\"en\">2. Reaffirms") && html.contains("paragraph 5 of resolution 60/252</a>;</p>"), html);
    }
}
