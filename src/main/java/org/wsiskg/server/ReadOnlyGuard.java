package org.wsiskg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses every request that would write, on every path, with 403 and a sentence saying so:
 * PUT, DELETE and PATCH anywhere; POST anywhere but a query endpoint; and on a query endpoint a
 * POST of SPARQL Update ({@code application/sparql-update}, or an {@code update=} form field). The
 * server has no code that writes, so this is what tells a user why, with the status the README names.
 */
final class ReadOnlyGuard implements Filter {

    static final String MESSAGE = "This SPARQL endpoint is read-only: updates, graph writes and uploads are refused.";
    private static final Set<String> WRITE_METHODS = Set.of("PUT", "DELETE", "PATCH");

    private final Set<String> queryPaths;

    ReadOnlyGuard(Set<String> queryPaths) {
        this.queryPaths = queryPaths;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (writes(request)) {
            OneLine.send(response, 403, MESSAGE);
            return;
        }
        chain.doFilter(req, res);
    }

    private boolean writes(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (WRITE_METHODS.contains(method)) {
            return true;
        }
        if (!method.equals("POST")) {
            return false;
        }
        if (!queryPaths.contains(request.getRequestURI())) {
            return true;
        }
        // An update= form field is refused by the endpoint, which reads the form itself.
        String type = request.getHeader("Content-Type") == null ? "" : request.getHeader("Content-Type").toLowerCase(Locale.ROOT);
        return type.startsWith("application/sparql-update");
    }
}
