package org.wsiskg.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.wsiskg.WsisException;
import org.wsiskg.text.Span;

/**
 * The shape of every IRI the project mints, under one base (by default
 * {@code https://w3id.org/wsis-kg/}). Readable and deterministic:
 * <ul>
 *   <li>{@code doc/A/RES/65/141}: a document by its UN symbol; a space becomes {@code _}
 *       ({@code doc/A/RES/57/270_B}); a text with no symbol of its own (a draft) is
 *       {@code doc/unnumbered/zh/<file stem>}, named like its source text;</li>
 *   <li>{@code doc/A/RES/65/141/para/17}: numbered paragraph 17; {@code …/para/pp3},
 *       {@code …/para/fn4}: preambular paragraphs, footnotes, one resource for every language the
 *       document is read in; {@code …/para/zh/h1}: headings, one per language (see
 *       {@code ParagraphNames});</li>
 *   <li>{@code doc/…/citation/zh/000_c9834f3814b4465f/1021-1031}: a citation by the source text it was read
 *       from and the span it quotes there (a document read from several texts, in two languages or
 *       formats, has the citations of each, and their spans differ);</li>
 *   <li>{@code source/zh/000_c9834f3814b4465f}: a source text; {@code graph/…}: its named graph;</li>
 *   <li>{@code body/GA}: a UN body.</li>
 * </ul>
 * The embedded server answers for each IRI's path, so an IRI dereferences on the server by
 * swapping the base for the server's address.
 */
public final class IriScheme {

    public static final String DEFAULT_BASE = "https://w3id.org/wsis-kg/";

    private final String base;
    /** The corpus folder as source names spell it ({@code data/corpus}, {@code /home/me/texts}), or null. */
    private final String corpusRoot;

    public IriScheme(String base) {
        this(base, null);
    }

    private IriScheme(String base, String corpusRoot) {
        if (!base.endsWith("/")) {
            throw new WsisException("BAD_BASE_IRI", "the base IRI must end with '/': " + base, WsisException.USAGE);
        }
        try {
            URI uri = new URI(base);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new WsisException("BAD_BASE_IRI", "the base IRI must be absolute, with a host: " + base,
                        WsisException.USAGE);
            }
        } catch (URISyntaxException e) {
            throw new WsisException("BAD_BASE_IRI", "not an IRI: " + base, WsisException.USAGE, e);
        }
        this.base = base;
        this.corpusRoot = corpusRoot;
    }

    /**
     * The same scheme for texts read from the corpus folder {@code root}, named as source names spell it: their source,
     * graph and draft IRIs come from their path below it ({@code zh/000_…}), wherever the folder lies, so the same
     * texts give the same graph from {@code data/corpus} and from {@code /home/me/Downloads/wsis}.
     */
    public IriScheme belowCorpus(String root) {
        String r = root.replace('\\', '/');
        while (r.length() > 1 && r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        return new IriScheme(base, r);
    }

    public static IriScheme standard() {
        return new IriScheme(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String document(String symbol) {
        return base + "doc/" + symbolPath(symbol);
    }

    public String unnumberedDocument(String sourceName) {
        return base + "doc/unnumbered/" + sourcePath(sourceName);
    }

    /** The document a text is read as: by its own symbol, or, for a draft that has none, by its source. */
    public String textDocument(String symbol, String sourceName) {
        return symbol != null ? document(symbol) : unnumberedDocument(sourceName);
    }

    /**
     * What lies inside a document's IRI, after its symbol or source path, each named by the word
     * that opens its part of the path: {@code doc/A/RES/65/141/para/17}, {@code …/citation/120-131},
     * {@code …/event/120-140}. Readers of IRIs (the web pages) tell a document's own path from what
     * is inside it by these words.
     */
    public enum Inside {
        PARAGRAPH("para"), CITATION("citation"), EVENT("event"), MANDATE("mandate"), REQUEST("request"),
        AGENDA_ITEM("agenda-item");

        private final String word;

        Inside(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        /** True when a path segment opens the part of an IRI inside a document. */
        public static boolean opens(String segment) {
            for (Inside inside : values()) {
                if (inside.word.equals(segment)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A paragraph of a document: numbered ones by their number, others by their report id, after
     * the language of their text where texts of two languages do not pair them ({@code zh/h1});
     * a slash separates path segments.
     */
    public String paragraph(String documentIri, String name) {
        StringBuilder b = new StringBuilder(documentIri).append('/').append(Inside.PARAGRAPH.word());
        for (String part : name.split("/", -1)) {
            b.append('/').append(segment(part));
        }
        return b.toString();
    }

    public String citation(String documentIri, String sourceName, int start, int end, int duplicate) {
        return documentIri + "/" + Inside.CITATION.word() + "/" + sourcePath(sourceName) + "/" + start + "-" + end
                + (duplicate > 1 ? "-" + duplicate : "");
    }

    /**
     * A mention of an event or a mandate, a request or an agenda item, by the source text it was read
     * from and the span it quotes there: {@code doc/…/event/zh/000_c9834f3814b4465f/120-140}.
     */
    String mention(String documentIri, Inside what, String sourceName, Span span) {
        return documentIri + "/" + what.word() + "/" + sourcePath(sourceName) + "/" + span.start() + "-" + span.end();
    }

    /**
     * The Web Annotation target of a fact: a span of one source text, {@code source/zh/000_…/span/120-140}.
     * Named by the source and the offsets alone, because a paragraph read from two texts (the Chinese
     * and the English of one resolution) has a span in each.
     */
    public String anchor(String sourceName, Span span) {
        return source(sourceName) + "/span/" + span.start() + "-" + span.end();
    }

    public String source(String sourceName) {
        return base + "source/" + sourcePath(sourceName);
    }

    public String graph(String sourceName) {
        return base + "graph/" + sourcePath(sourceName);
    }

    public String body(String code) {
        return base + "body/" + segment(code);
    }

    /** The server path of an IRI under this base, such as {@code /doc/A/RES/65/141}; null for other IRIs. */
    public String pathOf(String iri) {
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : null;
    }

    /** A symbol as a path: spaces become underscores; slashes stay, as the symbol's own hierarchy. */
    static String symbolPath(String symbol) {
        StringBuilder b = new StringBuilder();
        for (String part : symbol.strip().split("/", -1)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(segment(part.replace(' ', '_')));
        }
        return b.toString();
    }

    private String sourcePath(String sourceName) {
        String stem = sourceStem(sourceName);
        String rel;
        if (corpusRoot != null && (corpusRoot.equals(".") || stem.startsWith(corpusRoot + "/"))) {
            rel = corpusRoot.equals(".") ? stem : stem.substring(corpusRoot.length() + 1);
        } else {
            int corpus = stem.indexOf("corpus/");
            rel = corpus >= 0 ? stem.substring(corpus + "corpus/".length()) : stem;
        }
        StringBuilder b = new StringBuilder();
        for (String part : rel.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                continue;
            }
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(segment(part));
        }
        return b.toString();
    }

    private static String sourceStem(String sourceName) {
        String s = sourceName.replace('\\', '/');
        return s.toLowerCase(Locale.ROOT).endsWith(".txt") ? s.substring(0, s.length() - 4) : s;
    }

    /** Percent-encodes what may not stand in an IRI path segment; keeps letters, digits and -._~()!$&'*+,;=:@ as they are. */
    static String segment(String s) {
        StringBuilder b = new StringBuilder();
        for (byte by : s.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xFF;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~()!$&'*+,;=:@".indexOf(c) >= 0;
            if (keep) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}
