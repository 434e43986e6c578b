package org.wsiskg.export;

import static org.wsiskg.export.GraphLookup.literal;
import static org.wsiskg.export.GraphLookup.one;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.wsiskg.rdf.vocab.Cito;
import org.wsiskg.rdf.vocab.Oa;
import org.wsiskg.rdf.vocab.Wsis;

/**
 * The citations as a table for spreadsheets: one row per citation occurrence (one
 * {@code wsis:Citation}), RFC 4180 CSV in UTF-8 with a header row, sorted by citing document,
 * then by position in its source text. A document is named by its symbol, or by its IRI when it
 * has none (a draft); a paragraph by its id in the citing text (pp3, op17, fn2) and by its
 * number in the cited one.
 */
public final class CitationCsv {

    public static final List<String> HEADER = List.of("citing_document", "citing_paragraph", "function",
            "target_document", "target_paragraph", "quote", "source", "start", "end", "citation");

    /** One row; start and end are UTF-16 offsets into the source text, as in the extraction report. */
    record Row(String citingDocument, String citingParagraph, String function, String targetDocument,
            String targetParagraph, String quote, String source, Long start, Long end, String citation) {

        List<String> cells() {
            return java.util.Arrays.asList(citingDocument, citingParagraph, function, targetDocument, targetParagraph,
                    quote, source, start == null ? null : start.toString(), end == null ? null : end.toString(),
                    citation);
        }
    }

    public void write(DatasetGraph dataset, OutputStream out) {
        List<Row> rows = rows(dataset);
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
            csv.printRecord(HEADER);
            for (Row r : rows) {
                csv.printRecord(r.cells());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Row> rows(DatasetGraph dataset) {
        Graph g = dataset.getUnionGraph();
        List<Row> rows = new ArrayList<>();
        for (Node c : NetworkReader.subjectsOfType(g, Wsis.Citation.asNode())) {
            Node citingDoc = one(g, c, Wsis.citingDocument.asNode());
            Node citing = one(g, c, Cito.hasCitingEntity.asNode());
            Node targetDoc = one(g, c, Wsis.citedDocument.asNode());
            Node target = one(g, c, Cito.hasCitedEntity.asNode());
            Node function = one(g, c, Wsis.citingFunction.asNode());
            Node anchor = one(g, c, Oa.hasTarget.asNode());
            Node source = anchor == null ? null : one(g, anchor, Oa.hasSource.asNode());
            Node position = anchor == null ? null : positionSelector(g, anchor);
            rows.add(new Row(name(g, citingDoc),
                    citing == null || citing.equals(citingDoc) ? null : literal(g, citing, Wsis.paragraphId.asNode()),
                    function == null ? null : functionName(g, function),
                    name(g, targetDoc),
                    target == null || target.equals(targetDoc) ? null : literal(g, target, Wsis.paragraphNumber.asNode()),
                    literal(g, c, Wsis.quote.asNode()),
                    source == null ? null : literal(g, source, Wsis.sourcePath.asNode()),
                    number(position == null ? null : literal(g, position, Oa.start.asNode())),
                    number(position == null ? null : literal(g, position, Oa.end.asNode())),
                    c.getURI()));
        }
        rows.sort(Comparator.comparing((Row r) -> nonNull(r.citingDocument())).thenComparing(r -> nonNull(r.source()))
                .thenComparing(r -> r.start() == null ? -1 : r.start()).thenComparing(r -> r.end() == null ? -1 : r.end())
                .thenComparing(Row::citation));
        return rows;
    }

    private static Node positionSelector(Graph g, Node anchor) {
        for (var t : g.find(anchor, Oa.hasSelector.asNode(), Node.ANY).toList()) {
            if (g.contains(t.getObject(), RDF.type.asNode(), Oa.TextPositionSelector.asNode())) {
                return t.getObject();
            }
        }
        return null;
    }

    static String functionName(Graph g, Node function) {
        String notation = literal(g, function, SKOS.notation.asNode());
        return notation != null ? notation : function.getLocalName();
    }

    private static String name(Graph g, Node doc) {
        if (doc == null) {
            return null;
        }
        String symbol = literal(g, doc, Wsis.symbol.asNode());
        return symbol != null ? symbol : doc.getURI();
    }

    private static Long number(String lexical) {
        return lexical == null ? null : Long.valueOf(lexical);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
