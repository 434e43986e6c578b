package org.wsiskg.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The errors the servlet container answers itself (a malformed request line, headers too large,
 * no servlet for a method): one line of plain text with the status's reason, never Jetty's HTML
 * page and never a stack trace.
 */
final class PlainErrors extends ErrorHandler {

    /** Requests Jetty refuses before any handler sees them (a URL or headers too long): the same one line. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        String known = HttpStatus.getMessage(status);
        String line = OneLine.oneLine(reason == null || reason.isBlank() || reason.equals(known) ? known : known + ": " + reason) + "\n";
        return ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause)
            throws IOException {
        String reason = HttpStatus.getMessage(code);
        String line = OneLine.oneLine(message == null || message.isBlank() || message.equals(reason)
                ? reason : reason + ": " + message) + "\n";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.write(true, ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
