package org.wsiskg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.apache.jena.query.Dataset;
import org.wsiskg.store.GraphSource;

/**
 * Gives each request one generation of the store for its whole length: the pages ask
 * {@link #dataset()} as often as they like and always get the dataset leased when the request
 * began, so a page built from several queries never mixes an old graph with a new one.
 */
final class RequestLeases implements Filter {

    private final GraphSource source;
    private final ThreadLocal<Dataset> current = new ThreadLocal<>();

    RequestLeases(GraphSource source) {
        this.source = source;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        try (GraphSource.Lease lease = source.lease()) {
            current.set(lease.dataset());
            chain.doFilter(req, res);
        } finally {
            current.remove();
        }
    }

    /** The dataset of the request this thread answers. */
    Dataset dataset() {
        Dataset d = current.get();
        if (d == null) {
            throw new IllegalStateException("the dataset is read while answering a request only");
        }
        return d;
    }
}
