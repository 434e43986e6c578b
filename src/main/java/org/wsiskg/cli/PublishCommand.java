package org.wsiskg.cli;

import java.io.PrintWriter;
import org.apache.jena.query.Dataset;
import org.wsiskg.publish.Credentials;
import org.wsiskg.publish.GraphPublisher;
import org.wsiskg.publish.GraphStoreTarget;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wsis publish --to URL}: the store's graphs, sent to a SPARQL 1.1 Graph Store Protocol endpoint. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Send each text's named graph and the ontology graph to a Graph Store Protocol endpoint "
                + "(e.g. http://host:3030/DATASET/data), replacing only the graphs that changed since the last publish. "
                + "Credentials come from the environment: WSIS_PUBLISH_TOKEN (bearer), or --user with WSIS_PUBLISH_PASSWORD (basic).")
final class PublishCommand implements Runnable {

    @Mixin
    ProjectOptions project;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "The target's Graph Store Protocol endpoint.")
    String to;

    @Option(names = "--user", paramLabel = "NAME", description = "User for basic authentication; the password is read from $"
            + Credentials.PASSWORD_VARIABLE + ".")
    String user;

    @Option(names = "--all", description = "Send every graph, whatever the target says it holds.")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter err = spec.commandLine().getErr();
        GraphStoreTarget target = new GraphStoreTarget(to, Credentials.from(user, System.getenv()));
        GraphStore store = new GraphStore(project.store);
        if (!store.exists()) {
            err.println("wsis: no store at " + store.directory() + "; building it first");
            err.flush();
            BuildCommand.build(project, spec);
        }
        GraphPublisher publisher = new GraphPublisher(new IriScheme(project.base).base() + "graph/", line -> {
            err.println("wsis: " + line);
            err.flush();
        });
        Dataset dataset = store.open();
        try {
            GraphPublisher.Report r = publisher.publish(dataset.asDatasetGraph(), target, all);
            err.println("wsis: published to " + target.endpoint() + ": " + r.sent().size() + " graphs sent, "
                    + r.removed().size() + " removed, " + r.unchanged() + " unchanged");
        } finally {
            GraphStore.close(dataset);
        }
    }
}
