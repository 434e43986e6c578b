package org.wsiskg.server;

import java.time.Duration;
import java.util.Optional;
import org.wsiskg.WsisException;

/**
 * How the server listens and what it lets a request cost: the host and port, the time a query may
 * take (parsing and planning included), the rows a result may hold, the bytes a request body may
 * hold, and the one origin (if any) whose pages may call the endpoint from a browser (CORS).
 */
public record ServerOptions(String host, int port, Duration timeout, long maxRows, long maxBodyBytes,
                            Optional<String> corsOrigin) {

    public static final long DEFAULT_MAX_ROWS = 100_000;
    public static final long DEFAULT_MAX_BODY_BYTES = 1_000_000;

    public ServerOptions {
        if (!(isLoopback(host) || isEveryInterface(host))) {
            throw new WsisException("BAD_HOST", "--host takes 127.0.0.1, localhost or ::1 (this machine only), or 0.0.0.0"
                    + " or :: (every interface), not " + host, WsisException.USAGE);
        }
        if (port < 0 || port > 65535) {
            throw new WsisException("BAD_PORT", "--port must be 0 to 65535, not " + port, WsisException.USAGE);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new WsisException("BAD_TIMEOUT", "--timeout must be a positive number of seconds", WsisException.USAGE);
        }
        if (maxRows < 1) {
            throw new WsisException("BAD_LIMIT", "--max-rows must be at least 1, not " + maxRows, WsisException.USAGE);
        }
        if (maxBodyBytes < 1024) {
            throw new WsisException("BAD_LIMIT", "--max-body must be at least 1024 bytes, not " + maxBodyBytes,
                    WsisException.USAGE);
        }
        corsOrigin.ifPresent(o -> {
            if (!o.equals("*") && !o.matches("https?://[A-Za-z0-9.\\-\\[\\]:]{1,255}")) {
                throw new WsisException("BAD_CORS_ORIGIN", "--cors takes an origin such as https://example.org"
                        + " (scheme, host, optional port) or *, not " + o, WsisException.USAGE);
            }
        });
    }

    /** The usual limits, on {@code host} and {@code port}. */
    public static ServerOptions of(String host, int port, Duration timeout) {
        return new ServerOptions(host, port, timeout, DEFAULT_MAX_ROWS, DEFAULT_MAX_BODY_BYTES, Optional.empty());
    }

    public boolean loopback() {
        return isLoopback(host);
    }

    /** The host as it goes into a URL: an IPv6 address in brackets, and "every interface" as this machine. */
    public String hostInUrl() {
        String h = switch (host) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::" -> "::1";
            default -> host;
        };
        return h.contains(":") ? "[" + h + "]" : h;
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    private static boolean isEveryInterface(String host) {
        return host.equals("0.0.0.0") || host.equals("::");
    }
}
