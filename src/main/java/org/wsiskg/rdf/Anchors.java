package org.wsiskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.RDF;
import org.wsiskg.rdf.vocab.Oa;
import org.wsiskg.rdf.vocab.Prov;
import org.wsiskg.text.Span;

/**
 * Ties a fact to the text it was read from, with the W3C Web Annotation vocabulary: the fact's
 * target is a specific resource of the source text, selected by character position (UTF-16
 * offsets, as in the extraction report) and, for short quotes, by the exact text.
 */
final class Anchors {

    private final IriScheme iris;

    Anchors(IriScheme iris) {
        this.iris = iris;
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
