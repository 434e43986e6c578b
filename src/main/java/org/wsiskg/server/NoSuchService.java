package org.wsiskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Any other path under {@code /wsis}: 404 and the endpoints there are. */
final class NoSuchService extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OneLine.send(response, 404, "No such service: " + request.getRequestURI() + ". The dataset answers SPARQL on "
                + "/wsis/sparql (and /wsis, /wsis/query) and Graph Store reads on /wsis/get and /wsis/data.");
    }
}
