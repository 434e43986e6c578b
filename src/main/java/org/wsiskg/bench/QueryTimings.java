package org.wsiskg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.jena.query.Dataset;
import org.wsiskg.WsisException;
import org.wsiskg.query.NamedQuery;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.query.QueryRunner;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.server.SparqlServer;
import org.wsiskg.web.WebSite;

/**
 * p50 and p99 of every named query and of a few resource pages on one store, in process (the
 * query as {@code wsis query} runs it, the page as the site builds it) and over HTTP from a server
 * on a free loopback port. Each is run once to warm up, then repeated up to {@code repetitions}
 * times or for {@code budget} seconds, whichever ends first (at least three runs).
 */
final class QueryTimings {

    /** The timings of one named query or page. */
    record Timing(String name, String kind, Percentiles inProcess, Percentiles http, String error) {
    }

    private final Dataset dataset;
    private final IriScheme iris;
    private final QueryLibrary queries;
    private final int repetitions;
    private final double budgetSeconds;
    private final Consumer<String> progress;

    QueryTimings(Dataset dataset, IriScheme iris, QueryLibrary queries, int repetitions, double budgetSeconds,
                 Consumer<String> progress) {
        this.dataset = dataset;
        this.iris = iris;
        this.queries = queries;
        this.repetitions = repetitions;
        this.budgetSeconds = budgetSeconds;
        this.progress = progress;
    }

    /** A step to time; it throws when the answer is not a success. */
    private interface Step {
        void run() throws IOException, InterruptedException;
    }

    List<Timing> measure(Map<String, Map<String, String>> bindings, List<String> pageIris) {
        List<Timing> out = new ArrayList<>();
        UnaryOperator<String> pages = WebSite.resourcePages(dataset, iris, queries);
        SparqlServer server = SparqlServer.start(dataset, "127.0.0.1", 0, Duration.ofSeconds(120),
                WebSite.servlets(dataset, iris, queries));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + server.port();
        try {
            for (NamedQuery q : queries.all()) {
                Map<String, String> b = bindings.getOrDefault(q.name(), Map.of());
                String kind = q.sparql().toUpperCase(Locale.ROOT).contains("GROUP BY") ? "aggregate" : "lookup";
                String path = "/queries/" + q.name() + "?format=tsv" + query(b);
                out.add(timing("query", q.name(), kind, () -> QueryRunner.run(dataset, q, b, QueryRunner.Format.TSV),
                        () -> get(http, base + path)));
            }
            for (String iri : pageIris) {
                String path = "/" + iri.substring(iris.base().length());
                out.add(timing("page ", path, "page", () -> pages.apply(iri), () -> get(http, base + path)));
            }
        } finally {
            server.close();
        }
        return out;
    }

    /** Times one query or page both ways; one that fails is reported with its error and the bench goes on. */
    private Timing timing(String what, String name, String kind, Step local, Step remote) {
        try {
            Percentiles inProcess = time(local);
            Percentiles overHttp = time(remote);
            progress.accept(String.format(Locale.ROOT, "%s %-18s in process p50 %8.1f ms p99 %8.1f ms; http p50 %8.1f ms p99 %8.1f ms",
                    what, name, inProcess.p50(), inProcess.p99(), overHttp.p50(), overHttp.p99()));
            return new Timing(name, kind, inProcess, overHttp, null);
        } catch (RuntimeException e) {
            progress.accept(what + " " + name + " failed: " + e.getMessage());
            Percentiles none = Percentiles.of(List.of());
            return new Timing(name, kind, none, none, String.valueOf(e.getMessage()));
        }
    }

    private Percentiles time(Step step) {
        List<Double> millis = new ArrayList<>();
        try {
            step.run();
            long start = System.nanoTime();
            while (millis.size() < 3 || (millis.size() < repetitions && (System.nanoTime() - start) / 1e9 < budgetSeconds)) {
                long t0 = System.nanoTime();
                step.run();
                millis.add((System.nanoTime() - t0) / 1e6);
            }
        } catch (IOException e) {
            throw new WsisException("BENCH_HTTP_FAILED", "a request to the bench server failed: " + e.getMessage(),
                    WsisException.FAILURE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WsisException("BENCH_INTERRUPTED", "the bench was interrupted", WsisException.FAILURE, e);
        }
        return Percentiles.of(millis);
    }

    private static void get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        }
    }

    private static String query(Map<String, String> bindings) {
        StringBuilder s = new StringBuilder();
        new LinkedHashMap<>(bindings).forEach((k, v) -> s.append('&').append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }
}
