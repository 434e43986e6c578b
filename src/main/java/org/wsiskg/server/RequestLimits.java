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
 * Limits every request before any servlet reads it: a body must say its length
 * ({@code Content-Length}, 411 otherwise) and hold at most the configured bytes (413), and the
 * query string must be well-formed percent-encoding of UTF-8 (400), so that no page or endpoint
 * fails on it later with a server error. TRACE, which would echo the request, is refused (405).
 */
final class RequestLimits implements Filter {

    private static final Set<String> BODYLESS = Set.of("GET", "HEAD", "OPTIONS", "DELETE");

    private final long maxBodyBytes;

    RequestLimits(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("TRACE")) {
            OneLine.send(response, 405, "TRACE is not answered here.");
            return;
        }
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            OneLine.send(response, 413, "The request body holds " + length + " bytes; this server takes at most "
                    + maxBodyBytes + " (--max-body).");
            return;
        }
        if (length < 0 && !BODYLESS.contains(method) && request.getHeader("Transfer-Encoding") != null) {
            OneLine.send(response, 411, "Say the length of the request body (Content-Length); a body of unknown"
                    + " length is not read.");
            return;
        }
        String problem = QueryString.problem(request.getQueryString());
        if (problem != null) {
            OneLine.send(response, 400, "The URL's query string is not valid: " + problem + ".");
            return;
        }
        chain.doFilter(req, res);
    }
}
