package org.wsiskg.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.wsiskg.rdf.IriScheme;

/**
 * Where a resource's page is and what to call it when no label is at hand. An IRI under the base
 * is served at its own path ({@code https://w3id.org/wsis-kg/doc/A/RES/65/141} at
 * {@code /doc/A/RES/65/141}), unless the path cannot travel as one (a '#' fragment, an encoded
 * '/'), when {@code /resource?iri=…} serves it instead. Other IRIs link out as they are.
 */
final class Links {

    static final String RESOURCE = "/resource";

    private final IriScheme iris;
    private final PrefixMapping prefixes;

    Links(IriScheme iris, PrefixMapping prefixes) {
        this.iris = iris;
        this.prefixes = prefixes;
    }

    IriScheme iris() {
        return iris;
    }

    boolean isLocal(String iri) {
        return iris.pathOf(iri) != null;
    }

    String href(String iri) {
        String path = iris.pathOf(iri);
        if (path == null) {
            return iri;
        }
        if (path.contains("#") || path.toUpperCase(java.util.Locale.ROOT).contains("%2F") || path.contains("?")) {
            return RESOURCE + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        }
        return path;
    }

    /** A short name from the IRI alone: a document's symbol, "symbol ¶ 17" for a paragraph, a prefixed name for a term. */
    String shortName(String iri) {
        String path = iris.pathOf(iri);
        if (path == null || path.contains("#")) {
            String qname = prefixes.qnameFor(iri);
            return qname != null ? qname : iri;
        }
        String p = decode(path.substring(1));
        if (p.startsWith("doc/")) {
            p = p.substring(4);
            p = p.replace("/para/", " ¶ ").replace("/citation/", " citation ");
            if (p.startsWith("unnumbered/")) {
                String stem = p.substring("unnumbered/".length());
                int slash = stem.lastIndexOf('/', stem.indexOf(' ') < 0 ? stem.length() : stem.indexOf(' '));
                p = "draft " + stem.substring(slash + 1);
            } else {
                int mark = p.indexOf(' ');
                String symbol = mark < 0 ? p : p.substring(0, mark);
                p = symbol.replace('_', ' ') + (mark < 0 ? "" : p.substring(mark));
            }
        }
        return p;
    }

    String shortName(Node node) {
        if (node.isURI()) {
            return shortName(node.getURI());
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
