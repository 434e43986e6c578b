package org.wsiskg.rdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.wsiskg.Golden;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.Issue;
import org.wsiskg.extract.ParagraphEntry;
import org.wsiskg.extract.Reference;
import org.wsiskg.text.Span;

/** Records → triples for a small hand-made report, against a golden N-Triples file (sorted). */
class GraphBuilderGoldenTest {

    @Test
    void aResolutionWithOneCitingParagraphAndOneFootnote() {
        DocumentExtraction d = new DocumentExtraction("data/corpus/zh/example.txt", "zh", "A/RES/65/141", "GA",
                "resolution", 65, "2010-12-20", 69, 20, "信息和通信技术促进发展",
                List.of(new ParagraphEntry("pp1", "preambular", null, new Span(10, 40), "回顾其第 59/220 号决议，", null),
                        new ParagraphEntry("op17", "operative", "17", new Span(41, 90), "17. 决定按照《突尼斯议程》第 72 段……", null),
                        new ParagraphEntry("fn3", "footnote", "3", new Span(95, 110), "见第 60/252 号决议。", "pp1")),
                List.of(new Reference("resolution", "A/RES/59/220", null, "recalls", "pp1", "第 59/220 号", new Span(14, 23)),
                        new Reference("paragraph", "WSIS-05/TUNIS/DOC/6(Rev.1)", 72, "decides", "op17", "第 72 段", new Span(60, 66)),
                        new Reference("resolution", "A/RES/57/270 B", null, "recalls", "pp1", "第 57/270 B 号", new Span(96, 108))),
                List.of(), List.of(),
                List.of(Issue.warning("EXAMPLE", "issues do not become triples", new Span(0, 1))));
        IriScheme iris = IriScheme.standard();
        Graph g = new GraphBuilder(iris).build(List.of(d), GraphFactory.createDefaultGraph())
                .getGraph(org.apache.jena.graph.NodeFactory.createURI(iris.graph(d.source())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        Golden.assertMatches("graph/example-resolution.nt", String.join("\n", lines) + "\n");
    }
}
