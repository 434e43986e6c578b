package org.wsiskg.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.wsiskg.text.Origin;
import org.wsiskg.text.SourceText;

/**
 * A PDF's text layer, with Apache PDFBox, page by page in reading order (characters sorted by
 * their position on the page, so a content stream written out of order still reads top to
 * bottom). Pages are joined by three blank lines, the page boundary the structure step reads, so
 * running headers and footers and footnote blocks are found at each page's edges as in converted
 * texts; the {@link Origin} records where each page starts, so a quote names its page.
 *
 * <p>Refused: a PDF that needs a password to open ({@code ENCRYPTED_PDF}; one with only an owner
 * password opens and is read), one PDFBox cannot parse ({@code CORRUPT_PDF}), and one whose pages
 * carry no text at all, a scan ({@code NO_TEXT_LAYER}), which would otherwise be read as empty.
 *
 * <p>Digits set much smaller than the page's body text (under three quarters of its most common
 * size) are footnote numbers, in the text and before the footnote bodies; they are written as
 * superscript digits ({@code ¹}), the form the structure step reads as footnote markers and entries,
 * instead of running into the word or number before them.
 */
final class PdfReader implements FormatReader {

    static final String PAGE_BREAK = "\n\n\n\n";
    /** White space above a line, in heights of its characters, over which the line opens a paragraph. */
    private static final float PARAGRAPH_GAP = 1.6f;

    @Override
    public SourceText read(String name, byte[] bytes) throws UnreadableFile {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw UnreadableFile.error("CORRUPT_PDF", "the PDF has no pages");
            }
            PDFTextStripper stripper = new SuperscriptStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            // A paragraph (a line after a gap of more than about one line, or indented) opens with a blank line,
            // the separation the structure step reads between a header line and the next.
            stripper.setDropThreshold(PARAGRAPH_GAP);
            stripper.setParagraphStart("\n");
            StringBuilder text = new StringBuilder();
            List<Integer> pageStarts = new ArrayList<>();
            boolean anyText = false;
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    text.append(PAGE_BREAK);
                }
                pageStarts.add(text.length());
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripTrailingLineEnds(stripper.getText(pdf));
                anyText |= !pageText.isBlank();
                text.append(pageText);
            }
            if (!anyText) {
                throw UnreadableFile.error("NO_TEXT_LAYER", "none of the " + pages
                        + " pages carries text (a scan?): run OCR on it first, it is not read as empty");
            }
            text.append('\n');
            return SourceText.extracted(name, text.toString(), Origin.of(Format.PDF.label(), bytes, pageStarts));
        } catch (InvalidPasswordException e) {
            throw UnreadableFile.error("ENCRYPTED_PDF", "the PDF is encrypted and needs a password to open");
        } catch (IOException | RuntimeException e) {
            throw UnreadableFile.error("CORRUPT_PDF", "the PDF cannot be parsed: " + oneLine(e));
        }
    }

    /** PDFBox's text stripper writing small digits as superscript digits. */
    private static final class SuperscriptStripper extends PDFTextStripper {

        private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        private static final float SMALLER = 0.75f;
        /** The most common font size of the page being written, in points. */
        private float bodySize;

        SuperscriptStripper() throws IOException {
            super();
        }

        @Override
        protected void writePage() throws IOException {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (List<TextPosition> article : getCharactersByArticle()) {
                for (TextPosition p : article) {
                    counts.merge(Math.round(p.getFontSizeInPt() * 4), 1, Integer::sum);
                }
            }
            int best = 0;
            int bestCount = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            bodySize = best / 4f;
            super.writePage();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            StringBuilder b = new StringBuilder(text.length());
            for (TextPosition p : positions) {
                String u = p.getUnicode();
                if (u.length() == 1 && u.charAt(0) >= '0' && u.charAt(0) <= '9' && bodySize > 0
                        && p.getFontSizeInPt() < bodySize * SMALLER) {
                    b.append(SUPERSCRIPT.charAt(u.charAt(0) - '0'));
                } else {
                    b.append(u);
                }
            }
            writeString(b.toString());
        }
    }

    private static String stripTrailingLineEnds(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
