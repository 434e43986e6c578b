package org.wsiskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.EventMention;
import org.wsiskg.extract.MandateMention;
import org.wsiskg.extract.ParagraphEntry;
import org.wsiskg.text.Span;

class EventGraphTest {

    private static final String PREFIXES = "PREFIX wsis: <https://w3id.org/wsis-kg/ontology#>\n"
            + "PREFIX schema: <https://schema.org/>\nPREFIX time: <http://www.w3.org/2006/time#>\n";

    private static DocumentExtraction doc(String source, String symbol, List<EventMention> events,
                                          List<MandateMention> mandates) {
        List<ParagraphEntry> paragraphs = List.of(new ParagraphEntry("pp21", "preambular", null, new Span(0, 100),
                "…", null), new ParagraphEntry("op17", "operative", "17", new Span(100, 200), "…", null));
        return new DocumentExtraction(source, "zh", symbol, "GA", "resolution", 65, "2010-12-20", 69, null, null,
                paragraphs, List.of(), events, mandates, List.of());
    }

    private static EventMention igf(Integer ordinal, String start, String end, String city, String country, int at) {
        return new EventMention("igf-meeting", ordinal, 2009, start, end, city, country, "pp21", "…",
                new Span(at, at + 10));
    }

    private static Model union(DatasetGraph dataset) {
        Graph all = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> all.add(q.asTriple()));
        return ModelFactory.createModelForGraph(all);
    }

    private static List<String> select(Model m, String query, String var) {
        List<String> out = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(PREFIXES + query, m)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.getResource(var).getURI());
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void oneMeetingMentionedByTwoTextsIsOneNodeWithTheMostPreciseValues() {
        DocumentExtraction a = doc("corpus/zh/a.txt", "A/RES/65/141",
                List.of(igf(4, "2009-11-15", "2009-11-18", "Sharm el-Sheikh", "Egypt", 10),
                        igf(4, "2009-11", "2009-11", null, "Egypt", 40)), List.of());
        DocumentExtraction b = doc("corpus/zh/b.txt", null, List.of(igf(null, null, null, "Sharm el-Sheikh", "Egypt", 50)),
                List.of());
        Model m = union(new GraphBuilder(IriScheme.standard()).build(List.of(a, b), GraphFactory.createDefaultGraph()));
        assertEquals(List.of("https://w3id.org/wsis-kg/event/igf/2009"),
                select(m, "SELECT DISTINCT ?e { ?e a wsis:IgfMeeting }", "e"));
        assertEquals(List.of("2009-11-15"), select(m, "SELECT ?d { ?e a wsis:IgfMeeting ; schema:startDate ?d }", "d"));
        assertEquals(List.of("https://w3id.org/wsis-kg/place/sharm-el-sheikh"),
                select(m, "SELECT ?p { ?e a wsis:IgfMeeting ; schema:location ?p }", "p"));
        assertEquals(3, select(m, "SELECT ?x { ?x wsis:mentionOf ?e . ?e a wsis:IgfMeeting }", "x").size());
        assertEquals(List.of(), select(m, "SELECT ?c { ?c a wsis:Conflict }", "c"));
    }

    @Test
    void textsThatDisagreeKeepBothValuesAndAConflictNode() {
        DocumentExtraction a = doc("corpus/zh/a.txt", "A/RES/65/141",
                List.of(igf(4, "2009-11-15", "2009-11-18", "Sharm el-Sheikh", "Egypt", 10)), List.of());
        DocumentExtraction b = doc("corpus/zh/b.txt", "A/RES/66/184",
                List.of(igf(5, "2009-11-16", "2009-11-18", "Sharm el-Sheikh", "Egypt", 10)), List.of());
        Model m = union(new GraphBuilder(IriScheme.standard()).build(List.of(a, b), GraphFactory.createDefaultGraph()));
        assertEquals(List.of("2009-11-15", "2009-11-16"),
                select(m, "SELECT ?d { ?e a wsis:IgfMeeting ; schema:startDate ?d }", "d"));
        assertEquals(List.of("https://schema.org/startDate", "https://w3id.org/wsis-kg/ontology#ordinal"),
                select(m, "SELECT ?p { ?c a wsis:Conflict ; wsis:conflictProperty ?p }", "p"));
        List<String> mentions = select(m, "SELECT ?x { ?c wsis:conflictProperty wsis:ordinal ; wsis:conflictingMention ?x }", "x");
        assertEquals(2, mentions.size());
        assertTrue(mentions.get(0).contains("/doc/A/RES/65/141/event/zh/a/10-20"));
    }

    @Test
    void aMandateExtensionHasItsPeriodAndTheParagraphThatSetIt() {
        MandateMention extend = new MandateMention("IGF", "extend", 5, 2015, null, null, List.of(), null, null, "op17",
                "…", new Span(120, 140));
        DocumentExtraction a = doc("corpus/zh/a.txt", "A/RES/65/141", List.of(), List.of(extend));
        Model m = union(new GraphBuilder(IriScheme.standard()).build(List.of(a), GraphFactory.createDefaultGraph()));
        assertEquals(List.of("2006-2010-https://w3id.org/wsis-kg/doc/WSIS-05/TUNIS/DOC/6(Rev.1)/para/72",
                        "2011-2015-https://w3id.org/wsis-kg/doc/A/RES/65/141/para/17"),
                select(m, "SELECT (CONCAT(STR(?b), '-', STR(?e), '-', STR(?p)) AS ?row) { ?a a wsis:MandateAction ;"
                        + " wsis:period [ time:hasBeginning/time:inXSDgYear ?b ; time:hasEnd/time:inXSDgYear ?e ] ;"
                        + " wsis:setBy ?p }", "row"));
    }
}
