package org.wsiskg.server;

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

    private static final String JAVA = "java:";

    private final ClosedFunctionRegistry functions = new ClosedFunctionRegistry(FunctionRegistry.get());
    private final ClosedPropertyFunctionRegistry propertyFunctions =
            new ClosedPropertyFunctionRegistry(PropertyFunctionRegistry.get());

    /** True for the IRI of a built-in function, which {@link QueryPolicy} lets through. */
    boolean isBuiltInFunction(String iri) {
        return functions.get(iri) != null;
    }

    QueryExecBuilder on(DatasetGraph dataset) {
        return QueryExec.dataset(dataset)
                .set(ARQ.httpServiceAllowed, false)
                .set(ARQConstants.registryServiceExecutors, new ServiceExecutorRegistry())
                .set(ARQConstants.registryFunctions, functions)
                .set(ARQConstants.registryPropertyFunctions, propertyFunctions);
    }

    /**
     * The built-in functions and nothing else. ARQ's own registry loads the functions of its library
     * namespace ({@code afn:}) from its own package on first use, and any class a {@code java:} IRI
     * names; this one passes the first through and never the second.
     */
    static final class ClosedFunctionRegistry extends FunctionRegistry {
        private final FunctionRegistry standard;

        ClosedFunctionRegistry(FunctionRegistry standard) {
            this.standard = standard;
        }

        @Override
        public FunctionFactory get(String uri) {
            return uri.startsWith(JAVA) ? null : standard.get(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return get(uri) != null;
        }
    }

    /** The built-in property functions (ARQ's {@code apf:} library) and nothing a {@code java:} IRI names. */
    static final class ClosedPropertyFunctionRegistry extends PropertyFunctionRegistry {
        private final PropertyFunctionRegistry standard;

        ClosedPropertyFunctionRegistry(PropertyFunctionRegistry standard) {
            this.standard = standard;
        }

        @Override
        public boolean manages(String uri) {
            return !uri.startsWith(JAVA) && standard.manages(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return uri.startsWith(JAVA) ? null : standard.get(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return !uri.startsWith(JAVA) && standard.isRegistered(uri);
        }
    }
}
