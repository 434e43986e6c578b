package org.wsiskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsiskg.store.GraphSource;

/**
 * The SPARQL query endpoint ({@code /wsis}, {@code /wsis/sparql}, {@code /wsis/query}): the query
 * from {@code ?query=}, a {@code query=} form field or an {@code application/sparql-query} body.
 * Parsing, checking ({@link QueryPolicy}), planning and running all happen within the timeout, on a
 * worker, and the whole answer is made before a byte is sent: so a query that runs too long gets
 * {@code 503} and one line, never a cut-off {@code 200}. A result holds at most {@code maxRows}
 * rows (or triples); when it was cut, the {@code Warning} header says so.
 */
final class SparqlEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SparqlEndpoint.class);
    /** How long after the deadline the worker is given to see its own cancellation before it is abandoned. */
    private static final long GRACE_MILLIS = 500;

    private final transient GraphSource source;
    private final transient ServerOptions options;
    private final transient ExecutorService workers;
    private final transient LockedExecution locked = new LockedExecution();
    private final transient QueryPolicy policy = new QueryPolicy(locked::isBuiltInFunction);

    SparqlEndpoint(GraphSource source, ServerOptions options, ExecutorService workers) {
        this.source = source;
        this.options = options;
        this.workers = workers;
    }

    /** The answer, complete, before anything is sent. */
    private record Answer(byte[] body, String mediaType, boolean truncated) {
    }

    /** What the request asks, read from it before the work leaves the request thread. */
    private record Ask(String query, String format, String accept) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            List<QueryString.Pair> pairs = QueryString.parse(request.getQueryString());
            refuseProtocolDatasets(pairs);
            String format = QueryString.first(pairs, "format");
            answer(new Ask(QueryString.first(pairs, "query"), format == null ? QueryString.first(pairs, "output") : format,
                    request.getHeader("Accept")), response);
        } catch (IllegalArgumentException e) {
            OneLine.send(response, 400, "The URL's query string is not valid: " + e.getMessage() + ".");
        } catch (Refusal r) {
            OneLine.send(response, r.status, r.getMessage());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            List<QueryString.Pair> urlPairs = QueryString.parse(request.getQueryString());
            refuseProtocolDatasets(urlPairs);
            String type = request.getHeader("Content-Type") == null ? "" : request.getHeader("Content-Type").toLowerCase(Locale.ROOT);
            String format = QueryString.first(urlPairs, "format");
            String query;
            if (type.startsWith("application/x-www-form-urlencoded")) {
                List<QueryString.Pair> form = QueryString.parse(readBody(request, StandardCharsets.UTF_8));
                refuseProtocolDatasets(form);
                query = QueryString.first(form, "query");
                if (format == null) {
                    format = QueryString.first(form, "format");
                }
            } else if (type.startsWith("application/sparql-query")) {
                query = readBody(request, charsetOf(request));
            } else {
                throw new Refusal(415, "POST a query as application/sparql-query or as an application/x-www-form-urlencoded"
                        + " query= field, not as '" + request.getHeader("Content-Type") + "'.");
            }
            answer(new Ask(query, format, request.getHeader("Accept")), response);
        } catch (IllegalArgumentException e) {
            OneLine.send(response, 400, "The form is not valid: " + e.getMessage() + ".");
        } catch (Refusal r) {
            OneLine.send(response, r.status, r.getMessage());
        }
    }

    private void answer(Ask ask, HttpServletResponse response) throws IOException {
        if (ask.query() == null || ask.query().isBlank()) {
            throw new Refusal(400, "Say the query: ?query=… on a GET, a query= form field, or an application/sparql-query body.");
        }
        long deadline = System.nanoTime() + options.timeout().toNanos();
        AtomicReference<QueryExec> running = new AtomicReference<>();
        Future<Answer> work;
        try {
            work = workers.submit(() -> run(ask, deadline, running));
        } catch (RejectedExecutionException e) {
            throw new Refusal(503, "The server is busy with other queries; try again in a moment.");
        }
        try {
            long wait = Math.max(0, deadline - System.nanoTime()) + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
            Answer a = work.get(wait, TimeUnit.NANOSECONDS);
            response.setStatus(200);
            response.setContentType(a.mediaType() + (a.mediaType().startsWith("text/") || a.mediaType().contains("json")
                    || a.mediaType().contains("xml") || a.mediaType().contains("turtle") || a.mediaType().contains("trig")
                    ? "; charset=utf-8" : ""));
            if (a.truncated()) {
                response.setHeader("Warning", "199 wsis \"the result was cut at " + options.maxRows()
                        + " rows (--max-rows)\"");
            }
            response.setContentLength(a.body().length);
            response.getOutputStream().write(a.body());
        } catch (TimeoutException e) {
            cancel(running, work);
            tooSlow(response);
        } catch (InterruptedException e) {
            cancel(running, work);
            Thread.currentThread().interrupt();
            tooSlow(response);
        } catch (ExecutionException e) {
            failed(e.getCause(), response);
        }
    }

    private Answer run(Ask ask, long deadline, AtomicReference<QueryExec> running) {
        Query query = parse(ask.query());
        policy.check(query);
        if (!(query.isSelectType() || query.isAskType() || query.isConstructType() || query.isDescribeType())) {
            throw new Refusal(400, "The endpoint answers SELECT, ASK, CONSTRUCT and DESCRIBE queries.");
        }
        ResultFormats.Offer offer = ResultFormats.choose(query.isSelectType() || query.isAskType()
                ? ResultFormats.RESULTS : ResultFormats.GRAPHS, ask.format(), ask.accept());
        try (GraphSource.Lease lease = source.lease()) {
            return Txn.calculateRead(lease.dataset(), () -> {
                DatasetGraph dataset = datasetFor(query, lease.dataset().asDatasetGraph());
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new QueryCancelledException();
                }
                try (QueryExec exec = locked.on(dataset).query(withoutDatasetDescription(query)).timeout(left, TimeUnit.NANOSECONDS).build()) {
                    running.set(exec);
                    return execute(query, exec, offer);
                }
            });
        }
    }

    private Answer execute(Query query, QueryExec exec, ResultFormats.Offer offer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (query.isAskType()) {
            ResultSetMgr.write(out, exec.ask(), offer.resultLang());
            return new Answer(out.toByteArray(), offer.mediaType(), false);
        }
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Var> vars = rows.getResultVars();
            List<Binding> kept = new ArrayList<>();
            while (kept.size() < options.maxRows() && rows.hasNext()) {
                // TDB resolves nodes lazily: copy each row while the read transaction is open.
                kept.add(BindingFactory.copy(rows.next()));
            }
            boolean truncated = rows.hasNext();
            ResultSetMgr.write(out, ResultSet.adapt(RowSetStream.create(vars, kept.iterator())), offer.resultLang());
            return new Answer(out.toByteArray(), offer.mediaType(), truncated);
        }
        Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        long n = 0;
        while (n < options.maxRows() && triples.hasNext()) {
            graph.add(triples.next());
            n++;
        }
        boolean truncated = triples.hasNext();
        RDFDataMgr.write(out, graph, offer.rdfFormat());
        return new Answer(out.toByteArray(), offer.mediaType(), truncated);
    }

    private static Query parse(String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new Refusal(400, "Parse error: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw new Refusal(400, "Parse error: the query is nested too deeply to read.");
        }
    }

    /**
     * The dataset a query reads: the store, or, for {@code FROM}/{@code FROM NAMED}, the store's own
     * graphs those name (a graph the store does not hold is refused: nothing is fetched).
     */
    private static DatasetGraph datasetFor(Query query, DatasetGraph store) {
        if (!query.hasDatasetDescription()) {
            return store;
        }
        List<String> iris = new ArrayList<>(query.getGraphURIs());
        iris.addAll(query.getNamedGraphURIs());
        for (String iri : iris) {
            Node g = NodeFactory.createURI(iri);
            if (!store.containsGraph(g)) {
                throw new Refusal(400, "FROM <" + iri + "> is refused: it is not a graph of this store, and the endpoint"
                        + " fetches nothing from elsewhere.");
            }
        }
        return DynamicDatasets.dynamicDataset(DatasetDescription.create(query), store, false);
    }

    /** The query without its FROM clauses, for running on the dataset they describe (already built). */
    private static Query withoutDatasetDescription(Query query) {
        if (!query.hasDatasetDescription()) {
            return query;
        }
        Query q = query.cloneQuery();
        q.getGraphURIs().clear();
        q.getNamedGraphURIs().clear();
        return q;
    }

    private static void refuseProtocolDatasets(List<QueryString.Pair> pairs) {
        if (QueryString.has(pairs, "default-graph-uri") || QueryString.has(pairs, "named-graph-uri")) {
            throw new Refusal(400, "default-graph-uri and named-graph-uri are not taken: the endpoint reads its own store"
                    + " (name a graph of it with GRAPH or FROM in the query).");
        }
        if (QueryString.has(pairs, "update")) {
            throw new Refusal(403, ReadOnlyGuard.MESSAGE);
        }
    }

    private static Charset charsetOf(HttpServletRequest request) {
        // Read from the header itself: the container throws on a charset it does not know.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]{0,100})")
                .matcher(request.getHeader("Content-Type"));
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1);
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Refusal(415, "The request names the character set '" + name + "', which this server does not know;"
                    + " send UTF-8.");
        }
    }

    /** Reads the body, which {@link RequestLimits} has already bounded by its declared length; a longer one is refused. */
    private String readBody(HttpServletRequest request, Charset charset) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBodyBytes() + 1));
            if (bytes.length > options.maxBodyBytes()) {
                throw new Refusal(413, "The request body holds more than " + options.maxBodyBytes()
                        + " bytes, the most this server takes (--max-body).");
            }
            return new String(bytes, charset);
        }
    }

    private static void cancel(AtomicReference<QueryExec> running, Future<Answer> work) {
        QueryExec exec = running.get();
        if (exec != null) {
            exec.abort();
        }
        work.cancel(true);
    }

    private void tooSlow(HttpServletResponse response) throws IOException {
        OneLine.send(response, 503, "The query ran longer than the server's time limit of " + options.timeout().toSeconds()
                + " s and was cancelled (--timeout).");
    }

    private void failed(Throwable cause, HttpServletResponse response) throws IOException {
        if (cause instanceof Refusal r) {
            OneLine.send(response, r.status, r.getMessage());
        } else if (cause instanceof QueryCancelledException) {
            tooSlow(response);
        } else if (cause instanceof OutOfMemoryError) {
            OneLine.send(response, 503, "The query's answer is too large for the server's memory; ask for fewer rows.");
        } else if (cause instanceof StackOverflowError) {
            OneLine.send(response, 400, "The query is nested too deeply to run.");
        } else {
            LOG.error("query failed: {}", cause.toString(), cause);
            OneLine.send(response, 500, "The query failed on the server (" + cause.getClass().getSimpleName() + ").");
        }
    }
}
