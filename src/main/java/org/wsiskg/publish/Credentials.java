package org.wsiskg.publish;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.wsiskg.WsisException;

/**
 * How wsis-kg authenticates to a publishing target: an {@code Authorization} header value, or
 * none. Secrets come from the environment, never from the command line (where {@code ps} and the
 * shell history would show them): {@code WSIS_PUBLISH_TOKEN} for a bearer token, or a user name
 * given as an option with {@code WSIS_PUBLISH_PASSWORD} for basic authentication.
 */
public record Credentials(Optional<String> authorization) {

    public static final String TOKEN_VARIABLE = "WSIS_PUBLISH_TOKEN";
    public static final String PASSWORD_VARIABLE = "WSIS_PUBLISH_PASSWORD";

    public static Credentials none() {
        return new Credentials(Optional.empty());
    }

    /**
     * The credentials the environment and the {@code --user} option give: basic when a user is
     * named (its password must then be set), else a bearer token when one is set, else none.
     */
    public static Credentials from(String user, Map<String, String> environment) {
        if (user != null) {
            String password = environment.get(PASSWORD_VARIABLE);
            if (password == null) {
                throw new WsisException("PUBLISH_PASSWORD_MISSING",
                        "--user " + user + " needs the password in the environment variable " + PASSWORD_VARIABLE,
                        WsisException.USAGE);
            }
            String pair = user + ":" + password;
            return new Credentials(Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
        }
        String token = environment.get(TOKEN_VARIABLE);
        if (token != null && !token.isBlank()) {
            return new Credentials(Optional.of("Bearer " + token.strip()));
        }
        return none();
    }
}
