package org.wsiskg.rdf;

import static org.wsiskg.rdf.Triples.add;
import static org.wsiskg.rdf.Triples.uri;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.EventMention;
import org.wsiskg.rdf.vocab.Rdfs;
import org.wsiskg.rdf.vocab.Schema;
import org.wsiskg.rdf.vocab.Wsis;
import org.wsiskg.resolve.EventKey;
import org.wsiskg.resolve.EventProperty;
import org.wsiskg.resolve.EventValues;

/**
 * Writes the events a text mentions into its graph: one node per real event, whichever text
 * mentions it, and one node per mention, anchored to its span and linked to its paragraph.
 *
 * <p>An event's IRI is made from its {@link EventKey} ({@code event/igf/2009}, {@code event/cstd/13}),
 * so every mention in every graph lands on the same node; its values are those {@link EventValues}
 * settled over the whole corpus, so every graph says the same of it, and a property on which the
 * texts disagree gets a {@code wsis:Conflict} node. A mention keeps the values its own text gives.
 *
 * <p>The two halves are written apart: the mentions ({@link #writeMentions}) come from the text
 * alone, the events' settled values ({@link #writeEvents}) from the whole corpus. So a build can
 * write a text's mentions as soon as the text is read and add what the corpus settles once every
 * text is read. The halves describe different nodes (mentions and the event's {@code mentionedIn}
 * on one side; the event's kind, label and values, its conflicts and places on the other), so no
 * triple belongs to both.
 */
final class EventWriter {

    private final IriScheme iris;
    private final ConflictWriter conflicts = new ConflictWriter();

    EventWriter(IriScheme iris) {
        this.iris = iris;
    }

    /** The mentions of events in {@code d}, which its text alone gives. */
    void writeMentions(DocumentExtraction d, Graph g, Node doc, Map<String, Node> paragraphs, Anchors anchors) {
        for (EventMention m : d.events()) {
            Optional<EventKey> key = EventKey.of(m);
            if (key.isEmpty()) {
                continue;
            }
            Node event = uri(eventIri(key.get()));
            Node mention = mention(d.source(), d.symbol(), m);
            add(g, mention, RDF.type.asNode(), Wsis.Mention.asNode());
            add(g, mention, Wsis.mentionOf.asNode(), event);
            for (Map.Entry<EventProperty, String> v : EventProperty.valuesOf(m).entrySet()) {
                add(g, mention, predicate(v.getKey()), object(v.getKey(), v.getValue()));
            }
            Node paragraph = paragraphs.getOrDefault(m.in(), doc);
            add(g, mention, Wsis.mentionedIn.asNode(), paragraph);
            add(g, event, Wsis.mentionedIn.asNode(), paragraph);
            anchors.anchor(g, mention, d.source(), m.span(), m.text());
        }
    }

    /**
     * What the corpus settles of {@code events}, the events a text mentions; each event described
     * once per {@code corpus} however many texts mention it.
     */
    void writeEvents(Graph g, List<EventValues.Event> events, CrossText corpus) {
        for (EventValues.Event e : events) {
            corpus.description(e, this::describe).forEach(g::add);
        }
    }

    private List<Triple> describe(EventValues.Event e) {
        Graph g = GraphFactory.createDefaultGraph();
        writeEvent(g, uri(eventIri(e.key())), e);
        return g.find().toList();
    }

    private void writeEvent(Graph g, Node event, EventValues.Event e) {
        String kind = e.sightings().get(0).mention().kind();
        add(g, event, RDF.type.asNode(), Schema.Event.asNode());
        add(g, event, RDF.type.asNode(), eventClass(kind));
        add(g, event, Rdfs.label.asNode(), NodeFactory.createLiteralLang(label(kind, e.key()), "en"));
        for (Map.Entry<EventProperty, List<EventValues.Value>> p : e.settled().entrySet()) {
            Node property = predicate(p.getKey());
            Map<Node, List<Node>> mentionsByValue = new LinkedHashMap<>();
            for (EventValues.Value v : p.getValue()) {
                Node value = object(p.getKey(), v.value());
                add(g, event, property, value);
                mentionsByValue.put(value, v.from().stream().map(this::mention).toList());
            }
            if (mentionsByValue.size() > 1) {
                conflicts.write(g, event, property, mentionsByValue);
            }
        }
        for (EventValues.Sighting s : e.sightings()) {
            writePlace(g, s.mention(), s.language());
        }
    }

    private void writePlace(Graph g, EventMention e, String language) {
        String venue = EventProperty.LOCATION.of(e);
        if (venue == null) {
            return;
        }
        Node place = object(EventProperty.LOCATION, venue);
        add(g, place, RDF.type.asNode(), Schema.Place.asNode());
        String name = e.city() != null ? e.city() : e.country();
        // A place the gazetteer does not know has no country and keeps the name the text gives, in its language.
        boolean known = e.country() != null;
        add(g, place, Schema.name.asNode(), NodeFactory.createLiteralLang(name, known ? "en" : language));
        if (known) {
            add(g, place, Schema.addressCountry.asNode(), NodeFactory.createLiteralString(e.country()));
        }
    }

    private Node mention(EventValues.Sighting s) {
        return mention(s.source(), s.symbol(), s.mention());
    }

    private Node mention(String source, String symbol, EventMention m) {
        return uri(iris.mention(iris.textDocument(symbol, source), IriScheme.Inside.EVENT, source, m.span()));
    }

    private String eventIri(EventKey key) {
        return iris.base() + "event/" + IriScheme.segment(key.series()) + "/" + key.number();
    }

    private Node object(EventProperty property, String value) {
        return switch (property) {
            case ORDINAL, YEAR -> Anchors.integer(Long.parseLong(value));
            case START_DATE, END_DATE -> date(value);
            case LOCATION -> uri(iris.base() + "place/" + IriScheme.segment(value));
        };
    }

    private static Node predicate(EventProperty property) {
        return switch (property) {
            case ORDINAL -> Wsis.ordinal.asNode();
            case YEAR -> Wsis.year.asNode();
            case START_DATE -> Schema.startDate.asNode();
            case END_DATE -> Schema.endDate.asNode();
            case LOCATION -> Schema.location.asNode();
        };
    }

    private static Node eventClass(String kind) {
        return switch (kind) {
            case "igf-meeting" -> Wsis.IgfMeeting.asNode();
            case "cstd-session" -> Wsis.CstdSession.asNode();
            case "wsis-summit" -> Wsis.SummitPhase.asNode();
            case "wsis-forum" -> Wsis.WsisForum.asNode();
            case "wsis-review-meeting" -> Wsis.ReviewMeeting.asNode();
            case "netmundial" -> Wsis.NetmundialMeeting.asNode();
            case "wgec-meeting", "wgec-meetings" -> Wsis.WgecMeeting.asNode();
            default -> Schema.Event.asNode();
        };
    }

    /** A readable label: the series and what identifies the event in it, "IGF meeting 2009", "CSTD session 13". */
    private static String label(String kind, EventKey key) {
        String series = switch (kind) {
            case "igf-meeting" -> "IGF meeting";
            case "cstd-session" -> "CSTD session";
            case "wsis-summit" -> "WSIS summit phase";
            case "wsis-forum" -> "WSIS Forum";
            case "wsis-review-meeting" -> "WSIS review high-level meeting";
            case "netmundial" -> "NETmundial";
            case "wgec-meeting" -> "WGEC meeting";
            case "wgec-meetings" -> "WGEC meetings";
            default -> kind;
        };
        return series + " " + key.number();
    }

    /** An ISO date of the report as a typed literal: a full date, a year and month, or a year. */
    private static Node date(String iso) {
        XSDDatatype type = iso.length() == 10 ? XSDDatatype.XSDdate
                : iso.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(iso, type);
    }
}
