package org.wsiskg.cli;

import java.nio.file.Path;
import org.wsiskg.rdf.IriScheme;
import picocli.CommandLine.Option;

/** Where things are: the corpus, the store, the queries, and the base of every IRI. */
final class ProjectOptions {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "data/corpus",
            description = "Directory of source texts (every .txt below it). Default: ${DEFAULT-VALUE}.")
    Path corpus;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:WSIS_STORE:-target/store}",
            description = "TDB2 store directory. Default: ${DEFAULT-VALUE} (or $WSIS_STORE).")
    Path store;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Directory of named queries. Default: ${DEFAULT-VALUE}.")
    Path queries;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "${env:WSIS_BASE:-" + IriScheme.DEFAULT_BASE + "}",
            description = "Base of every IRI in the graph. Default: ${DEFAULT-VALUE} (or $WSIS_BASE).")
    String base;
}
