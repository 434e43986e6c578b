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
 * Refuses every request that would write, before Fuseki sees it, with 403 and a sentence saying
 * so: SPARQL Update (on /update, or posted to the dataset as application/sparql-update or as an
 * {@code update=} form field) and Graph Store writes (PUT, DELETE, PATCH, and POST of data).
 * Fuseki would refuse them too, since the dataset is served read-only, but with a bare 404 or
 * 405 page that does not tell a user why.
 */
final class ReadOnlyGuard implements Filter {

    static final String MESSAGE = "This SPARQL endpoint is read-only: updates and graph writes are refused.\n";
    private static final Set<String> WRITE_METHODS = Set.of("PUT", "DELETE", "PATCH");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (writes(request)) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write(MESSAGE);
            return;
        }
        chain.doFilter(req, res);
    }

    private static boolean writes(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (WRITE_METHODS.contains(method)) {
            return true;
        }
        if (!method.equals("POST")) {
            return false;
        }
        String path = request.getRequestURI();
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (path.endsWith("/update") || path.endsWith("/data") || path.endsWith("/upload") || type.startsWith("application/sparql-update")) {
            return true;
        }
        return type.startsWith("application/x-www-form-urlencoded") && request.getParameter("update") != null;
    }
}
