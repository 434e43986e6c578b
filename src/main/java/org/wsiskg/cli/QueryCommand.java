package org.wsiskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.wsiskg.query.NamedQuery;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.query.QueryRunner;
import org.wsiskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wsis query NAME|FILE.rq [--bind var=value]... [--format table|csv|tsv|json]}. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query from queries/ (or a .rq file) against the store. With no name, list the named queries.")
final class QueryCommand implements Runnable {

    @Mixin
    ProjectOptions project;

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "A named query, or a query file.")
    String name;

    @Option(names = "--bind", paramLabel = "var=value", description = "Bind a query parameter (repeatable).")
    List<String> bind = List.of();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json. Default: ${DEFAULT-VALUE}.",
            converter = FormatConverter.class)
    QueryRunner.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        QueryLibrary library = new QueryLibrary(project.queries);
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            for (NamedQuery q : library.all()) {
                out.printf("%-20s %s%n", q.name(), q.title());
            }
            out.flush();
            return;
        }
        NamedQuery query = library.resolve(name);
        Map<String, String> bindings = QueryRunner.bindings(query, bind);
        GraphStore store = new GraphStore(project.store);
        Dataset dataset = store.open();
        try {
            out.print(QueryRunner.run(dataset, query, bindings, format));
            out.flush();
        } finally {
            GraphStore.close(dataset);
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<QueryRunner.Format> {
        @Override
        public QueryRunner.Format convert(String value) {
            try {
                return QueryRunner.Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of table, csv, tsv, json");
            }
        }
    }
}
