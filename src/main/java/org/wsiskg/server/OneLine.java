package org.wsiskg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** An error answer: a status and one line of plain text saying what happened, never a stack trace. */
final class OneLine {

    private OneLine() {
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        byte[] bytes = (oneLine(message) + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** A message folded onto one line and cut at a length a person reads. */
    static String oneLine(String message) {
        String m = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return m.length() > 500 ? m.substring(0, 500) + " …" : m;
    }
}
