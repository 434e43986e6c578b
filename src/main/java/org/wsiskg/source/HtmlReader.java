package org.wsiskg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.wsiskg.text.Origin;
import org.wsiskg.text.SourceText;

/**
 * A web page, with jsoup: the text of its body without what the page marks as not being its
 * content ({@code script}, {@code style}, {@code nav}, {@code header}, {@code footer} and the like),
 * entities decoded, each block element (paragraph, heading, list item, table cell, {@code br})
 * its own line. The page's {@code <title>} comes first, on its own line, where the structure step
 * looks for the header. A footnote reference in {@code <sup>} digits becomes superscript digits,
 * the form the structure step reads as a marker. A page with no body text (a page its scripts
 * would have filled in) is {@code NO_BODY_TEXT}.
 *
 * <p>The bytes are decoded as {@link TextDecoder} decodes a text file, so a GB18030 page without a
 * charset declaration reads right; when they are not valid UTF-8 or GB18030, jsoup reads the
 * page's own {@code <meta charset>} instead.
 */
final class HtmlReader implements FormatReader {

    private static final Set<String> NOT_CONTENT = Set.of("script", "style", "nav", "header", "footer", "noscript",
            "template", "iframe", "svg", "form", "button", "select");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "tr", "td", "th", "blockquote", "pre", "section", "article", "main", "aside", "ul", "ol", "dl", "table",
            "address", "figcaption", "caption", "hr", "body");

    @Override
    public SourceText read(String name, byte[] bytes) throws UnreadableFile {
        Document page = parse(bytes);
        page.select(String.join(",", NOT_CONTENT)).remove();
        page.select("[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo]").remove();
        StringBuilder body = new StringBuilder();
        if (page.body() != null) {
            walk(page.body(), body);
        }
        String bodyText = lines(body.toString());
        if (bodyText.isBlank()) {
            throw UnreadableFile.error("NO_BODY_TEXT", "the page has no body text (a page its scripts fill in?)");
        }
        String title = page.title().strip();
        String text = (title.isEmpty() ? "" : title + "\n\n") + bodyText;
        return SourceText.extracted(name, text, Origin.of(Format.HTML.label(), bytes, List.of()));
    }

    private static Document parse(byte[] bytes) throws UnreadableFile {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.malformedAt() < 0) {
            return Jsoup.parse(decoded.text());
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw UnreadableFile.error("UNREADABLE_FILE", "the page cannot be decoded: " + PdfReader.oneLine(e));
        }
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.text());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (tag.equals("sup") && e.text().strip().matches("\\d{1,3}")) {
                    out.append(FootnoteLayout.superscript(Integer.parseInt(e.text().strip())));
                } else if (BLOCKS.contains(tag)) {
                    out.append('\n');
                    walk(e, out);
                    out.append('\n');
                } else {
                    walk(e, out);
                }
            }
        }
    }

    /** Each non-blank line stripped, with one blank line between lines, as paragraphs of converted texts stand. */
    private static String lines(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n")) {
            String l = line.replace('\u00A0', ' ').replaceAll("[ \\t]+", " ").strip();
            if (!l.isEmpty()) {
                b.append(l).append("\n\n");
            }
        }
        return b.toString();
    }
}
