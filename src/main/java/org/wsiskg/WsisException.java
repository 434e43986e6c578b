package org.wsiskg;

/**
 * Misuse or broken configuration: a stable {@code code} (listed in the README), a one-line
 * message for the user, and the exit status the command line ends with.
 */
public final class WsisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Exit status for a usage error: bad arguments, unknown names, missing files. */
    public static final int USAGE = 2;
    /** Exit status for work that could not be done: an unreadable store, a failed build. */
    public static final int FAILURE = 1;

    private final String code;
    private final int exitStatus;

    public WsisException(String code, String message, int exitStatus) {
        super(message);
        this.code = code;
        this.exitStatus = exitStatus;
    }

    public WsisException(String code, String message, int exitStatus, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.exitStatus = exitStatus;
    }

    public String code() {
        return code;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
