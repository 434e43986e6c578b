package org.wsiskg.server;

/** A request the endpoint will not answer, with the status and the one line that say why. */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;

    Refusal(int status, String message) {
        super(message);
        this.status = status;
    }
}
