package org.wsiskg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.wsiskg.web.ContentNegotiation.Offer;

/**
 * Answers a request for a resource's RDF: the triples about it and those pointing at it (what its
 * HTML page shows, as data), written in the format {@link ContentNegotiation} chose, with the
 * ontology's prefixes.
 */
final class ResourceRdf {

    private static final String DESCRIBE = """
            CONSTRUCT { ?x ?p ?o . ?s ?q ?x } WHERE { { ?x ?p ?o } UNION { ?s ?q ?x } }
            """;

    private final Site site;

    ResourceRdf(Site site) {
        this.site = site;
    }

    /**
     * Writes the description of {@code iri} in {@code offer}'s format, or a 404 when the graph holds
     * nothing about it: the container's plain error, as an RDF client has no use for an HTML page.
     */
    void send(HttpServletResponse response, Offer offer, String iri) throws IOException {
        Graph g = describe(iri);
        if (g.isEmpty()) {
            response.sendError(404, "the graph holds nothing about " + iri);
            return;
        }
        response.setStatus(200);
        response.setContentType(offer.mediaType() + (offer.name().equals("rdf") ? "" : "; charset=utf-8"));
        g.getPrefixMapping().setNsPrefixes(site.prefixes());
        RDFDataMgr.write(response.getOutputStream(), g, offer.format());
    }

    private Graph describe(String iri) {
        Query query = QueryFactory.create(site.prologue() + DESCRIBE);
        Node x = NodeFactory.createURI(iri);
        return Txn.calculateRead(site.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(site.dataset().asDatasetGraph()).query(query)
                    .substitution(Binding.builder().add(Var.alloc("x"), x).build()).build()) {
                return exec.construct();
            }
        });
    }
}
