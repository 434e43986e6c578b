package org.wsiskg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Cross-origin access from browsers. Off by default: no CORS header is sent, so a page of another
 * site cannot read the answers. With {@code --cors ORIGIN} that one origin (or every origin, for
 * {@code *}) may send GET and POST queries, and its preflight requests are answered.
 */
final class CorsPolicy implements Filter {

    private final Optional<String> allowed;

    CorsPolicy(Optional<String> allowed) {
        this.allowed = allowed;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        boolean permitted = origin != null && allowed.map(a -> a.equals("*") || a.equals(origin)).orElse(false);
        if (permitted) {
            response.setHeader("Access-Control-Allow-Origin", allowed.get().equals("*") ? "*" : origin);
            response.setHeader("Vary", "Origin");
            if (request.getMethod().equals("OPTIONS") && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", "GET, POST");
                response.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept");
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(204);
                return;
            }
        }
        chain.doFilter(req, res);
    }
}
