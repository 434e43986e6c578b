package org.wsiskg.cli;

import java.nio.file.Path;
import org.wsiskg.rdf.IriScheme;
import picocli.CommandLine.Option;

/**
 * Where things are: the corpus, the store, the queries, and the base of every IRI. Paths the user
 * gives are read against the user's own directory, as every command-line tool reads them; the
 * defaults are the project's own folders, found through {@code -Dwsis.home} (which {@code ./wsis}
 * sets to the project directory) and against the working directory when it is not set.
 */
final class ProjectOptions {

    /** The project directory as a prefix of the default paths, resolved by picocli when options are read. */
    private static final String HOME = "${sys:wsis.home:-.}/";

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = HOME + "data/corpus",
            description = "Directory of source texts (every .txt below it). Default: ${DEFAULT-VALUE}.")
    Path corpus;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:WSIS_STORE:-" + HOME + "target/store}",
            description = "TDB2 store directory. Default: ${DEFAULT-VALUE} (or $WSIS_STORE).")
    Path store;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = HOME + "queries",
            description = "Directory of named queries. Default: ${DEFAULT-VALUE}.")
    Path queries;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "${env:WSIS_BASE:-" + IriScheme.DEFAULT_BASE + "}",
            description = "Base of every IRI in the graph. Default: ${DEFAULT-VALUE} (or $WSIS_BASE).")
    String base;
}
