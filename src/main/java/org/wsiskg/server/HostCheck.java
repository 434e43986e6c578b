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
import java.util.function.IntSupplier;

/**
 * On a server bound to loopback, answers 403 to a request whose {@code Host} header is not this
 * machine's name for itself (127.0.0.1, localhost or [::1], with the server's port). A web page on
 * another site can make a browser send requests to 127.0.0.1 under its own host name (DNS
 * rebinding); the Host header is what gives it away.
 */
final class HostCheck implements Filter {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final IntSupplier port;

    HostCheck(IntSupplier port) {
        this.port = port;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        String host = ((HttpServletRequest) req).getHeader("Host");
        if (!allowed(host)) {
            OneLine.send((HttpServletResponse) res, 403, "This server answers only requests addressed to 127.0.0.1, localhost"
                    + " or [::1] with its port, not to Host '" + (host == null ? "" : host) + "'.");
            return;
        }
        chain.doFilter(req, res);
    }

    boolean allowed(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        String name = h;
        String portText = "";
        if (colon > h.lastIndexOf(']')) {
            name = h.substring(0, colon);
            portText = h.substring(colon + 1);
        }
        if (!LOOPBACK_NAMES.contains(name)) {
            return false;
        }
        int expected = port.getAsInt();
        return portText.isEmpty() ? expected == 80 : portText.equals(Integer.toString(expected));
    }
}
