package org.wsiskg.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.source.Format;
import org.wsiskg.text.Origin;
import org.wsiskg.extract.ParagraphEntry;
import org.wsiskg.extract.Reference;
import org.wsiskg.rdf.vocab.Cito;
import org.wsiskg.rdf.vocab.Dct;
import org.wsiskg.rdf.vocab.Eli;
import org.wsiskg.rdf.vocab.Prov;
import org.wsiskg.rdf.vocab.Rdfs;
import org.wsiskg.rdf.vocab.Wsis;

/**
 * Turns extraction reports into a dataset: one named graph per source text holding every fact
 * read from it, each fact anchored to its span, plus a graph holding the ontology. Cited
 * documents that are not in the corpus get a resource of their own (symbol, kind, undocs.org
 * link) in the graph of each text that cites them, so every graph stands on its own.
 *
 * <p>A text's graph has two parts: what its text alone gives ({@link #textGraph}), and what the
 * corpus settles for it ({@link #corpusGraph}: the events it mentions, with the values all texts
 * agree on). The second is derived from a {@link CrossText} made of small {@link TextSummary}s, so a
 * build can write each text's own part as soon as it is read and never hold the whole corpus;
 * {@link #build} puts both parts together in memory for a small corpus or a test.
 */
public final class GraphBuilder {

    private final IriScheme iris;
    private final EventWriter events;
    private final List<MandateReference.Action> mandateReference = MandateReference.load();

    public GraphBuilder(IriScheme iris) {
        this.iris = iris;
        this.events = new EventWriter(iris);
    }

    public IriScheme iris() {
        return iris;
    }

    public DatasetGraph build(List<DocumentExtraction> documents, Graph ontology) {
        return build(documents, ontology, warning -> { });
    }

    /**
     * The dataset of {@code documents}; what keeps the texts of one document from pairing their
     * paragraphs ({@code PREAMBLE_MISMATCH}) goes to {@code warnings}, one line each.
     */
    public DatasetGraph build(List<DocumentExtraction> documents, Graph ontology, Consumer<String> warnings) {
        CrossText corpus = CrossText.of(documents.stream().map(TextSummary::of).toList(), iris);
        corpus.warnings().forEach(warnings);
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.executeWrite(() -> {
            dataset.addGraph(NodeFactory.createURI(ontologyGraphIri()), ontology);
            for (DocumentExtraction d : documents) {
                Graph g = dataset.getGraph(graphName(d.source()));
                write(d, g, corpus.names());
                events.writeEvents(g, corpus.eventsOf(d.source()), corpus);
            }
        });
        return dataset;
    }

    /** The name of the graph of the text {@code source}. */
    public Node graphName(String source) {
        return NodeFactory.createURI(iris.graph(source));
    }

    /**
     * What the text of {@code d} alone gives, its preambular paragraphs named in its language when
     * {@code preamblesApart} (the corpus holds another text of its document with as many; see
     * {@link CrossText#preamblesApart}).
     */
    public Graph textGraph(DocumentExtraction d, boolean preamblesApart) {
        Graph g = GraphFactory.createDefaultGraph();
        write(d, g, preamblesApart ? ParagraphNames.apart(documentIri(d)) : ParagraphNames.PAIRED);
        return g;
    }

    /** What the corpus settles for the text {@code source}: the events it mentions, as every graph states them. */
    public Graph corpusGraph(String source, CrossText corpus) {
        Graph g = GraphFactory.createDefaultGraph();
        events.writeEvents(g, corpus.eventsOf(source), corpus);
        return g;
    }

    /** The file the text was extracted from: format, size, SHA-256, pages; and the SHA-256 of the text itself. */
    private void describeFile(Graph g, Node source, DocumentExtraction d, Anchors anchors) {
        Origin o = d.origin();
        if (o != null) {
            anchors.paged(d.source(), o);
            add(g, source, Wsis.fileFormat.asNode(), NodeFactory.createLiteralString(o.format()));
            add(g, source, Dct.format.asNode(), NodeFactory.createLiteralString(Format.byLabel(o.format()).mediaType()));
            add(g, source, Wsis.fileSize.asNode(), Anchors.integer(o.size()));
            add(g, source, Wsis.fileSha256.asNode(), NodeFactory.createLiteralString(o.sha256()));
            if (o.paged()) {
                add(g, source, Wsis.pageCount.asNode(), Anchors.integer(o.pageStarts().size()));
            }
        }
        if (d.textSha256() != null) {
            add(g, source, Wsis.textSha256.asNode(), NodeFactory.createLiteralString(d.textSha256()));
        }
    }

    public String ontologyGraphIri() {
        return iris.base() + "graph/ontology";
    }

    /** The IRI of the document a report describes. */
    public String documentIri(DocumentExtraction d) {
        return iris.textDocument(d.symbol(), d.source());
    }

    /** Writes what the text of {@code d} alone gives; its anchors know its pages only, so texts can be written at once. */
    private void write(DocumentExtraction d, Graph g, ParagraphNames names) {
        Anchors anchors = new Anchors(iris);
        MandateWriter mandates = new MandateWriter(iris, anchors, mandateReference);
        Node source = uri(iris.source(d.source()));
        add(g, source, RDF.type.asNode(), Wsis.SourceText.asNode());
        add(g, source, RDF.type.asNode(), Prov.Entity.asNode());
        add(g, source, Wsis.sourcePath.asNode(), NodeFactory.createLiteralString(d.source()));
        add(g, source, Dct.language.asNode(), NodeFactory.createLiteralString(d.language()));
        describeFile(g, source, d, anchors);

        Node doc = uri(documentIri(d));
        add(g, doc, RDF.type.asNode(), documentClass(d.kind()));
        add(g, doc, RDF.type.asNode(), Wsis.Document.asNode());
        add(g, doc, Prov.wasDerivedFrom.asNode(), source);
        if (d.symbol() != null) {
            describeSymbol(g, doc, d.symbol());
        }
        if (d.title() != null) {
            add(g, doc, Dct.title.asNode(), NodeFactory.createLiteralLang(d.title(), d.language()));
        }
        if (d.adopted() != null) {
            add(g, doc, Eli.date_document.asNode(), NodeFactory.createLiteralDT(d.adopted(), XSDDatatype.XSDdate));
        }
        addInteger(g, doc, Wsis.session.asNode(), d.session());
        addInteger(g, doc, Wsis.plenaryMeeting.asNode(), d.plenaryMeeting());
        addInteger(g, doc, Wsis.agendaItem.asNode(), d.agendaItem());
        if (d.body() != null) {
            Bodies.byCode(d.body()).ifPresent(b -> {
                Node body = uri(iris.body(b.name()));
                add(g, doc, Eli.passed_by.asNode(), body);
                add(g, body, RDF.type.asNode(), Wsis.Body.asNode());
                add(g, body, RDF.type.asNode(), Eli.Agent.asNode());
                add(g, body, Rdfs.label.asNode(), NodeFactory.createLiteralLang(b.english(), "en"));
                add(g, body, Rdfs.label.asNode(), NodeFactory.createLiteralLang(b.chinese(), "zh"));
            });
        }

        Map<String, Node> paragraphs = new HashMap<>();
        for (ParagraphEntry p : d.paragraphs()) {
            Node para = uri(iris.paragraph(doc.getURI(), names.segment(d, doc.getURI(), p)));
            paragraphs.put(p.id(), para);
            add(g, para, RDF.type.asNode(), paragraphClass(p.kind()));
            add(g, para, RDF.type.asNode(), Wsis.Paragraph.asNode());
            add(g, para, Eli.is_part_of.asNode(), doc);
            add(g, doc, Eli.has_part.asNode(), para);
            add(g, para, Wsis.paragraphId.asNode(), NodeFactory.createLiteralString(p.id()));
            if (p.number() != null) {
                add(g, para, Wsis.paragraphNumber.asNode(), NodeFactory.createLiteralString(p.number()));
            }
            add(g, para, Wsis.text.asNode(), NodeFactory.createLiteralLang(p.text(), d.language()));
            anchors.anchor(g, para, d.source(), p.span(), null);
        }

        Map<String, Integer> seen = new HashMap<>();
        Set<Node> citations = new HashSet<>();
        for (Reference r : d.references()) {
            String key = r.span().start() + "-" + r.span().end();
            int duplicate = seen.merge(key, 1, Integer::sum);
            Node cit = uri(iris.citation(doc.getURI(), d.source(), r.span().start(), r.span().end(), duplicate));
            Node target = uri(iris.document(r.target()));
            describeSymbol(g, target, r.target());
            add(g, target, RDF.type.asNode(), targetClass(r));
            add(g, target, RDF.type.asNode(), Wsis.Document.asNode());
            Node cited = target;
            if (r.paragraph() != null) {
                cited = uri(iris.paragraph(target.getURI(), r.paragraph().toString()));
                add(g, cited, RDF.type.asNode(), Wsis.Paragraph.asNode());
                add(g, cited, Eli.is_part_of.asNode(), target);
                add(g, cited, Wsis.paragraphNumber.asNode(), NodeFactory.createLiteralString(r.paragraph().toString()));
            }
            add(g, doc, Eli.cites.asNode(), cited);
            if (cited != target) {
                add(g, doc, Eli.cites.asNode(), target);
            }
            citations.add(cit);
            add(g, cit, RDF.type.asNode(), Wsis.Citation.asNode());
            add(g, cit, RDF.type.asNode(), Cito.Citation.asNode());
            Node citing = paragraphs.getOrDefault(r.in(), doc);
            add(g, cit, Cito.hasCitingEntity.asNode(), citing);
            add(g, cit, Cito.hasCitedEntity.asNode(), cited);
            add(g, cit, Wsis.citingDocument.asNode(), doc);
            add(g, cit, Wsis.citedDocument.asNode(), target);
            if (r.function() != null) {
                add(g, cit, Wsis.citingFunction.asNode(), CitingFunctionTerms.node(r.function()));
            }
            add(g, cit, Wsis.quote.asNode(), NodeFactory.createLiteralString(r.text()));
            anchors.anchor(g, cit, d.source(), r.span(), r.text());
        }
        for (ParagraphEntry p : d.paragraphs()) {
            if (p.footnoteTo() != null && paragraphs.containsKey(p.footnoteTo())) {
                add(g, paragraphs.get(p.id()), Wsis.footnoteTo.asNode(), paragraphs.get(p.footnoteTo()));
            }
        }
        // Counted here, per source text, so that the list of every text (the documents query) need not count them.
        add(g, source, Wsis.paragraphCount.asNode(), Anchors.integer(new HashSet<>(paragraphs.values()).size()));
        add(g, source, Wsis.citationCount.asNode(), Anchors.integer(citations.size()));
        events.writeMentions(d, g, doc, paragraphs, anchors);
        mandates.write(d, g, doc, paragraphs);
    }

    private void describeSymbol(Graph g, Node doc, String symbol) {
        add(g, doc, Wsis.symbol.asNode(), NodeFactory.createLiteralString(symbol));
        add(g, doc, Dct.identifier.asNode(), NodeFactory.createLiteralString(symbol));
        add(g, doc, Rdfs.seeAlso.asNode(), uri("https://undocs.org/" + symbol.replace(" ", "%20")));
    }

    private static Node documentClass(String kind) {
        if (kind == null) {
            return Wsis.Document.asNode();
        }
        return switch (kind) {
            case "resolution" -> Wsis.Resolution.asNode();
            case "decision" -> Wsis.Decision.asNode();
            case "draft resolution" -> Wsis.DraftResolution.asNode();
            case "draft decision" -> Wsis.DraftDecision.asNode();
            default -> Wsis.Document.asNode();
        };
    }

    private static Node targetClass(Reference r) {
        String t = r.target();
        if (t.contains("/RES/")) {
            return Wsis.Resolution.asNode();
        }
        if (t.contains("/DEC/")) {
            return Wsis.Decision.asNode();
        }
        if (t.startsWith("WSIS-")) {
            return Wsis.OutcomeDocument.asNode();
        }
        return Wsis.Document.asNode();
    }

    private static Node paragraphClass(String kind) {
        return switch (kind) {
            case "preambular" -> Wsis.PreambularParagraph.asNode();
            case "operative" -> Wsis.OperativeParagraph.asNode();
            case "footnote" -> Wsis.Footnote.asNode();
            case "body" -> Wsis.Paragraph.asNode();
            default -> Wsis.Heading.asNode();
        };
    }

    private static void addInteger(Graph g, Node s, Node p, Integer value) {
        if (value != null) {
            add(g, s, p, Anchors.integer(value));
        }
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
