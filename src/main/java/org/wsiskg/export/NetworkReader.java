package org.wsiskg.export;

import static org.wsiskg.export.GraphLookup.literal;
import static org.wsiskg.export.GraphLookup.one;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.wsiskg.rdf.vocab.Dct;
import org.wsiskg.rdf.vocab.Eli;
import org.wsiskg.rdf.vocab.Prov;
import org.wsiskg.rdf.vocab.Wsis;

/**
 * Reads a {@link Network} from the union of a dataset's named graphs.
 *
 * <p>Documents are the resources typed {@code wsis:Document}; each {@code wsis:Citation} becomes
 * a link from its citing to its cited document, links of the same function between the same
 * documents counted as one with a weight.
 *
 * <p>With {@link Include#ALL}, events and mandates join in, found by type alone so that any
 * later modelling of them is picked up: an event is typed {@code schema:Event} (either spelling
 * of the schema.org namespace) or a subclass of it declared in the graph; a mandate is typed by a
 * class of the project namespace whose name starts with "Mandate", or a subclass of one. A
 * statement between such a resource and a document, a paragraph of a document, or a resource
 * (such as a mention) that itself points at a paragraph or document becomes a link from the
 * document to the event or mandate, named by the property that touches the event.
 */
public final class NetworkReader {

    /** What goes into the network. */
    public enum Include { DOCUMENTS, ALL }

    static final List<String> EVENT_CLASSES = List.of("http://schema.org/Event", "https://schema.org/Event");
    static final String MANDATE_PREFIX = Wsis.NS + "Mandate";

    /** Classes too general to say what a vertex is, when a more specific one is there. */
    private static final Set<String> GENERAL = Set.of(Wsis.Document.getURI(), Prov.Entity.getURI(),
            Eli.LegalResource.getURI(), EVENT_CLASSES.get(0), EVENT_CLASSES.get(1));

    private static final Node TYPE = RDF.type.asNode();

    public Network read(DatasetGraph dataset, Include include) {
        Graph g = dataset.getUnionGraph();
        Map<Node, Network.Vertex> vertices = new HashMap<>();
        for (Node doc : subjectsOfType(g, Wsis.Document.asNode())) {
            vertices.put(doc, vertex(g, doc, "document"));
        }
        Map<LinkKey, Network.Link> links = new HashMap<>();
        for (Node c : subjectsOfType(g, Wsis.Citation.asNode())) {
            Node from = one(g, c, Wsis.citingDocument.asNode());
            Node to = one(g, c, Wsis.citedDocument.asNode());
            if (from == null || to == null || !vertices.containsKey(from) || !vertices.containsKey(to)) {
                continue;
            }
            Node f = one(g, c, Wsis.citingFunction.asNode());
            count(links, from, to, "cites", f == null ? null : CitationCsv.functionName(g, f), vertices.get(from).date());
        }
        if (include == Include.ALL) {
            addEventsAndMandates(g, vertices, links);
        }
        List<Network.Vertex> vs = new ArrayList<>(vertices.values());
        vs.sort(Comparator.comparing(Network.Vertex::iri));
        List<LinkKey> order = new ArrayList<>(links.keySet());
        order.sort(Comparator.comparing(LinkKey::from).thenComparing(LinkKey::to).thenComparing(LinkKey::relation)
                .thenComparing(k -> Objects.toString(k.function(), "")));
        List<Network.Link> numbered = new ArrayList<>();
        for (LinkKey k : order) {
            Network.Link l = links.get(k);
            numbered.add(new Network.Link("e" + (numbered.size() + 1), l.source(), l.target(), l.relation(), l.function(),
                    l.weight(), l.date()));
        }
        return new Network(List.copyOf(vs), List.copyOf(numbered));
    }

    private void addEventsAndMandates(Graph g, Map<Node, Network.Vertex> vertices, Map<LinkKey, Network.Link> links) {
        Set<Node> eventClasses = subclassClosure(g, EVENT_CLASSES.stream().map(NodeFactory::createURI).toList());
        Set<Node> mandateSeeds = new TreeSet<>(Comparator.comparing(Node::getURI));
        g.find(Node.ANY, TYPE, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(MANDATE_PREFIX)) {
                mandateSeeds.add(t.getObject());
            }
        });
        Set<Node> mandateClasses = subclassClosure(g, mandateSeeds);
        Map<Node, String> others = new HashMap<>();
        for (Node c : eventClasses) {
            subjectsOfType(g, c).forEach(n -> others.putIfAbsent(n, "event"));
        }
        for (Node c : mandateClasses) {
            subjectsOfType(g, c).forEach(n -> others.putIfAbsent(n, "mandate"));
        }
        others.forEach((n, kind) -> {
            if (n.isURI() && !vertices.containsKey(n)) {
                vertices.put(n, vertex(g, n, kind));
            }
        });
        for (Node e : others.keySet()) {
            if (!vertices.containsKey(e) || !vertices.get(e).kind().equals(others.get(e))) {
                continue;
            }
            g.find(Node.ANY, Node.ANY, e).forEachRemaining(t -> {
                if (t.getPredicate().equals(TYPE)) {
                    return;
                }
                Node x = t.getSubject();
                if (others.containsKey(x)) {
                    return; // a statement between two events or mandates is counted from its subject, below
                }
                for (Node doc : documentsBehind(g, x, e, vertices)) {
                    count(links, doc, e, t.getPredicate().getLocalName(), null, vertices.get(doc).date());
                }
            });
            g.find(e, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node y = t.getObject();
                if (t.getPredicate().equals(TYPE) || !y.isURI()) {
                    return;
                }
                String relation = t.getPredicate().getLocalName();
                Node doc = documentOf(g, y, vertices);
                if (doc != null) {
                    count(links, doc, e, relation, null, vertices.get(doc).date());
                } else if (others.containsKey(y) && vertices.containsKey(y) && !y.equals(e)) {
                    count(links, e, y, relation, null, vertices.get(e).date());
                }
            });
        }
    }

    /** The documents that {@code x} is, is part of, or (for a mention and the like) points at. */
    private static Set<Node> documentsBehind(Graph g, Node x, Node event, Map<Node, Network.Vertex> vertices) {
        Set<Node> docs = new LinkedHashSet<>();
        Node direct = documentOf(g, x, vertices);
        if (direct != null) {
            docs.add(direct);
            return docs;
        }
        g.find(x, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().equals(TYPE) && t.getObject().isURI() && !t.getObject().equals(event)) {
                Node d = documentOf(g, t.getObject(), vertices);
                if (d != null) {
                    docs.add(d);
                }
            }
        });
        return docs;
    }

    /** {@code n} itself when it is a document vertex, or the document vertex it is part of. */
    private static Node documentOf(Graph g, Node n, Map<Node, Network.Vertex> vertices) {
        if (vertices.containsKey(n) && vertices.get(n).kind().equals("document")) {
            return n;
        }
        Node whole = one(g, n, Eli.is_part_of.asNode());
        return whole != null && vertices.containsKey(whole) && vertices.get(whole).kind().equals("document") ? whole : null;
    }

    /** Links that differ only in weight are one link whose weight is their sum. */
    private record LinkKey(String from, String to, String relation, String function) {
    }

    private static void count(Map<LinkKey, Network.Link> links, Node from, Node to, String relation, String function,
            String date) {
        links.merge(new LinkKey(from.getURI(), to.getURI(), relation, function),
                new Network.Link(null, from.getURI(), to.getURI(), relation, function, 1, date),
                (a, b) -> new Network.Link(null, a.source(), a.target(), a.relation(), a.function(), a.weight() + b.weight(),
                        a.date()));
    }

    private static Network.Vertex vertex(Graph g, Node n, String kind) {
        String symbol = literal(g, n, Wsis.symbol.asNode());
        String date = date(g, n);
        Integer year = date != null ? Integer.valueOf(date.substring(0, 4)) : year(g, n);
        String label = symbol != null ? symbol : label(g, n);
        return new Network.Vertex(n.getURI(), kind, type(g, n, kind), label != null ? label : n.getLocalName(), symbol,
                date, year);
    }

    private static String type(Graph g, Node n, String kind) {
        Set<String> specific = new TreeSet<>();
        g.find(n, TYPE, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && !GENERAL.contains(t.getObject().getURI())) {
                specific.add(t.getObject().getLocalName());
            }
        });
        if (!specific.isEmpty()) {
            return specific.iterator().next();
        }
        return switch (kind) {
            case "event" -> "Event";
            case "mandate" -> "Mandate";
            default -> "Document";
        };
    }

    /** The earliest date on the resource, from any literal typed as a date, date-time or year. */
    private static String date(Graph g, Node n) {
        TreeSet<String> dates = new TreeSet<>();
        g.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && (o.getLiteralDatatype() == XSDDatatype.XSDdate
                    || o.getLiteralDatatype() == XSDDatatype.XSDdateTime) && o.getLiteralLexicalForm().length() >= 10) {
                dates.add(o.getLiteralLexicalForm().substring(0, 10));
            }
        });
        return dates.isEmpty() ? null : dates.first();
    }

    /** A year given on its own: an xsd:gYear, or an integer under a property named ...year. */
    private static Integer year(Graph g, Node n) {
        TreeSet<Integer> years = new TreeSet<>();
        g.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (!o.isLiteral()) {
                return;
            }
            String lex = o.getLiteralLexicalForm();
            boolean gYear = o.getLiteralDatatype() == XSDDatatype.XSDgYear && lex.matches("\\d{4}.*");
            boolean named = t.getPredicate().getLocalName().toLowerCase(java.util.Locale.ROOT).endsWith("year")
                    && lex.matches("\\d{4}");
            if (gYear || named) {
                years.add(Integer.valueOf(lex.substring(0, 4)));
            }
        });
        return years.isEmpty() ? null : years.first();
    }

    /** A readable name: English label first, then one with no language, then any, from the usual properties. */
    private static String label(Graph g, Node n) {
        List<Node> props = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
                NodeFactory.createURI("http://schema.org/name"), NodeFactory.createURI("https://schema.org/name"),
                Dct.title.asNode());
        for (Node p : props) {
            TreeMap<String, String> byRank = new TreeMap<>();
            g.find(n, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    String lang = t.getObject().getLiteralLanguage();
                    String rank = lang.equals("en") ? "0" : lang.isEmpty() ? "1" : "2" + lang;
                    byRank.merge(rank + "\u0000" + t.getObject().getLiteralLexicalForm(), t.getObject().getLiteralLexicalForm(),
                            (a, b) -> a);
                }
            });
            if (!byRank.isEmpty()) {
                return byRank.firstEntry().getValue();
            }
        }
        return null;
    }

    static List<Node> subjectsOfType(Graph g, Node type) {
        Set<Node> found = new HashSet<>();
        g.find(Node.ANY, TYPE, type).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                found.add(t.getSubject());
            }
        });
        List<Node> list = new ArrayList<>(found);
        list.sort(Comparator.comparing(Node::getURI));
        return list;
    }

    /** The given classes and every class declared a subclass of one of them, at any depth. */
    private static Set<Node> subclassClosure(Graph g, java.util.Collection<Node> seeds) {
        Set<Node> all = new LinkedHashSet<>(seeds);
        List<Node> todo = new ArrayList<>(seeds);
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            for (Triple t : g.find(Node.ANY, RDFS.subClassOf.asNode(), c).toList()) {
                if (all.add(t.getSubject())) {
                    todo.add(t.getSubject());
                }
            }
        }
        return all;
    }
}
