package org.wsiskg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsiskg.WsisException;

/**
 * A page of the desk. Whatever goes wrong while answering becomes a page with a status and one
 * line saying what happened (a bad parameter 400, an unknown name 404, a query that ran too long
 * 503, anything else 500 and a log line), never a stack trace in the browser.
 */
abstract class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);

    /** Thrown by a page to answer with an error page. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Failure(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    protected final transient Site site;

    PageServlet(Site site) {
        this.site = site;
    }

    protected abstract void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            answer(request, response);
        } catch (Failure f) {
            error(response, f.status, f.getMessage());
        } catch (WsisException e) {
            error(response, e.exitStatus() == WsisException.USAGE ? 400 : 500, e.getMessage());
        } catch (QueryCancelledException e) {
            error(response, 503, "The query ran longer than the server's time limit.");
        } catch (RuntimeException e) {
            LOG.error("{} {}", request.getRequestURI(), e.toString(), e);
            error(response, 500, "Something went wrong on the server (" + e.getClass().getSimpleName() + ").");
        }
    }

    @Override
    protected final void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        String title = switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 503 -> "Too slow";
            default -> "Server error";
        };
        send(response, status, PageFrame.render(title, h -> {
            h.element("h1", title);
            h.element("p", message, "class", "error");
            h.open("p").text("Start again from the ").link("/", "home page").text(".").close();
        }));
    }

    static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
