package org.wsiskg.cli;

import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.resolve.ReadingSummary;
import org.wsiskg.source.SourceReader;
import org.wsiskg.text.Corpus;
import org.wsiskg.store.BuildFingerprint;
import org.wsiskg.store.CorpusBuild;
import org.wsiskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code wsis build}: corpus → graph → a fresh TDB2 store, swapped in when complete. Texts unchanged
 * since the last build are copied from it unless {@code --full}.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Read the corpus, build the graph and replace the store with it (the old store stays usable until the new one is complete).")
final class BuildCommand implements Runnable {

    @Mixin
    ProjectOptions project;

    @Mixin
    InputOptions input;

    @Option(names = "--full", description = "Read every text again, even those unchanged since the last build (which are otherwise copied from it).")
    boolean full;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        ReadingSummary summary = build(project, input.sourceReader(), spec, BuildFingerprint.of(project.corpus, project.base),
                full);
        input.report(summary, spec.commandLine().getErr());
    }

    /** Builds the store for a command that needs one (export, publish), as {@link #build(ProjectOptions, CommandSpec, String)}. */
    static void build(ProjectOptions project, CommandSpec spec) {
        build(project, spec, BuildFingerprint.of(project.corpus, project.base));
    }

    /**
     * Builds the store from the corpus whose {@link BuildFingerprint} is {@code fingerprint}, with the
     * default reading limits, and prints every error of the input with the closing counts; a server
     * rebuilding its store goes on whatever the input held.
     */
    static void build(ProjectOptions project, CommandSpec spec, String fingerprint) {
        ReadingSummary summary = build(project, new SourceReader(), spec, fingerprint, false);
        for (String line : summary.errorLines()) {
            spec.commandLine().getErr().println("wsis: error: " + line);
        }
        spec.commandLine().getErr().println("wsis: " + summary.line());
    }

    private static ReadingSummary build(ProjectOptions project, SourceReader sources, CommandSpec spec, String fingerprint,
                                        boolean full) {
        CorpusBuild build = new CorpusBuild(sources, new DocumentReader(), new GraphBuilder(new IriScheme(project.base).belowCorpus(Corpus.nameOf(project.corpus))),
                line -> {
                    spec.commandLine().getErr().println("wsis: " + line);
                    spec.commandLine().getErr().flush();
                });
        build.buildStore(project.corpus, new GraphStore(project.store), fingerprint, full);
        return build.summary();
    }
}
