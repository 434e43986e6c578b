package org.wsiskg.web;

import org.apache.jena.graph.NodeFactory;
import org.wsiskg.web.ContentNegotiation.Offer;
import org.wsiskg.web.PageServlet.Failure;

/**
 * Writes the HTML page of a resource: its name, its IRI with links to its RDF, then its sections
 * (questions, facts, text, cited by, cites, referred to by). An IRI the graph does not know is a
 * 404 page.
 */
final class ResourceHtml {

    private final Links links;
    private final ResourceQueries queries;
    private final ResourceSections sections;
    private final DocumentText text;
    private final CitedBySection citedBy;

    ResourceHtml(Site site) {
        this.links = site.links();
        this.queries = new ResourceQueries(site);
        this.sections = new ResourceSections(links, site.queries());
        this.text = new DocumentText(links);
        this.citedBy = new CitedBySection(links);
    }

    /** The page of {@code iri}, or a {@link Failure} 404 when the graph holds nothing about it. */
    String page(String iri) {
        ResourceQueries.Rows rows = queries.read(NodeFactory.createURI(iri))
                .orElseThrow(() -> new Failure(404, "The graph holds nothing about " + iri + "."));
        String title = title(iri, rows);
        return PageFrame.render(title, h -> {
            h.element("h1", title);
            h.open("p", "class", "iri").element("code", iri).text(" ");
            for (Offer o : ContentNegotiation.rdfOffers()) {
                h.link(links.href(iri) + (links.href(iri).contains("?") ? "&" : "?") + "format=" + o.name(),
                        o.name(), "class", "format");
                h.text(" ");
            }
            h.close();
            sections.questions(h, rows.first("symbol"));
            sections.facts(h, rows.facts(), !rows.paragraphs().isEmpty());
            text.write(h, rows);
            citedBy.write(h, rows.citedBy());
            sections.cites(h, rows.outgoing());
            sections.incoming(h, rows.incoming());
        });
    }

    /** A document by its symbol and title; anything else by its label where it has one, and its short name. */
    private String title(String iri, ResourceQueries.Rows rows) {
        String symbol = rows.first("symbol");
        String titleText = rows.first("title");
        String name = symbol != null ? symbol : links.shortName(iri);
        String label = rows.first("label");
        if (titleText != null) {
            return name + " — " + titleText;
        }
        return label != null && symbol == null ? label + " (" + name + ")" : name;
    }
}
