package org.wsiskg.server;

import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.wsiskg.WsisException;

/**
 * The embedded Fuseki server: dataset {@code /wsis} with Fuseki's usual endpoints (SPARQL query
 * on {@code /wsis}, {@code /wsis/sparql} and {@code /wsis/query}; Graph Store read on
 * {@code /wsis/get} and {@code /wsis/data}), read-only, with a query timeout. Extra servlets
 * (web pages) are mounted beside it. Writes are refused with 403 and a message ({@link ReadOnlyGuard}).
 */
public final class SparqlServer implements AutoCloseable {

    public static final String DATASET = "/wsis";

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /**
     * Starts serving {@code dataset}. {@code host} is 127.0.0.1, localhost or ::1 (loopback only),
     * or 0.0.0.0 (every interface); {@code port} 0 picks a free port. The query timeout is set
     * on the dataset's context, so the server owns {@code dataset} from here on.
     */
    public static SparqlServer start(Dataset dataset, String host, int port, Duration queryTimeout,
                                     Map<String, HttpServlet> servlets) {
        boolean loopback = switch (host) {
            case "127.0.0.1", "localhost", "::1" -> true;
            case "0.0.0.0", "::" -> false;
            default -> throw new WsisException("BAD_HOST",
                    "--host takes 127.0.0.1 (this machine only) or 0.0.0.0 (every interface), not " + host,
                    WsisException.USAGE);
        };
        if (port < 0 || port > 65535) {
            throw new WsisException("BAD_PORT", "--port must be 0 to 65535, not " + port, WsisException.USAGE);
        }
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        FusekiServer.Builder builder = FusekiServer.create()
                .loopback(loopback)
                .port(port)
                .enablePing(true)
                .add(DATASET, dataset, false)
                .addFilter(DATASET + "/*", new ReadOnlyGuard())
                .addFilter(DATASET, new ReadOnlyGuard());
        servlets.forEach(builder::addServlet);
        FusekiServer server = builder.build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new WsisException("SERVER_START_FAILED", "cannot serve on " + host + ":" + port + ": "
                    + rootMessage(e), WsisException.FAILURE, e);
        }
        return new SparqlServer(server);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
