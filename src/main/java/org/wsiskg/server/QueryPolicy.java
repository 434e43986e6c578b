package org.wsiskg.server;

import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.aggregate.AggCustom;

/**
 * What a query may do on this endpoint, checked on its algebra before it runs: nothing that
 * reaches outside the store. Refused with 400: {@code SERVICE} (a request to another server, which
 * would make the endpoint a proxy and a port scanner), a function IRI that is not one of ARQ's
 * built-in functions (unknown IRIs and {@code <java:…>}, which loads and runs a class), a
 * {@code java:} property function, and custom aggregates. {@code FROM} is checked against the store
 * by the endpoint, which holds the data.
 */
final class QueryPolicy {

    private final Predicate<String> builtInFunctions;

    QueryPolicy(Predicate<String> builtInFunctions) {
        this.builtInFunctions = builtInFunctions;
    }

    void check(Query query) {
        Op op = Algebra.compile(query);
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                throw new Refusal(400, "SERVICE " + label(service.getService())
                        + " is refused: this endpoint answers from its own store and makes no requests to other servers.");
            }

            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(QueryPolicy::checkPredicate);
            }

            @Override
            public void visit(OpTriple triple) {
                checkPredicate(triple.getTriple());
            }

            @Override
            public void visit(OpPath path) {
                if (path.getTriplePath().getPredicate() != null) {
                    checkNode(path.getTriplePath().getPredicate());
                }
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if (func instanceof E_Function f && !builtInFunctions.test(f.getFunctionIRI())) {
                    throw new Refusal(400, "The function <" + f.getFunctionIRI() + "> is refused: only SPARQL's and"
                            + " ARQ's built-in functions run here.");
                }
            }

            @Override
            public void visit(ExprAggregator agg) {
                if (agg.getAggregator() instanceof AggCustom custom) {
                    throw new Refusal(400, "The custom aggregate <" + custom.getIRI() + "> is refused: only SPARQL's"
                            + " aggregates run here.");
                }
            }
        });
    }

    private static void checkPredicate(Triple t) {
        checkNode(t.getPredicate());
    }

    private static void checkNode(Node n) {
        if (n.isURI() && n.getURI().startsWith("java:")) {
            throw new Refusal(400, "The property <" + n.getURI() + "> is refused: java: IRIs would load code.");
        }
    }

    private static String label(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
