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

    /**
     * A short name from the IRI alone: a document's symbol ({@code A/RES/57/270 B}), a draft by its
     * source file, then what is inside it ({@code A/RES/65/141 ¶ 17}, {@code … citation 120-131});
     * a prefixed name for a term; the path for anything else under the base.
     */
    String shortName(String iri) {
        String path = iris.pathOf(iri);
        if (path == null || path.contains("#")) {
            String qname = prefixes.qnameFor(iri);
            return qname != null ? qname : iri;
        }
        String[] segments = path.substring(1).split("/", -1);
        if (!segments[0].equals("doc") || segments.length < 2) {
            return decode(path.substring(1));
        }
        StringBuilder name = new StringBuilder();
        int i = 1;
        if (segments[1].equals("unnumbered") && segments.length > 2) {
            // doc/unnumbered/zh/002_4510d16fedc8d16d: the source's path; what lies inside the draft
            // starts with one of the words the IRI scheme puts there.
            for (i = 2; i < segments.length && !IriScheme.Inside.opens(segments[i]); i++) {
                name.setLength(0);
                name.append("draft ").append(decode(segments[i]));
            }
        } else {
            // A symbol's parts are upper-case letters, digits and marks (A, RES, 65, CN.16, Corr.1);
            // what lies inside a document starts with a lower-case word (para, citation, event).
            for (; i < segments.length && !segments[i].matches("[a-z]+"); i++) {
                name.append(name.length() > 0 ? "/" : "").append(decode(segments[i]).replace('_', ' '));
            }
        }
        if (i < segments.length) {
            String rest = String.join("/", java.util.Arrays.copyOfRange(segments, i, segments.length));
            String paragraph = IriScheme.Inside.PARAGRAPH.word() + "/";
            name.append(rest.startsWith(paragraph) ? " ¶ " + decode(rest.substring(paragraph.length()))
                    : " " + decode(rest).replace('/', ' '));
        }
        return name.toString();
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
