package org.wsiskg.web;

import java.util.List;
import java.util.function.Consumer;

/** The frame around every page: head, the navigation bar and the footer. */
final class PageFrame {

    private PageFrame() {
    }

    static String render(String title, Consumer<Html> body) {
        return render(title, body, List.of(), List.of());
    }

    /** A whole page with extra style sheets, and {@code scripts} loaded at the end of the body, in order. */
    static String render(String title, Consumer<Html> body, List<String> styles, List<String> scripts) {
        Html h = new Html();
        h.open("html", "lang", "en");
        h.open("head");
        h.open("meta", "charset", "utf-8");
        h.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.element("title", title + " · wsis-kg");
        for (String style : styles) {
            h.open("link", "rel", "stylesheet", "href", style);
        }
        h.open("link", "rel", "stylesheet", "href", "/static/wsis.css");
        h.close();
        h.open("body");
        h.open("header", "class", "bar");
        h.link("/", "wsis-kg", "class", "brand");
        h.open("nav");
        h.link("/", "Home");
        h.link("/#questions", "Questions");
        h.link("/network", "Citation network");
        h.link("/#sparql", "SPARQL");
        h.close();
        h.close();
        h.open("main");
        body.accept(h);
        h.close();
        h.open("footer");
        h.text("wsis-kg: a knowledge graph of the UN follow-up to the World Summit on the Information Society. "
                + "SPARQL endpoint: ");
        h.element("code", "/wsis/sparql");
        h.text(" (read-only).");
        h.close();
        for (String script : scripts) {
            h.open("script", "src", script).close();
        }
        return "<!DOCTYPE html>\n" + h.finish();
    }
}
