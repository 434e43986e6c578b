package org.wsiskg.cli;

import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.store.BuildFingerprint;
import org.wsiskg.store.CorpusBuild;
import org.wsiskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wsis build}: corpus → graph → a fresh TDB2 store, swapped in when complete. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Read the corpus, build the graph and replace the store with it (the old store stays usable until the new one is complete).")
final class BuildCommand implements Runnable {

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        build(project, spec);
    }

    static void build(ProjectOptions project, CommandSpec spec) {
        build(project, spec, BuildFingerprint.of(project.corpus, project.base));
    }

    /** Builds the store from the corpus whose {@link BuildFingerprint} is {@code fingerprint}. */
    static void build(ProjectOptions project, CommandSpec spec, String fingerprint) {
        CorpusBuild build = new CorpusBuild(new DocumentReader(), new GraphBuilder(new IriScheme(project.base)),
                line -> {
                    spec.commandLine().getErr().println("wsis: " + line);
                    spec.commandLine().getErr().flush();
                });
        build.buildStore(project.corpus, new GraphStore(project.store), fingerprint);
    }
}
