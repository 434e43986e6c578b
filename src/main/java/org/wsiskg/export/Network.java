package org.wsiskg.export;

import java.util.List;

/**
 * The graph as a network for analysis tools: documents (and, when asked, events and mandates)
 * as vertices, citations and mentions as directed links. Both lists are sorted, so every file
 * written from a network is the same for the same graph.
 */
public record Network(List<Vertex> vertices, List<Link> links) {

    /**
     * One resource. {@code kind} is document, event or mandate; {@code type} the local name of
     * its most specific class (Resolution, OutcomeDocument, ...); {@code date} an ISO date or
     * null; {@code year} from the date or from a year given on its own.
     */
    public record Vertex(String iri, String kind, String type, String label, String symbol, String date, Integer year) {
    }

    /**
     * Links of the same relation and function between the same two vertices, counted in
     * {@code weight}. {@code relation} is "cites" for citations, otherwise the local name of the
     * property that ties a document to an event or mandate; {@code function} is the citing
     * function (recalls, takes-note-of ...) or null; {@code date} is when the link came to be
     * (the citing document's date) or null.
     */
    public record Link(String id, String source, String target, String relation, String function, int weight,
            String date) {
    }
}
