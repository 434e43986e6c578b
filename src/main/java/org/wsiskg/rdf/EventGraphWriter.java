package org.wsiskg.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.EventMention;
import org.wsiskg.extract.MandateMention;
import org.wsiskg.rdf.vocab.Eli;
import org.wsiskg.rdf.vocab.Rdfs;
import org.wsiskg.rdf.vocab.Schema;
import org.wsiskg.rdf.vocab.Time;
import org.wsiskg.rdf.vocab.Wsis;

/**
 * Writes the events and mandate actions of a text into its graph.
 *
 * <p>One node per real event, whichever text mentions it: an event's IRI is made from what
 * identifies it ({@code event/igf/2009}: the IGF meets once a year; {@code event/cstd/13}: CSTD
 * sessions are numbered; {@code event/wsis-summit/1}; {@code event/wsis-forum/2011}), so every
 * mention in every graph lands on the same node. Its values (ordinal, year, dates, venue) are
 * settled over the whole corpus before any graph is written, so every graph says the same of it:
 * a less precise value that a more precise one refines is dropped ({@code 2009-11} beside
 * {@code 2009-11-15}, a country beside a city in it); values that disagree are all kept and a
 * {@code wsis:Conflict} node names the property, the values and the mentions that gave them.
 * Each mention is a node of its own, anchored to its span and linked to its paragraph.
 *
 * <p>Mandate actions are {@code mandate/igf/<action>-<year>}, the year being the last year of
 * the period they set (the year of a review), with an OWL-Time interval; the IGF's creation and
 * first period, which the corpus cites but no text of it takes, come from
 * {@code data/igf-mandate.tsv} and are written into every graph that speaks of the mandate.
 * Report requests and agenda items are facts of the text that states them.
 */
final class EventGraphWriter {

    private record Mention(DocumentExtraction document, EventMention event, String iri) {
    }

    private final IriScheme iris;
    private final Anchors anchors;
    private final Map<String, List<Mention>> mentionsByEvent = new TreeMap<>();
    private final List<MandateReference.Action> reference = MandateReference.load();

    EventGraphWriter(IriScheme iris, Anchors anchors, List<DocumentExtraction> documents,
                     Function<DocumentExtraction, String> documentIri) {
        this.iris = iris;
        this.anchors = anchors;
        for (DocumentExtraction d : documents) {
            for (EventMention e : d.events()) {
                eventIri(e).ifPresent(iri -> mentionsByEvent.computeIfAbsent(iri, k -> new ArrayList<>())
                        .add(new Mention(d, e, mentionIri(documentIri.apply(d), "event", e))));
            }
        }
    }

    void write(DocumentExtraction d, Graph g, Node doc, Node source, Map<String, Node> paragraphs) {
        for (Map.Entry<String, List<Mention>> entry : mentionsByEvent.entrySet()) {
            List<Mention> here = entry.getValue().stream().filter(m -> m.document() == d).toList();
            if (here.isEmpty()) {
                continue;
            }
            Node event = uri(entry.getKey());
            writeEvent(g, event, entry.getValue());
            for (Mention m : here) {
                Node mention = uri(m.iri());
                add(g, mention, RDF.type.asNode(), Wsis.Mention.asNode());
                add(g, mention, Wsis.mentionOf.asNode(), event);
                for (Map.Entry<Node, Node> v : values(m.event()).entrySet()) {
                    add(g, mention, v.getKey(), v.getValue());
                }
                Node paragraph = paragraphs.getOrDefault(m.event().in(), doc);
                add(g, mention, Wsis.mentionedIn.asNode(), paragraph);
                add(g, event, Wsis.mentionedIn.asNode(), paragraph);
                anchors.anchor(g, mention, source, m.event().span(), m.event().text());
            }
        }
        boolean speaksOfIgfMandate = false;
        for (MandateMention m : d.mandates()) {
            Node paragraph = paragraphs.getOrDefault(m.in(), doc);
            switch (m.action()) {
                case "request-report" -> writeRequest(g, doc, source, paragraph, m);
                case "agenda-item" -> writeAgendaItem(g, doc, source, paragraph, m);
                default -> speaksOfIgfMandate |= writeMandateAction(g, doc, source, paragraph, m);
            }
        }
        if (speaksOfIgfMandate) {
            for (MandateReference.Action a : reference) {
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
        }
    }

    /** The IRI of the real event a mention names, or empty when the mention does not say which one it is. */
    Optional<String> eventIri(EventMention e) {
        String base = iris.base() + "event/";
        return switch (e.kind()) {
            case "igf-meeting" -> e.year() != null ? Optional.of(base + "igf/" + e.year())
                    : e.ordinal() != null ? Optional.of(base + "igf/meeting-" + e.ordinal()) : Optional.empty();
            case "cstd-session" -> e.ordinal() == null ? Optional.empty() : Optional.of(base + "cstd/" + e.ordinal());
            case "wsis-summit" -> e.ordinal() == null ? Optional.empty()
                    : Optional.of(base + "wsis-summit/" + e.ordinal());
            // The group meets several times a year and its numbering restarts with each new group.
            case "wgec-meeting" -> e.ordinal() == null || e.year() == null ? Optional.empty()
                    : Optional.of(base + "wgec-meeting/" + e.year() + "-" + e.ordinal());
            default -> e.year() == null ? Optional.empty()
                    : Optional.of(base + IriScheme.segment(e.kind()) + "/" + e.year());
        };
    }

    private void writeEvent(Graph g, Node event, List<Mention> mentions) {
        EventMention first = mentions.get(0).event();
        add(g, event, RDF.type.asNode(), Schema.Event.asNode());
        add(g, event, RDF.type.asNode(), eventClass(first.kind()));
        add(g, event, Rdfs.label.asNode(), NodeFactory.createLiteralLang(label(first.kind(), event.getURI()), "en"));
        Map<Node, Map<Node, List<Mention>>> byProperty = new LinkedHashMap<>();
        for (Mention m : mentions) {
            for (Map.Entry<Node, Node> v : values(m.event()).entrySet()) {
                byProperty.computeIfAbsent(v.getKey(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(v.getValue(), k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<Node, Map<Node, List<Mention>>> p : byProperty.entrySet()) {
            List<Node> kept = settled(p.getValue().keySet(), mentions);
            for (Node value : kept) {
                add(g, event, p.getKey(), value);
            }
            if (kept.size() > 1) {
                Node conflict = uri(event.getURI() + "/conflict/" + localName(p.getKey()));
                add(g, conflict, RDF.type.asNode(), Wsis.Conflict.asNode());
                add(g, conflict, Wsis.conflictAbout.asNode(), event);
                add(g, conflict, Wsis.conflictProperty.asNode(), p.getKey());
                for (Node value : kept) {
                    add(g, conflict, Wsis.conflictingValue.asNode(), value);
                    for (Mention m : p.getValue().get(value)) {
                        add(g, conflict, Wsis.conflictingMention.asNode(), uri(m.iri()));
                    }
                }
            }
        }
        for (Mention m : mentions) {
            writePlace(g, m.event());
        }
    }

    /** The values one mention gives, by property. */
    private Map<Node, Node> values(EventMention e) {
        Map<Node, Node> v = new LinkedHashMap<>();
        if (e.ordinal() != null) {
            v.put(Wsis.ordinal.asNode(), Anchors.integer(e.ordinal()));
        }
        if (e.year() != null) {
            v.put(Wsis.year.asNode(), Anchors.integer(e.year()));
        }
        if (e.start() != null) {
            v.put(Schema.startDate.asNode(), date(e.start()));
        }
        if (e.end() != null) {
            v.put(Schema.endDate.asNode(), date(e.end()));
        }
        placeIri(e).ifPresent(p -> v.put(Schema.location.asNode(), uri(p)));
        return v;
    }

    /**
     * The values kept for one property: a value that another refines is dropped (a date by a more
     * precise date it is a prefix of; a country-only place by a city in that country).
     */
    private List<Node> settled(Set<Node> values, List<Mention> mentions) {
        List<Node> kept = new ArrayList<>();
        for (Node v : values) {
            boolean refined = values.stream().anyMatch(o -> !o.equals(v) && refines(o, v, mentions));
            if (!refined) {
                kept.add(v);
            }
        }
        return kept;
    }

    private boolean refines(Node finer, Node coarser, List<Mention> mentions) {
        if (finer.isLiteral() && coarser.isLiteral()) {
            String f = finer.getLiteralLexicalForm();
            String c = coarser.getLiteralLexicalForm();
            return f.length() > c.length() && f.startsWith(c + "-");
        }
        if (finer.isURI() && coarser.isURI()) {
            EventMention f = placeOf(finer, mentions);
            EventMention c = placeOf(coarser, mentions);
            return f != null && c != null && c.city() == null && c.country() != null && f.city() != null
                    && c.country().equals(f.country());
        }
        return false;
    }

    private EventMention placeOf(Node place, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (placeIri(m.event()).filter(p -> p.equals(place.getURI())).isPresent()) {
                return m.event();
            }
        }
        return null;
    }

    /** A venue: by canonical city, else by country, else as written (an unknown place is kept, never dropped). */
    private Optional<String> placeIri(EventMention e) {
        String name = e.city() != null ? e.city() : e.country();
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(iris.base() + "place/" + IriScheme.segment(slug(name)));
    }

    private void writePlace(Graph g, EventMention e) {
        placeIri(e).ifPresent(iri -> {
            Node place = uri(iri);
            add(g, place, RDF.type.asNode(), Schema.Place.asNode());
            String name = e.city() != null ? e.city() : e.country();
            boolean known = e.country() != null;
            add(g, place, Schema.name.asNode(), NodeFactory.createLiteralLang(name, known ? "en" : "zh"));
            if (known) {
                add(g, place, Schema.addressCountry.asNode(), NodeFactory.createLiteralString(e.country()));
            }
        });
    }

    /** Writes an action the text takes or reports on a mandate; true when it concerns the IGF. */
    private boolean writeMandateAction(Graph g, Node doc, Node source, Node paragraph, MandateMention m) {
        Integer year = m.until() != null ? m.until() : m.year();
        if (!"IGF".equals(m.subject()) || year == null) {
            return "IGF".equals(m.subject());
        }
        Node action = uri(mandateIri(m.subject(), m.action(), year));
        Integer begin = m.action().equals("review") ? year
                : m.years() != null && m.until() != null ? m.until() - m.years() + 1 : null;
        writeAction(g, action, m.subject(), m.action(), m.years(), begin, year);
        add(g, action, Wsis.setBy.asNode(), paragraph);
        Node mention = uri(mentionIri(doc.getURI(), "mandate", m.span().start(), m.span().end()));
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

    private void writeRequest(Graph g, Node doc, Node source, Node paragraph, MandateMention m) {
        Node request = uri(mentionIri(doc.getURI(), "request", m.span().start(), m.span().end()));
        add(g, request, RDF.type.asNode(), Wsis.ReportRequest.asNode());
        if (m.addressee() != null && m.addressee().equals("Secretary-General")) {
            add(g, request, Wsis.addressee.asNode(), body(g, Bodies.SG));
        }
        for (String channel : m.channels()) {
            add(g, request, Wsis.channel.asNode(), body(g, Bodies.valueOf(channel)));
        }
        if (m.session() != null) {
            add(g, request, Wsis.dueAtSession.asNode(), Anchors.integer(m.session()));
        }
        add(g, request, Wsis.mentionedIn.asNode(), paragraph);
        anchors.anchor(g, request, source, m.span(), m.text());
    }

    private void writeAgendaItem(Graph g, Node doc, Node source, Node paragraph, MandateMention m) {
        Node item = uri(mentionIri(doc.getURI(), "agenda-item", m.span().start(), m.span().end()));
        add(g, item, RDF.type.asNode(), Wsis.AgendaItem.asNode());
        if (m.item() != null) {
            add(g, item, Wsis.itemTitle.asNode(), NodeFactory.createLiteralLang(m.item(), "zh"));
        }
        if (m.session() != null) {
            add(g, item, Wsis.dueAtSession.asNode(), Anchors.integer(m.session()));
        }
        add(g, item, Wsis.mentionedIn.asNode(), paragraph);
        anchors.anchor(g, item, source, m.span(), m.text());
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

    private static String mentionIri(String documentIri, String what, EventMention e) {
        return mentionIri(documentIri, what, e.span().start(), e.span().end());
    }

    private static String mentionIri(String documentIri, String what, int start, int end) {
        return documentIri + "/" + what + "/" + start + "-" + end;
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
    private static String label(String kind, String eventIri) {
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
        return series + " " + eventIri.substring(eventIri.lastIndexOf('/') + 1);
    }

    /** An ISO date of the report as a typed literal: a full date, a year and month, or a year. */
    private static Node date(String iso) {
        XSDDatatype type = iso.length() == 10 ? XSDDatatype.XSDdate
                : iso.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(iso, type);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s_]+", "-");
    }

    private static String localName(Node property) {
        String iri = property.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
