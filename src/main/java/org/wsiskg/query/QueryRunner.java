package org.wsiskg.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.system.Txn;
import org.wsiskg.WsisException;

/**
 * Runs a named query against a dataset with parameters bound, and formats the result.
 * A bound value written {@code <…>} or starting with http(s):// is an IRI, a whole number is an
 * xsd:integer, anything else a plain string.
 */
public final class QueryRunner {

    /** Output formats of {@code ./wsis query}. */
    public enum Format { TABLE, CSV, TSV, JSON }

    private QueryRunner() {
    }

    /** Parses {@code name=value} arguments into parameter bindings, rejecting names the query does not have. */
    public static Map<String, String> bindings(NamedQuery query, Iterable<String> assignments) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new WsisException("BAD_BINDING", "--bind takes name=value, not '" + a + "'", WsisException.USAGE);
            }
            String name = a.substring(0, eq).strip();
            boolean declared = query.parameters().stream().anyMatch(p -> p.name().equals(name));
            if (!declared) {
                throw new WsisException("UNKNOWN_PARAMETER", "query " + query.name() + " has no parameter '" + name
                        + "'" + (query.parameters().isEmpty() ? "" : "; it takes: "
                        + String.join(", ", query.parameters().stream().map(NamedQuery.Parameter::name).toList())),
                        WsisException.USAGE);
            }
            out.put(name, a.substring(eq + 1));
        }
        return out;
    }

    public static Node valueNode(String value) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            return NodeFactory.createURI(v.substring(1, v.length() - 1));
        }
        if (v.startsWith("http://") || v.startsWith("https://")) {
            return NodeFactory.createURI(v);
        }
        if (v.matches("-?\\d{1,18}")) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
        }
        return NodeFactory.createLiteralString(value);
    }

    public static Query parse(NamedQuery query) {
        try {
            return QueryFactory.create(query.sparql());
        } catch (QueryParseException e) {
            throw new WsisException("QUERY_SYNTAX", "query " + query.name() + " does not parse: " + e.getMessage(),
                    WsisException.USAGE, e);
        }
    }

    /** Runs a SELECT or ASK query and writes the result in {@code format}. */
    public static String run(Dataset dataset, NamedQuery named, Map<String, String> bindings, Format format) {
        Query query = parse(named);
        if (!query.isSelectType() && !query.isAskType()) {
            throw new WsisException("QUERY_FORM", "query " + named.name() + " is not a SELECT or ASK query",
                    WsisException.USAGE);
        }
        BindingBuilder b = Binding.builder();
        bindings.forEach((k, v) -> b.add(Var.alloc(k), valueNode(v)));
        Binding initial = b.build();
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query).substitution(initial);
            try (QueryExec qe = exec.build()) {
                if (query.isAskType()) {
                    return Boolean.toString(qe.ask()) + "\n";
                }
                RowSet rows = qe.select();
                ResultSet rs = ResultSet.adapt(rows);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                switch (format) {
                    case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
                    case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                    case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                    case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                }
                return out.toString(StandardCharsets.UTF_8);
            }
        });
    }

    /** The rows of a SELECT query: its variables in order and each row's values (null where unbound). */
    public record Rows(List<String> variables, List<List<Node>> rows) {
    }

    /** Runs a SELECT query with parameters bound and returns its rows, for callers that lay them out themselves. */
    public static Rows rows(Dataset dataset, NamedQuery named, Map<String, String> bindings) {
        Query query = parse(named);
        if (!query.isSelectType()) {
            throw new WsisException("QUERY_FORM", "query " + named.name() + " is not a SELECT query", WsisException.USAGE);
        }
        BindingBuilder b = Binding.builder();
        bindings.forEach((k, v) -> b.add(Var.alloc(k), valueNode(v)));
        Binding initial = b.build();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec qe = QueryExec.dataset(dataset.asDatasetGraph()).query(query).substitution(initial).build()) {
                RowSet rs = qe.select();
                List<Var> vars = rs.getResultVars();
                List<List<Node>> out = new ArrayList<>();
                rs.forEachRemaining(row -> {
                    List<Node> values = new ArrayList<>(vars.size());
                    for (Var v : vars) {
                        values.add(row.get(v));
                    }
                    out.add(values);
                });
                return new Rows(vars.stream().map(Var::getVarName).toList(), out);
            }
        });
    }
}
