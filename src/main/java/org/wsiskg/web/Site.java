package org.wsiskg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.IriScheme;

/**
 * What every page needs: the store (read-only; its default graph is the union of the named
 * graphs), the named queries, the prefixes of the ontology and the mapping of IRIs to pages.
 */
final class Site {

    private final Supplier<Dataset> dataset;
    private final QueryLibrary queries;
    private final PrefixMapping prefixes;
    private final Links links;
    private final String prologue;

    /** {@code dataset} gives the dataset of the request being answered (one store generation per request). */
    Site(Supplier<Dataset> dataset, IriScheme iris, QueryLibrary queries, PrefixMapping prefixes) {
        this.dataset = dataset;
        this.queries = queries;
        this.prefixes = prefixes;
        this.links = new Links(iris, prefixes);
        StringBuilder b = new StringBuilder();
        prefixes.getNsPrefixMap().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n"));
        this.prologue = b.toString();
    }

    Dataset dataset() {
        return dataset.get();
    }

    QueryLibrary queries() {
        return queries;
    }

    PrefixMapping prefixes() {
        return prefixes;
    }

    Links links() {
        return links;
    }

    /** The ontology's prefixes as SPARQL PREFIX lines. */
    String prologue() {
        return prologue;
    }

    /** Runs a SELECT written with the ontology's prefixes, with variables bound, and returns every row. */
    List<Binding> select(String sparql, Map<String, Node> bindings) {
        Query query = QueryFactory.create(prologue + sparql);
        BindingBuilder b = Binding.builder();
        bindings.forEach((k, v) -> b.add(Var.alloc(k), v));
        Binding initial = b.build();
        Dataset current = dataset.get();
        return Txn.calculateRead(current, () -> {
            try (QueryExec exec = QueryExec.dataset(current.asDatasetGraph()).query(query).substitution(initial).build()) {
                RowSet rows = exec.select();
                List<Binding> out = new ArrayList<>();
                // TDB resolves nodes lazily: copy each row while the read transaction is open.
                rows.forEachRemaining(row -> out.add(BindingFactory.copy(row)));
                return out;
            }
        });
    }
}
