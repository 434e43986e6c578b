package org.wsiskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.wsiskg.store.GraphSource;

/**
 * The Graph Store protocol, read only ({@code /wsis/get}, {@code /wsis/data}): {@code ?default}
 * is the default graph (the union of the named graphs), {@code ?graph=IRI} one named graph of
 * the store (404 when it holds none by that name), and no parameter the whole dataset as TriG
 * or N-Quads. Writes never reach here ({@link ReadOnlyGuard}).
 */
final class GraphStoreRead extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient GraphSource source;

    GraphStoreRead(GraphSource source) {
        this.source = source;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            List<QueryString.Pair> pairs = QueryString.parse(request.getQueryString());
            String format = QueryString.first(pairs, "format");
            String accept = request.getHeader("Accept");
            String graph = QueryString.first(pairs, "graph");
            boolean wholeDataset = graph == null && !QueryString.has(pairs, "default");
            ResultFormats.Offer offer = ResultFormats.choose(wholeDataset ? ResultFormats.DATASETS : ResultFormats.GRAPHS,
                    format, accept);
            byte[] body;
            try (GraphSource.Lease lease = source.lease()) {
                body = Txn.calculateRead(lease.dataset(), () -> write(lease.dataset().asDatasetGraph(), graph, wholeDataset, offer));
            }
            response.setStatus(200);
            response.setContentType(offer.mediaType() + "; charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (IllegalArgumentException e) {
            OneLine.send(response, 400, "The URL's query string is not valid: " + e.getMessage() + ".");
        } catch (Refusal r) {
            OneLine.send(response, r.status, r.getMessage());
        }
    }

    private static byte[] write(DatasetGraph dataset, String graph, boolean wholeDataset, ResultFormats.Offer offer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (wholeDataset) {
            RDFDataMgr.write(out, dataset, offer.rdfFormat());
            return out.toByteArray();
        }
        Graph g;
        if (graph == null) {
            g = dataset.getUnionGraph();
        } else {
            if (graph.isBlank()) {
                throw new Refusal(400, "Say which graph: ?graph=IRI, or ?default for the default graph.");
            }
            Node name = NodeFactory.createURI(graph.strip());
            if (!dataset.containsGraph(name)) {
                throw new Refusal(404, "The store holds no graph <" + graph.strip() + ">.");
            }
            g = dataset.getGraph(name);
        }
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        RDFDataMgr.write(out, copy, offer.rdfFormat());
        return out.toByteArray();
    }
}
