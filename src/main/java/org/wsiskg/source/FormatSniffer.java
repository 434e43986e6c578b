package org.wsiskg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's format by its content, so that a PDF saved as {@code .txt} or a page saved
 * without an extension is still read right, and a zip renamed {@code .docx} is not:
 * <ul>
 *   <li>{@code %PDF-} in the first 1,024 bytes (where the PDF standard lets the header stand): PDF;</li>
 *   <li>a zip archive ({@code PK\3\4}) holding {@code word/document.xml}: Word {@code .docx}; any
 *       other zip is no format read here; a damaged zip named {@code .docx} goes to the Word
 *       reader, which says it is corrupt;</li>
 *   <li>an OLE2 compound file ({@code D0 CF 11 E0 A1 B1 1A E1}): Word 97–2003 {@code .doc} (the
 *       reader refuses OLE2 files that hold no Word document);</li>
 *   <li>text that opens with an HTML doctype or tag, or holds {@code <html>}, {@code <head>} or
 *       {@code <body>} in its first 4 KB, or a text named {@code .html}/{@code .htm}: HTML;</li>
 *   <li>anything else: plain text (which the text reader may still find to be binary).</li>
 * </ul>
 */
final class FormatSniffer {

    /** The format read, or null with the reason no reader takes the file. */
    record Sniffed(Format format, String rejection) {
    }

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*+(<!--.*?-->\\s*+)?+<(!doctype\\s++html|html|head|body)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("<(html|head|body)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final int HTML_LOOK = 4096;
    private static final int PDF_HEADER_WINDOW = 1024;

    private FormatSniffer() {
    }

    static Sniffed sniff(byte[] bytes, String fileName) {
        String extension = extension(fileName);
        if (pdfHeader(bytes)) {
            return new Sniffed(Format.PDF, null);
        }
        if (TextDecoder.startsWith(bytes, 'P', 'K', 3, 4)) {
            return zip(bytes, extension);
        }
        if (TextDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return new Sniffed(Format.DOC, null);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, HTML_LOOK), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").replace("\u0000", "");
        if (HTML_START.matcher(head).lookingAt() || HTML_TAG.matcher(head).find()
                || extension.equals("html") || extension.equals("htm") || extension.equals("xhtml")) {
            return new Sniffed(Format.HTML, null);
        }
        return new Sniffed(Format.TEXT, null);
    }

    private static boolean pdfHeader(byte[] bytes) {
        byte[] mark = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        int window = Math.min(bytes.length - mark.length, PDF_HEADER_WINDOW);
        for (int i = 0; i <= window; i++) {
            int k = 0;
            while (k < mark.length && bytes[i + k] == mark[k]) {
                k++;
            }
            if (k == mark.length) {
                return true;
            }
        }
        return false;
    }

    private static Sniffed zip(byte[] bytes, String extension) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new Sniffed(Format.DOCX, null);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            if (extension.equals("docx")) {
                return new Sniffed(Format.DOCX, null);
            }
        }
        return new Sniffed(null, "a zip archive that is not a Word document (it holds no word/document.xml)");
    }

    static String extension(String fileName) {
        int slash = fileName.lastIndexOf('/');
        int dot = fileName.lastIndexOf('.');
        return dot > slash ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
