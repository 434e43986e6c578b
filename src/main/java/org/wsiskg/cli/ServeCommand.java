package org.wsiskg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.wsiskg.WsisException;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.server.SparqlServer;
import org.wsiskg.store.BuildFingerprint;
import org.wsiskg.store.GraphStore;
import org.wsiskg.web.WebSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wsis serve}: the store over HTTP, read-only; builds the store first when there is none. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph: web pages at / (questions, a page per resource, the citation network) and SPARQL at /wsis/sparql (read-only). Builds the store first if there is none.")
final class ServeCommand implements Runnable {

    @Mixin
    ProjectOptions project;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (this machine only) or 0.0.0.0 (every interface). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Query timeout in seconds. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--rebuild", description = "Rebuild the store from the corpus before serving.")
    boolean rebuild;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (timeoutSeconds <= 0) {
            throw new WsisException("BAD_TIMEOUT", "--timeout must be a positive number of seconds", WsisException.USAGE);
        }
        GraphStore store = new GraphStore(project.store);
        String wanted = BuildFingerprint.of(project.corpus, project.base);
        if (!rebuild && store.exists() && !store.fingerprint().orElse("").equals(wanted)) {
            spec.commandLine().getErr().println("wsis: the corpus or the program changed since the store was built; rebuilding");
        }
        if (rebuild || !store.fingerprint().orElse("").equals(wanted)) {
            BuildCommand.build(project, spec, wanted);
        }
        Dataset dataset = store.open();
        SparqlServer server = SparqlServer.start(dataset, host, port, Duration.ofSeconds(timeoutSeconds),
                WebSite.servlets(dataset, new IriScheme(project.base), new QueryLibrary(project.queries)));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        PrintWriter err = spec.commandLine().getErr();
        err.printf("wsis: serving %s%n", store.directory());
        err.printf("wsis: analyst's desk   http://%s:%d/%n", shown, server.port());
        err.printf("wsis: SPARQL endpoint  http://%s:%d%s/sparql  (read-only, timeout %d s)%n", shown, server.port(),
                SparqlServer.DATASET, timeoutSeconds);
        err.printf("wsis: press Ctrl-C to stop%n");
        err.flush();
        server.join();
    }
}
