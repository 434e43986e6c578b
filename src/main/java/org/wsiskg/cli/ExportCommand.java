package org.wsiskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.wsiskg.WsisException;
import org.wsiskg.export.ExportFormat;
import org.wsiskg.export.NetworkReader;
import org.wsiskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wsis export --format F [--out PATH] [--include documents|all]}: the store, written for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph for other tools: RDF (turtle, ntriples, nquads, trig, jsonld, rdfxml), "
                + "networks (graphml, gexf, dot, cytoscape) or a table of citations (csv). Builds the store first if there is none.")
final class ExportCommand implements Runnable {

    @Mixin
    ProjectOptions project;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "turtle, ntriples, nquads, trig, jsonld, rdfxml, graphml, gexf, dot, cytoscape or csv.")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "File to write (replaced when complete). Default: standard output.")
    Path out;

    @Option(names = "--include", paramLabel = "WHAT",
            description = "For network formats: documents (citations between documents) or all (also events and mandates). Default: documents.")
    String include;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        ExportFormat f = ExportFormat.byName(format);
        NetworkReader.Include what = include(f);
        GraphStore store = new GraphStore(project.store);
        if (!store.exists()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("wsis: no store at " + store.directory() + "; building it first");
            err.flush();
            BuildCommand.build(project, spec);
        }
        Dataset dataset = store.open();
        try {
            dataset.asDatasetGraph().executeRead(() -> write(dataset, f, what));
        } finally {
            GraphStore.close(dataset);
        }
    }

    private NetworkReader.Include include(ExportFormat f) {
        if (include == null) {
            return NetworkReader.Include.DOCUMENTS;
        }
        if (!f.isNetwork()) {
            throw new WsisException("BAD_OPTION", "--include applies to the network formats (graphml, gexf, dot, cytoscape) only",
                    WsisException.USAGE);
        }
        return switch (include.toLowerCase(Locale.ROOT)) {
            case "documents" -> NetworkReader.Include.DOCUMENTS;
            case "all" -> NetworkReader.Include.ALL;
            default -> throw new WsisException("BAD_OPTION", "--include must be documents or all, not '" + include + "'",
                    WsisException.USAGE);
        };
    }

    private void write(Dataset dataset, ExportFormat f, NetworkReader.Include what) {
        if (out == null) {
            OutputStream stdout = new BufferedOutputStream(System.out);
            f.write(dataset.asDatasetGraph(), what, stdout);
            try {
                stdout.flush();
            } catch (IOException e) {
                throw new WsisException("EXPORT_WRITE_FAILED", "cannot write to standard output: " + e.getMessage(),
                        WsisException.FAILURE, e);
            }
            return;
        }
        Path target = out.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(partial))) {
                f.write(dataset.asDatasetGraph(), what, o);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            PrintWriter err = spec.commandLine().getErr();
            err.printf("wsis: wrote %s (%s, %d bytes)%n", target, f.cliName(), Files.size(target));
            err.flush();
        } catch (IOException e) {
            throw new WsisException("EXPORT_WRITE_FAILED", "cannot write " + target + ": " + e.getMessage(),
                    WsisException.FAILURE, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                spec.commandLine().getErr().println("wsis: could not remove " + partial + ": " + e.getMessage());
            }
        }
    }
}
