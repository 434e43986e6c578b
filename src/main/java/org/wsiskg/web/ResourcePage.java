package org.wsiskg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.wsiskg.web.ContentNegotiation.Offer;

/**
 * The page of one resource, at its IRI's path ({@code /doc/A/RES/65/141}, {@code /body/GA},
 * {@code /event/igf/2009} …) or at {@code /resource?iri=…}. Browsers get HTML ({@link ResourceHtml});
 * an {@code Accept} header for Turtle, JSON-LD, N-Triples or RDF/XML (or {@code ?format=ttl|jsonld|nt|rdf})
 * gets the resource's triples: those about it and those pointing at it ({@link ResourceRdf}). An IRI
 * the graph does not know is a 404 page.
 */
final class ResourcePage extends PageServlet {

    private static final long serialVersionUID = 1L;

    private final transient ResourceRdf rdf;
    private final transient ResourceHtml html;

    ResourcePage(Site site) {
        super(site);
        this.rdf = new ResourceRdf(site);
        this.html = new ResourceHtml(site);
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = iriOf(request);
        Offer offer = ContentNegotiation.choose(request);
        // The same URL answers in several formats: caches must key on Accept too.
        response.setHeader("Vary", "Accept");
        if (offer.format() != null) {
            rdf.send(response, offer, iri);
            return;
        }
        send(response, 200, html.page(iri));
    }

    private String iriOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.equals(Links.RESOURCE)) {
            String iri = request.getParameter("iri");
            if (iri == null || iri.isBlank()) {
                throw new Failure(400, "Say which resource: /resource?iri=…");
            }
            return iri.strip();
        }
        return site.links().iriOfPath(path);
    }
}
