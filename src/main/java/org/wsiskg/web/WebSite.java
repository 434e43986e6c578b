package org.wsiskg.web;

import jakarta.servlet.http.HttpServlet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.jena.query.Dataset;
import org.apache.jena.shared.PrefixMapping;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.rdf.Ontology;

/**
 * The pages of the desk, by the path each is mounted at beside the SPARQL endpoint:
 * <pre>
 * /                 home: what the graph holds, the questions as forms, the texts, a SPARQL editor
 * /queries/NAME     a named query: form, result table, ?format=csv|tsv|json
 * /network          the citation network;  /network.json  its data
 * /resource?iri=…   the page of any IRI;   /doc/…, /body/…, /event/… (every other path): the page of base + path
 * /static/…         the desk's scripts and styles;  /webjars/…  Cytoscape.js and YASGUI from their WebJars
 * </pre>
 */
public final class WebSite {

    static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";
    static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

    private WebSite() {
    }

    public static Map<String, HttpServlet> servlets(Dataset dataset, IriScheme iris, QueryLibrary queries) {
        return servlets(() -> dataset, iris, queries);
    }

    /**
     * The pages, reading the dataset {@code dataset} gives: the server's supplier answers with the
     * store generation leased for the request being answered.
     */
    public static Map<String, HttpServlet> servlets(Supplier<Dataset> dataset, IriScheme iris, QueryLibrary queries) {
        Site site = site(dataset, iris, queries);
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put("", new HomePage(site));
        servlets.put("/queries/*", new QueryPage(site));
        servlets.put("/network", new NetworkPage(site));
        servlets.put("/network.json", new NetworkData(site));
        servlets.put("/static/*", new StaticFiles("web"));
        servlets.put("/webjars/*", new StaticFiles("META-INF/resources/webjars"));
        servlets.put("/*", new ResourcePage(site));
        return servlets;
    }

    /**
     * The HTML page of a resource by its IRI, as {@code /doc/…}, {@code /event/…} answer a browser,
     * without a server: for measuring page building apart from HTTP.
     */
    public static UnaryOperator<String> resourcePages(Dataset dataset, IriScheme iris, QueryLibrary queries) {
        ResourceHtml html = new ResourceHtml(site(() -> dataset, iris, queries));
        return html::page;
    }

    private static Site site(Supplier<Dataset> dataset, IriScheme iris, QueryLibrary queries) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Ontology.load().getPrefixMapping()).lock();
        return new Site(dataset, iris, queries, prefixes);
    }
}
