package org.wsiskg.server;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.wsiskg.WsisException;
import org.wsiskg.store.GraphSource;

/**
 * The HTTP server: dataset {@code /wsis} (SPARQL query on {@code /wsis}, {@code /wsis/sparql} and
 * {@code /wsis/query}; Graph Store read on {@code /wsis/get} and {@code /wsis/data}), read-only and
 * locked down, with the desk's pages beside it. Every request passes, in order: the Host check (on
 * loopback), the size limits, the read-only guard, the CORS policy, and the lease of one store
 * generation for the whole request.
 *
 * <p>Jetty is used directly rather than through Fuseki's server: the endpoint must parse, check and
 * run each query within its timeout and send nothing before the answer is complete, bind exactly
 * the host asked for (IPv6 too), and follow the store from one generation to the next.
 */
public final class SparqlServer implements AutoCloseable {

    public static final String DATASET = "/wsis";
    private static final Set<String> QUERY_PATHS = Set.of(DATASET, DATASET + "/sparql", DATASET + "/query");

    private final Server server;
    private final ServerConnector connector;
    private final ServerOptions options;
    private final ExecutorService workers;

    private SparqlServer(Server server, ServerConnector connector, ServerOptions options, ExecutorService workers) {
        this.server = server;
        this.connector = connector;
        this.options = options;
        this.workers = workers;
    }

    /**
     * Takes the port, so that a taken port is found ({@code SERVER_START_FAILED}) before any slow
     * work such as a rebuild; {@link #serve} then starts answering.
     */
    public static SparqlServer bind(ServerOptions options) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("wsis-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(64 * 1024);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        server.addConnector(connector);
        server.setErrorHandler(new PlainErrors());
        try {
            connector.open();
        } catch (IOException | RuntimeException e) {
            throw new WsisException("SERVER_START_FAILED", "cannot serve on " + options.hostInUrl() + ":" + options.port()
                    + ": " + rootMessage(e), WsisException.FAILURE, e);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = new ThreadPoolExecutor(Math.max(2, cores), Math.max(4, 2 * cores), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(64), r -> {
                    Thread t = new Thread(r, "wsis-query-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        return new SparqlServer(server, connector, options, workers);
    }

    /**
     * Starts answering from {@code source}, with the pages {@code pages} makes from a supplier of
     * the dataset of the request being answered (paths as keys, as for {@code ServletContextHandler}).
     */
    public SparqlServer serve(GraphSource source, Function<Supplier<Dataset>, Map<String, HttpServlet>> pages) {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.setErrorHandler(new PlainErrors());
        context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, options.maxBodyBytes()));
        RequestLeases leases = new RequestLeases(source);
        filter(context, new HostCheck(this::port), options.loopback());
        filter(context, new RequestLimits(options.maxBodyBytes()), true);
        filter(context, new ReadOnlyGuard(QUERY_PATHS), true);
        filter(context, new CorsPolicy(options.corsOrigin()), true);
        filter(context, leases, true);
        SparqlEndpoint endpoint = new SparqlEndpoint(source, options, workers);
        QUERY_PATHS.forEach(p -> context.addServlet(new ServletHolder(endpoint), p));
        GraphStoreRead gsp = new GraphStoreRead(source);
        context.addServlet(new ServletHolder(gsp), DATASET + "/get");
        context.addServlet(new ServletHolder(gsp), DATASET + "/data");
        context.addServlet(new ServletHolder(new NoSuchService()), DATASET + "/*");
        pages.apply(leases::dataset).forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw new WsisException("SERVER_START_FAILED", "cannot serve on " + options.hostInUrl() + ":" + options.port()
                    + ": " + rootMessage(e), WsisException.FAILURE, e);
        }
        return this;
    }

    /** Starts serving {@code dataset} (which stays the caller's) with the usual limits and {@code servlets} beside it. */
    public static SparqlServer start(Dataset dataset, String host, int port, Duration queryTimeout,
                                     Map<String, HttpServlet> servlets) {
        return bind(ServerOptions.of(host, port, queryTimeout)).serve(GraphSource.fixed(dataset), current -> servlets);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public ServerOptions options() {
        return options;
    }

    /** Blocks until the server stops. */
    public void join() {
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort: the process is usually ending.
        }
        connector.close();
        workers.shutdownNow();
    }

    private static void filter(ServletContextHandler context, Filter filter, boolean active) {
        if (active) {
            context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
