package org.wsiskg.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.wsiskg.WsisException;

/**
 * A SPARQL 1.1 Graph Store Protocol endpoint that graphs are sent to: {@code GET}, {@code PUT} and
 * {@code DELETE} on {@code ENDPOINT?graph=IRI}, in N-Triples. The endpoint is what the target
 * store calls its graph store service (Fuseki: {@code http://host:3030/DATASET/data}, or the
 * dataset URL itself). A refused request ends the publish with the target's own status and first
 * line, so that a wrong password or a read-only service is said as such.
 */
public final class GraphStoreTarget {

    private static final String NTRIPLES = "application/n-triples";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final URI endpoint;
    private final Credentials credentials;
    private final HttpClient http;

    public GraphStoreTarget(String endpoint, Credentials credentials) {
        this.endpoint = parse(endpoint);
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The graph named {@code graphIri}, or empty when the target has none of that name. */
    public Optional<Graph> get(String graphIri) {
        HttpResponse<byte[]> r = send(request(graphIri).header("Accept", NTRIPLES).GET(), "GET", graphIri);
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        expectSuccess(r, "GET", graphIri);
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFDataMgr.read(g, new ByteArrayInputStream(r.body()), Lang.NTRIPLES);
        } catch (RiotException e) {
            throw new WsisException("PUBLISH_FAILED", "GET " + graphIri + " from " + endpoint
                    + " did not return N-Triples: " + e.getMessage(), WsisException.FAILURE, e);
        }
        return Optional.of(g);
    }

    /** Replaces the graph named {@code graphIri} with {@code graph}, sent in sorted N-Triples. */
    public void put(String graphIri, Graph graph) {
        HttpResponse<byte[]> r = send(request(graphIri).header("Content-Type", NTRIPLES)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(SortedNTriples.of(graph))), "PUT", graphIri);
        expectSuccess(r, "PUT", graphIri);
    }

    /** Removes the graph named {@code graphIri}; one the target does not have is already gone. */
    public void delete(String graphIri) {
        HttpResponse<byte[]> r = send(request(graphIri).DELETE(), "DELETE", graphIri);
        if (r.statusCode() != 404) {
            expectSuccess(r, "DELETE", graphIri);
        }
    }

    private HttpRequest.Builder request(String graphIri) {
        String sep = endpoint.getRawQuery() == null ? "?" : "&";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint + sep + "graph="
                + URLEncoder.encode(graphIri, StandardCharsets.UTF_8))).timeout(REQUEST_TIMEOUT);
        credentials.authorization().ifPresent(a -> b.header("Authorization", a));
        return b;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, String method, String graphIri) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new WsisException("PUBLISH_UNREACHABLE", "nothing answers at " + endpoint + " (" + method + " "
                    + graphIri + ")", WsisException.FAILURE, e);
        } catch (HttpTimeoutException e) {
            throw new WsisException("PUBLISH_UNREACHABLE", endpoint + " did not answer " + method + " " + graphIri
                    + " in time", WsisException.FAILURE, e);
        } catch (IOException e) {
            throw new WsisException("PUBLISH_UNREACHABLE", "cannot reach " + endpoint + ": " + e.getMessage(),
                    WsisException.FAILURE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WsisException("PUBLISH_FAILED", "interrupted while publishing to " + endpoint,
                    WsisException.FAILURE, e);
        }
    }

    private void expectSuccess(HttpResponse<byte[]> r, String method, String graphIri) {
        int status = r.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String body = new String(r.body(), StandardCharsets.UTF_8).strip();
        String firstLine = body.isEmpty() ? "" : ": " + body.lines().findFirst().orElse("");
        String code = status == 401 || status == 403 ? "PUBLISH_REFUSED" : "PUBLISH_FAILED";
        throw new WsisException(code, method + " " + graphIri + " at " + endpoint + " answered " + status + firstLine,
                WsisException.FAILURE);
    }

    private static URI parse(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new WsisException("BAD_TARGET", "--to takes an http(s) URL of a Graph Store Protocol endpoint, not "
                        + endpoint, WsisException.USAGE);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new WsisException("BAD_TARGET", "--to is not a URL: " + endpoint, WsisException.USAGE, e);
        }
    }
}
