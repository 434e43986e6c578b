package org.wsiskg.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;
import org.wsiskg.web.PageServlet.Failure;

/**
 * Picks the representation of a resource a request asks for: HTML, or the resource's triples in
 * Turtle, JSON-LD, N-Triples or RDF/XML. A {@code ?format=} parameter wins over the {@code Accept}
 * header, so that a plain link, which a browser follows with its own {@code Accept}, can fetch RDF.
 */
final class ContentNegotiation {

    /**
     * One representation: its media type, the RDF format that writes it ({@code null} for HTML,
     * which is written from query rows instead) and its name in {@code ?format=}.
     */
    record Offer(String mediaType, RDFFormat format, String name) {
    }

    /** What the server offers, in order of preference when a client accepts several equally. */
    private static final List<Offer> OFFERS = List.of(
            new Offer("text/html", null, "html"),
            new Offer("text/turtle", RDFFormat.TURTLE_PRETTY, "ttl"),
            new Offer("application/ld+json", RDFFormat.JSONLD11, "jsonld"),
            new Offer("application/n-triples", RDFFormat.NTRIPLES, "nt"),
            new Offer("application/rdf+xml", RDFFormat.RDFXML_PLAIN, "rdf"));

    private ContentNegotiation() {
    }

    /** The RDF representations, in order of preference; the HTML page links to each. */
    static List<Offer> rdfOffers() {
        return OFFERS.subList(1, OFFERS.size());
    }

    /**
     * The representation to answer with: the one {@code ?format=} names (a name the server does not
     * know is a 400), else the best the {@code Accept} header allows, else HTML.
     */
    static Offer choose(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null && !format.isBlank()) {
            String f = format.toLowerCase(Locale.ROOT);
            for (Offer o : OFFERS) {
                if (o.name().equals(f) || o.mediaType().equals(f)) {
                    return o;
                }
            }
            switch (f) {
                case "turtle" -> { return OFFERS.get(1); }
                case "json-ld", "json" -> { return OFFERS.get(2); }
                case "ntriples", "n-triples" -> { return OFFERS.get(3); }
                case "xml", "rdfxml", "rdf/xml" -> { return OFFERS.get(4); }
                default -> throw new Failure(400, "format is html, ttl, jsonld, nt or rdf, not '" + format + "'.");
            }
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return OFFERS.get(0);
        }
        int chosen = AcceptHeader.choose(accept, OFFERS.stream().map(Offer::mediaType).toList());
        return chosen < 0 ? OFFERS.get(0) : OFFERS.get(chosen);
    }
}
