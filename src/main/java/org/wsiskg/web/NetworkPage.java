package org.wsiskg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code /network}: the documents and their citations as an interactive network (Cytoscape.js),
 * drawn in the browser from {@code /network.json}; filters by citing function and by the year of
 * the citing text; a click on a document opens its page.
 */
final class NetworkPage extends PageServlet {

    private static final long serialVersionUID = 1L;

    NetworkPage(Site site) {
        super(site);
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, 200, PageFrame.render("Citation network", h -> {
            h.element("h1", "Citation network");
            h.element("p", "Each dot is a document; the large ones are the texts of the corpus. An arrow goes from a citing "
                    + "text to what it cites, coloured by how it cites. Choose what to show; click a document to open it.",
                    "class", "lead");
            h.open("form", "id", "network-filters", "class", "filters");
            h.open("fieldset", "id", "functions").element("legend", "How it cites").close();
            h.open("fieldset", "id", "years").element("legend", "Year of the citing text");
            h.element("label", "from", "for", "year-from").open("select", "id", "year-from").close();
            h.element("label", "to", "for", "year-to").open("select", "id", "year-to").close();
            h.close();
            h.close();
            h.open("p", "class", "summary").open("span", "id", "network-summary").text("Loading the network …").close().close();
            h.open("div", "id", "network", "class", "network").close();
        }, List.of(), List.of(WebSite.CYTOSCAPE, "/static/network.js")));
    }
}
