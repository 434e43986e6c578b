package org.wsiskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.RDF;
import org.wsiskg.rdf.vocab.Oa;
import org.wsiskg.rdf.vocab.Prov;
import java.util.HashMap;
import java.util.Map;
import org.wsiskg.rdf.vocab.Wsis;
import org.wsiskg.text.Origin;
import org.wsiskg.text.Span;

/**
 * Ties a fact to the text it was read from, with the W3C Web Annotation vocabulary: the fact's
 * target is a specific resource of the source text, selected by character position (UTF-16
 * offsets, as in the extraction report) and, for short quotes, by the exact text.
 */
final class Anchors {

    private final IriScheme iris;
    /** The paged source files (PDF) by source name, so an anchor in one names its page. */
    private final Map<String, Origin> paged = new HashMap<>();

    Anchors(IriScheme iris) {
        this.iris = iris;
    }

    /** Anchors in {@code sourceName} from now on name the page of {@code origin} on which they start. */
    void paged(String sourceName, Origin origin) {
        if (origin.paged()) {
            paged.put(sourceName, origin);
        }
    }

    void anchor(Graph g, Node fact, String sourceName, Span span, String exactQuote) {
        Node source = NodeFactory.createURI(iris.source(sourceName));
        Node target = NodeFactory.createURI(iris.anchor(sourceName, span));
        Node position = NodeFactory.createURI(target.getURI() + "/position");
        g.add(Triple.create(fact, Prov.wasDerivedFrom.asNode(), source));
        g.add(Triple.create(fact, Oa.hasTarget.asNode(), target));
        g.add(Triple.create(target, RDF.type.asNode(), Oa.SpecificResource.asNode()));
        g.add(Triple.create(target, Oa.hasSource.asNode(), source));
        g.add(Triple.create(target, Oa.hasSelector.asNode(), position));
        g.add(Triple.create(position, RDF.type.asNode(), Oa.TextPositionSelector.asNode()));
        g.add(Triple.create(position, Oa.start.asNode(), integer(span.start())));
        g.add(Triple.create(position, Oa.end.asNode(), integer(span.end())));
        Origin pages = paged.get(sourceName);
        if (pages != null) {
            g.add(Triple.create(target, Wsis.page.asNode(), integer(pages.pageAt(span.start()))));
        }
        if (exactQuote != null) {
            Node quote = NodeFactory.createURI(target.getURI() + "/quote");
            g.add(Triple.create(target, Oa.hasSelector.asNode(), quote));
            g.add(Triple.create(quote, RDF.type.asNode(), Oa.TextQuoteSelector.asNode()));
            g.add(Triple.create(quote, Oa.exact.asNode(), NodeFactory.createLiteralString(exactQuote)));
        }
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
