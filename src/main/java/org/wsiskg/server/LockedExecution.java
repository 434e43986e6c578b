package org.wsiskg.server;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;

/**
 * The second line of defence behind {@link QueryPolicy}: every query of the endpoint runs with a
 * context in which ARQ cannot reach out even if a check were missed. SERVICE is disallowed
 * ({@code ARQ.httpServiceAllowed} false, and no service executor at all), and the function and
 * property-function registries know only the functions ARQ is built with: an IRI they do not hold,
 * such as {@code <java:…>}, is never loaded as a class.
 */
final class LockedExecution {

    private final ClosedFunctionRegistry functions = new ClosedFunctionRegistry(FunctionRegistry.get());
    private final ClosedPropertyFunctionRegistry propertyFunctions =
            new ClosedPropertyFunctionRegistry(PropertyFunctionRegistry.get());

    /** The IRIs of the built-in functions, which {@link QueryPolicy} lets through. */
    Set<String> builtInFunctions() {
        return functions.allowed;
    }

    QueryExecBuilder on(DatasetGraph dataset) {
        return QueryExec.dataset(dataset)
                .set(ARQ.httpServiceAllowed, false)
                .set(ARQConstants.registryServiceExecutors, new ServiceExecutorRegistry())
                .set(ARQConstants.registryFunctions, functions)
                .set(ARQConstants.registryPropertyFunctions, propertyFunctions);
    }

    /** The built-in functions and nothing else: no loading of classes named by {@code java:} IRIs. */
    static final class ClosedFunctionRegistry extends FunctionRegistry {
        final Set<String> allowed = new HashSet<>();

        ClosedFunctionRegistry(FunctionRegistry standard) {
            for (Iterator<String> keys = standard.keys(); keys.hasNext(); ) {
                String uri = keys.next();
                FunctionFactory f = standard.get(uri);
                if (f != null && !uri.startsWith("java:")) {
                    allowed.add(uri);
                    put(uri, f);
                }
            }
        }

        @Override
        public FunctionFactory get(String uri) {
            return allowed.contains(uri) ? super.get(uri) : null;
        }

        @Override
        public boolean isRegistered(String uri) {
            return allowed.contains(uri);
        }
    }

    /** The built-in property functions and nothing else. */
    static final class ClosedPropertyFunctionRegistry extends PropertyFunctionRegistry {
        private final Set<String> allowed = new HashSet<>();

        ClosedPropertyFunctionRegistry(PropertyFunctionRegistry standard) {
            for (Iterator<String> keys = standard.keys(); keys.hasNext(); ) {
                String uri = keys.next();
                PropertyFunctionFactory f = standard.get(uri);
                if (f != null && !uri.startsWith("java:")) {
                    allowed.add(uri);
                    put(uri, f);
                }
            }
        }

        @Override
        public boolean manages(String uri) {
            return allowed.contains(uri) && super.manages(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return allowed.contains(uri) ? super.get(uri) : null;
        }

        @Override
        public boolean isRegistered(String uri) {
            return allowed.contains(uri);
        }
    }
}
