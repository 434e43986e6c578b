package org.wsiskg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.wsiskg.WsisException;
import org.wsiskg.query.NamedQuery;
import org.wsiskg.query.QueryRunner;

/**
 * {@code /queries/NAME}: a named query with a form for its parameters and its result as a table,
 * with the same result as CSV, TSV or JSON ({@code ?format=csv}). A parameter given blank is left
 * unbound (the query then answers for every value); one not given at all takes its example value,
 * so a bare link shows the example.
 */
final class QueryPage extends PageServlet {

    private static final long serialVersionUID = 1L;

    QueryPage(Site site) {
        super(site);
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String name = path == null ? "" : path.replaceFirst("^/", "");
        if (name.isEmpty()) {
            // Not sendRedirect: the container refuses a Location with a fragment there.
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/#questions");
            return;
        }
        NamedQuery query;
        try {
            query = site.queries().byName(name);
        } catch (WsisException e) {
            throw new Failure(404, "There is no named query '" + name + "'.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> assignments = new ArrayList<>();
        for (NamedQuery.Parameter p : query.parameters()) {
            String given = request.getParameter(p.name());
            String value = given == null ? p.example() : given.strip();
            values.put(p.name(), value);
            if (!value.isEmpty()) {
                assignments.add(p.name() + "=" + value);
            }
        }
        Map<String, String> bindings = QueryRunner.bindings(query, assignments);
        String format = request.getParameter("format");
        if (format != null && !format.isBlank() && !format.equals("html")) {
            download(response, query, bindings, format);
            return;
        }
        if (QueryRunner.parse(query).isAskType()) {
            String answer = QueryRunner.run(site.dataset(), query, bindings, QueryRunner.Format.TABLE).strip();
            send(response, 200, PageFrame.render(query.title(), h -> {
                h.element("h1", query.title());
                h.element("p", query.question(), "class", "question");
                HomePage.form(h, query, values);
                h.element("p", "Answer: " + ("true".equals(answer) ? "yes" : "no"), "class", "summary", "id", "row-count");
            }));
            return;
        }
        long t0 = System.nanoTime();
        QueryRunner.Rows rows = QueryRunner.rows(site.dataset(), query, bindings);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        send(response, 200, PageFrame.render(query.title(), h -> page(h, query, values, rows, millis)));
    }

    private void page(Html h, NamedQuery query, Map<String, String> values, QueryRunner.Rows rows, long millis) {
        h.element("h1", query.title());
        h.element("p", query.question(), "class", "question");
        HomePage.form(h, query, values);
        h.open("p", "class", "summary");
        h.element("strong", rows.rows().size() + (rows.rows().size() == 1 ? " row" : " rows"), "id", "row-count");
        h.text(" in " + millis + " ms. Download: ");
        String params = queryString(values);
        for (String f : List.of("csv", "tsv", "json")) {
            h.link("/queries/" + query.name() + "?" + params + (params.isEmpty() ? "" : "&") + "format=" + f,
                    f.toUpperCase(java.util.Locale.ROOT), "class", "download");
            h.text(" ");
        }
        h.close();
        table(h, rows);
        h.open("details");
        h.element("summary", "The SPARQL query");
        h.element("pre", query.sparql(), "class", "sparql");
        h.open("p").text("From the command line: ");
        h.element("code", commandLine(query, values));
        h.close();
        h.close();
    }

    private void table(Html h, QueryRunner.Rows rows) {
        if (rows.rows().isEmpty()) {
            h.element("p", "No results: nothing in the graph answers this question with these values.", "class", "empty");
            return;
        }
        h.open("div", "class", "table-wrap");
        h.open("table", "class", "results");
        h.open("thead").open("tr");
        for (String v : rows.variables()) {
            h.element("th", v.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT), "title", "?" + v);
        }
        h.close().close();
        h.open("tbody");
        int quoteColumn = rows.variables().indexOf("quote");
        for (List<Node> row : rows.rows()) {
            h.open("tr");
            Node quote = quoteColumn < 0 ? null : row.get(quoteColumn);
            for (Node n : row) {
                h.open("td");
                if (quote != null && quote.isLiteral() && n != null && n.isLiteral() && n != quote
                        && n.getLiteralLexicalForm().length() > 120) {
                    marked(h, n, quote.getLiteralLexicalForm());
                } else {
                    NodeView.inline(h, site.links(), n);
                }
                h.close();
            }
            h.close();
        }
        h.close().close().close();
    }

    /** A long text of a row (the citing paragraph) with the row's quote marked in it. */
    private static void marked(Html h, Node literal, String quote) {
        String text = literal.getLiteralLexicalForm();
        List<CitationMarks.Mark> marks = CitationMarks.find(text, List.of(quote));
        String lang = literal.getLiteralLanguage();
        if (lang.isEmpty()) {
            h.open("span", "class", "literal long");
        } else {
            h.open("span", "class", "literal long", "lang", lang);
        }
        if (marks.isEmpty()) {
            h.text(text);
        } else {
            CitationMarks.Mark m = marks.get(0);
            h.text(text.substring(0, m.start())).element("mark", text.substring(m.start(), m.end())).text(text.substring(m.end()));
        }
        h.close();
    }

    private void download(HttpServletResponse response, NamedQuery query, Map<String, String> bindings, String format)
            throws IOException {
        QueryRunner.Format f;
        String type;
        switch (format) {
            case "csv" -> { f = QueryRunner.Format.CSV; type = "text/csv; charset=utf-8"; }
            case "tsv" -> { f = QueryRunner.Format.TSV; type = "text/tab-separated-values; charset=utf-8"; }
            case "json" -> { f = QueryRunner.Format.JSON; type = "application/sparql-results+json; charset=utf-8"; }
            default -> throw new Failure(400, "format is csv, tsv, json or html, not '" + format + "'.");
        }
        String body = QueryRunner.run(site.dataset(), query, bindings, f);
        response.setStatus(200);
        response.setContentType(type);
        response.setHeader("Content-Disposition", "inline; filename=\"" + query.name() + "." + format + "\"");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    static String queryString(Map<String, String> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    private static String commandLine(NamedQuery query, Map<String, String> values) {
        StringBuilder b = new StringBuilder("./wsis query " + query.name());
        values.forEach((k, v) -> {
            if (!v.isEmpty()) {
                b.append(" --bind '").append(k).append('=').append(v.replace("'", "'\\''")).append('\'');
            }
        });
        return b.toString();
    }
}
