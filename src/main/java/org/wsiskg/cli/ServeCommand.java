package org.wsiskg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import org.wsiskg.WsisException;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.server.ServerOptions;
import org.wsiskg.server.SparqlServer;
import org.wsiskg.store.BuildFingerprint;
import org.wsiskg.store.GraphStore;
import org.wsiskg.store.ServedStore;
import org.wsiskg.web.WebSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code wsis serve}: the store over HTTP, read-only; builds the store first when there is none or
 * it is stale. It takes its port before building, and follows the store: a {@code wsis build} run
 * while it serves makes a new generation, which it answers from as soon as it is complete.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph: web pages at / (questions, a page per resource, the citation network) and SPARQL at /wsis/sparql (read-only). Builds the store first if there is none; answers from each new build as soon as it is complete.")
final class ServeCommand implements Runnable {

    /** How often the server looks whether a build has made a new generation current. */
    private static final long POLL_MILLIS = 1000;

    @Mixin
    ProjectOptions project;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "127.0.0.1, localhost or ::1 (this machine only), or 0.0.0.0 or :: (every interface). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Query timeout in seconds, parsing and planning included. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "" + ServerOptions.DEFAULT_MAX_ROWS, paramLabel = "N",
            description = "Most rows (or triples) in one SPARQL answer; a longer one is cut and says so. Default: ${DEFAULT-VALUE}.")
    long maxRows;

    @Option(names = "--max-body", defaultValue = "" + ServerOptions.DEFAULT_MAX_BODY_BYTES, paramLabel = "BYTES",
            description = "Most bytes in a request body (413 beyond). Default: ${DEFAULT-VALUE}.")
    long maxBody;

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Let pages of this origin (https://host[:port], or *) query the endpoint from a browser. Default: none.")
    String cors;

    @Option(names = "--rebuild", description = "Rebuild the store from the corpus before serving.")
    boolean rebuild;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (timeoutSeconds <= 0) {
            throw new WsisException("BAD_TIMEOUT", "--timeout must be a positive number of seconds", WsisException.USAGE);
        }
        ServerOptions options = new ServerOptions(host, port, Duration.ofSeconds(timeoutSeconds), maxRows, maxBody,
                Optional.ofNullable(cors));
        PrintWriter err = spec.commandLine().getErr();
        SparqlServer server = SparqlServer.bind(options);
        try {
            GraphStore store = new GraphStore(project.store);
            String wanted = BuildFingerprint.of(project.corpus, project.base);
            if (!rebuild && store.exists() && !store.fingerprint().orElse("").equals(wanted)) {
                err.println("wsis: the corpus or the program changed since the store was built; rebuilding");
            }
            if (rebuild || !store.fingerprint().orElse("").equals(wanted)) {
                BuildCommand.build(project, spec, wanted);
            }
            ServedStore served = ServedStore.open(store, POLL_MILLIS, line -> {
                err.println("wsis: " + line);
                err.flush();
            });
            IriScheme iris = new IriScheme(project.base);
            QueryLibrary queries = new QueryLibrary(project.queries);
            server.serve(served, current -> WebSite.servlets(current, iris, queries));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                served.close();
            }));
            String at = "http://" + options.hostInUrl() + ":" + server.port();
            err.printf("wsis: serving %s%n", store.directory());
            err.printf("wsis: analyst's desk   %s/%n", at);
            err.printf("wsis: SPARQL endpoint  %s%s/sparql  (read-only, timeout %d s, at most %d rows)%n", at,
                    SparqlServer.DATASET, timeoutSeconds, maxRows);
            err.printf("wsis: press Ctrl-C to stop%n");
            err.flush();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        server.join();
    }
}
