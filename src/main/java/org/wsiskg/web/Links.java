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

    /**
     * The IRI a request path stands for. The project mints IRIs with letters, digits and
     * {@code -._~()!$&'*+,;=:@} as they are and every other byte as upper-case {@code %XX}; a
     * client may encode more ({@code %28} for '('), so the path is brought to that one spelling.
     */
    String iriOfPath(String rawPath) {
        StringBuilder b = new StringBuilder(iris.base());
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                int v = Integer.parseInt(path.substring(i + 1, i + 3), 16);
                boolean keep = (v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z') || (v >= '0' && v <= '9')
                        || "-._~()!$&'*+,;=:@".indexOf(v) >= 0;
                b.append(keep ? String.valueOf((char) v) : path.substring(i, i + 3).toUpperCase(java.util.Locale.ROOT));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
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
