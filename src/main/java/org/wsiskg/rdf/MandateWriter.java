package org.wsiskg.rdf;

import static org.wsiskg.rdf.Triples.add;
import static org.wsiskg.rdf.Triples.uri;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.MandateMention;
import org.wsiskg.rdf.vocab.Eli;
import org.wsiskg.rdf.vocab.Rdfs;
import org.wsiskg.rdf.vocab.Time;
import org.wsiskg.rdf.vocab.Wsis;

/**
 * Writes the mandate actions, report requests and agenda items of a text into its graph.
 *
 * <p>Mandate actions are {@code mandate/igf/<action>-<year>}, the year being the last year of the
 * period they set (the year of a review), so that texts taking or reporting the same action meet on
 * one node; each has an OWL-Time interval. The IGF's creation and first period, which the corpus
 * cites but no text of it takes, come from {@code data/igf-mandate.tsv} (see {@link MandateReference})
 * and are written into every graph that speaks of the mandate, so that each graph holds the whole
 * timeline. Report requests and agenda items are facts of the text that states them.
 */
final class MandateWriter {

    private final IriScheme iris;
    private final Anchors anchors;
    private final List<MandateReference.Action> reference;

    /** {@code reference} is {@link MandateReference#load()}, read once for a whole build. */
    MandateWriter(IriScheme iris, Anchors anchors, List<MandateReference.Action> reference) {
        this.iris = iris;
        this.anchors = anchors;
        this.reference = reference;
    }

    void write(DocumentExtraction d, Graph g, Node doc, Map<String, Node> paragraphs) {
        String source = d.source();
        boolean speaksOfIgfMandate = false;
        for (MandateMention m : d.mandates()) {
            Node paragraph = paragraphs.getOrDefault(m.in(), doc);
            switch (m.action()) {
                case "request-report" -> writeRequest(g, doc, source, paragraph, m);
                case "agenda-item" -> writeAgendaItem(g, doc, source, d.language(), paragraph, m);
                default -> speaksOfIgfMandate |= writeMandateAction(g, doc, source, paragraph, m);
            }
        }
        if (speaksOfIgfMandate) {
            for (MandateReference.Action a : reference) {
                writeReferenceAction(g, a);
            }
        }
    }

    private void writeReferenceAction(Graph g, MandateReference.Action a) {
        Node action = uri(mandateIri(a.subject(), a.action(), a.end()));
        writeAction(g, action, a.subject(), a.action(), a.end() - a.begin() + 1, a.begin(), a.end());
        Node cited = uri(iris.document(a.document()));
        Node para = uri(iris.paragraph(cited.getURI(), a.paragraph()));
        // The paragraph stands on its own in this graph, as a cited paragraph does.
        add(g, cited, RDF.type.asNode(), Wsis.Document.asNode());
        add(g, cited, Wsis.symbol.asNode(), NodeFactory.createLiteralString(a.document()));
        add(g, para, RDF.type.asNode(), Wsis.Paragraph.asNode());
        add(g, para, Eli.is_part_of.asNode(), cited);
        add(g, para, Wsis.paragraphNumber.asNode(), NodeFactory.createLiteralString(a.paragraph()));
        add(g, action, Wsis.setBy.asNode(), para);
        add(g, action, Wsis.basis.asNode(), NodeFactory.createLiteralLang(a.basis(), "en"));
    }

    /** Writes an action the text takes or reports on a mandate; true when it concerns the IGF. */
    private boolean writeMandateAction(Graph g, Node doc, String source, Node paragraph, MandateMention m) {
        Integer year = m.until() != null ? m.until() : m.year();
        if (!"IGF".equals(m.subject()) || year == null) {
            return "IGF".equals(m.subject());
        }
        Node action = uri(mandateIri(m.subject(), m.action(), year));
        Integer begin = m.action().equals("review") ? year
                : m.years() != null && m.until() != null ? m.until() - m.years() + 1 : null;
        writeAction(g, action, m.subject(), m.action(), m.years(), begin, year);
        add(g, action, Wsis.setBy.asNode(), paragraph);
        Node mention = uri(iris.mention(doc.getURI(), IriScheme.Inside.MANDATE, source, m.span()));
        add(g, mention, RDF.type.asNode(), Wsis.Mention.asNode());
        add(g, mention, Wsis.mentionOf.asNode(), action);
        add(g, mention, Wsis.mentionedIn.asNode(), paragraph);
        anchors.anchor(g, mention, source, m.span(), m.text());
        return true;
    }

    private void writeAction(Graph g, Node action, String subject, String name, Integer years, Integer begin,
                             Integer end) {
        add(g, action, RDF.type.asNode(), Wsis.MandateAction.asNode());
        add(g, action, Rdfs.label.asNode(), NodeFactory.createLiteralLang(subject + " mandate: " + name + " ("
                + (begin != null && !begin.equals(end) ? begin + "-" : "") + end + ")", "en"));
        add(g, action, Wsis.mandateOf.asNode(), body(g, Bodies.valueOf(subject)));
        add(g, action, Wsis.action.asNode(), NodeFactory.createLiteralString(name));
        if (years != null) {
            add(g, action, Wsis.durationYears.asNode(), Anchors.integer(years));
        }
        Node period = uri(action.getURI() + "/period");
        add(g, action, Wsis.period.asNode(), period);
        add(g, period, RDF.type.asNode(), Time.Interval.asNode());
        if (begin != null) {
            add(g, period, Time.hasBeginning.asNode(), instant(g, period.getURI() + "/beginning", begin));
        }
        add(g, period, Time.hasEnd.asNode(), instant(g, period.getURI() + "/end", end));
    }

    private Node instant(Graph g, String iri, int year) {
        Node instant = uri(iri);
        add(g, instant, RDF.type.asNode(), Time.Instant.asNode());
        add(g, instant, Time.inXSDgYear.asNode(), NodeFactory.createLiteralDT(Integer.toString(year),
                XSDDatatype.XSDgYear));
        return instant;
    }

    private void writeRequest(Graph g, Node doc, String source, Node paragraph, MandateMention m) {
        Node request = uri(iris.mention(doc.getURI(), IriScheme.Inside.REQUEST, source, m.span()));
        add(g, request, RDF.type.asNode(), Wsis.ReportRequest.asNode());
        if (m.addressee() != null && m.addressee().equals("Secretary-General")) {
            add(g, request, Wsis.addressee.asNode(), body(g, Bodies.SG));
        }
        for (String channel : m.channels()) {
            add(g, request, Wsis.channel.asNode(), body(g, Bodies.valueOf(channel)));
        }
        writeSessionAndAnchor(g, request, source, paragraph, m);
    }

    private void writeAgendaItem(Graph g, Node doc, String source, String language, Node paragraph, MandateMention m) {
        Node item = uri(iris.mention(doc.getURI(), IriScheme.Inside.AGENDA_ITEM, source, m.span()));
        add(g, item, RDF.type.asNode(), Wsis.AgendaItem.asNode());
        if (m.item() != null) {
            add(g, item, Wsis.itemTitle.asNode(), NodeFactory.createLiteralLang(m.item(), language));
        }
        writeSessionAndAnchor(g, item, source, paragraph, m);
    }

    /** What a request and an agenda item both say: the session it is due at, and where the text states it. */
    private void writeSessionAndAnchor(Graph g, Node fact, String source, Node paragraph, MandateMention m) {
        if (m.session() != null) {
            add(g, fact, Wsis.dueAtSession.asNode(), Anchors.integer(m.session()));
        }
        add(g, fact, Wsis.mentionedIn.asNode(), paragraph);
        anchors.anchor(g, fact, source, m.span(), m.text());
    }

    private Node body(Graph g, Bodies b) {
        Node body = uri(iris.body(b.name()));
        add(g, body, RDF.type.asNode(), Wsis.Body.asNode());
        add(g, body, Rdfs.label.asNode(), NodeFactory.createLiteralLang(b.english(), "en"));
        add(g, body, Rdfs.label.asNode(), NodeFactory.createLiteralLang(b.chinese(), "zh"));
        return body;
    }

    private String mandateIri(String subject, String action, int year) {
        return iris.base() + "mandate/" + IriScheme.segment(subject.toLowerCase(Locale.ROOT)) + "/"
                + IriScheme.segment(action) + "-" + year;
    }
}
