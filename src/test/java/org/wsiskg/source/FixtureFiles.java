package org.wsiskg.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes a {@link SyntheticResolution} as the files an analyst downloads: a converted text (the
 * layout of the seed texts: paragraphs between blank lines, footnote numbers glued to the word
 * before them, the footnote bodies after a rule), a two-page PDF (a running header with the symbol
 * on each page, footnote numbers set small and raised, each page's footnotes at its foot), a Word
 * file with real footnotes and a page header, and a web page with site navigation around it.
 */
final class FixtureFiles {

    /** Debian's fonts-wqy-microhei, which .ci/run installs: a font with the Han characters for the Chinese PDF. */
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private static final float BODY = 11;
    private static final float NOTE = 9;
    private static final float SUPERSCRIPT = 6.5f;
    private static final float MARGIN = 72;

    private FixtureFiles() {
    }

    static Path text(SyntheticResolution r, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String h : r.header()) {
            b.append(h).append("\n\n");
        }
        for (String p : r.paragraphs()) {
            b.append(p.replace("{1}", "¹").replace("{2}", "²")).append("\n\n");
        }
        for (int i = 0; i < r.footnotes().size(); i++) {
            b.append(i == 0 ? "¹ " : "² ").append(r.footnotes().get(i)).append("\n");
        }
        return Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    static Path html(SyntheticResolution r, Path file) throws IOException {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + r.language() + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + escape(r.header().get(r.header().size() - 1)) + "</title>"
                + "<script>var nav = \"General Assembly resolution 99/999\";</script><style>p { margin: 0 }</style></head>\n"
                + "<body><header>United Nations &middot; Documents</header><nav><a href=\"/\">Home</a> | <a href=\"/res\">Resolutions 1/1</a></nav>\n<main>");
        for (int i = 0; i < r.header().size() - 1; i++) {
            b.append("<p>").append(escape(r.header().get(i))).append("</p>\n");
        }
        for (String p : r.paragraphs()) {
            b.append("<p>").append(escape(p).replaceAll("\\{(\\d)}", "<sup><a href=\"#fn$1\">$1</a></sup>")).append("</p>\n");
        }
        b.append("<hr><ol class=\"footnotes\">");
        for (int i = 0; i < r.footnotes().size(); i++) {
            b.append("<p id=\"fn").append(i + 1).append("\"><sup>").append(i + 1).append("</sup> ")
                    .append(escape(r.footnotes().get(i))).append("</p>");
        }
        b.append("</ol></main>\n<footer>&copy; United Nations 2010</footer></body></html>\n");
        return Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\u201C", "&ldquo;").replace("\u201D", "&rdquo;");
    }

    static Path docx(SyntheticResolution r, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(r.symbol());
            for (String h : r.header()) {
                doc.createParagraph().createRun().setText(h);
            }
            for (String p : r.paragraphs()) {
                XWPFParagraph para = doc.createParagraph();
                List<String> runs = SyntheticResolution.runs(p);
                for (int i = 0; i < runs.size(); i++) {
                    if (i % 2 == 0) {
                        para.createRun().setText(runs.get(i));
                    } else {
                        XWPFFootnote note = doc.createFootnote();
                        note.createParagraph().createRun().setText(r.footnotes().get(Integer.parseInt(runs.get(i)) - 1));
                        para.addFootnoteReference(note);
                    }
                }
            }
            doc.write(out);
        }
        return file;
    }

    /**
     * The resolution as an old Word file ({@code .doc}). POI cannot write the Word 97-2003 format, so the
     * files are made once from {@link #docx} by LibreOffice ({@code soffice --headless --convert-to doc}) and
     * committed, a few kilobytes each, as {@code src/test/resources/fixtures/synthetic-LANG.doc}; run the tests
     * with {@code -Drecreate=true} (LibreOffice installed) to make them again after changing
     * {@link SyntheticResolution}. {@link FormatAgreementTest} fails while a committed file is stale.
     */
    static Path doc(SyntheticResolution r, Path file) throws IOException {
        Path committed = Path.of("src/test/resources/fixtures/synthetic-" + r.language() + ".doc");
        if (Boolean.getBoolean("recreate")) {
            Path dir = Files.createTempDirectory("doc-fixture");
            Path docx = docx(r, dir.resolve("synthetic-" + r.language() + ".docx"));
            Process soffice = new ProcessBuilder("soffice", "--headless", "--convert-to", "doc", "--outdir", dir.toString(),
                    docx.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                if (soffice.waitFor() != 0) {
                    throw new IOException("soffice could not convert " + docx);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while soffice converted " + docx, e);
            }
            Files.createDirectories(committed.getParent());
            Files.copy(dir.resolve("synthetic-" + r.language() + ".doc"), committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.copy(committed, file);
    }

    /** The resolution as a PDF: the first half of the paragraphs on page 1, the rest on page 2. */
    static Path pdf(SyntheticResolution r, Path file) throws IOException {
        return pdf(r, file, null);
    }

    /** An encrypted PDF that opens only with {@code password}. */
    static Path encryptedPdf(SyntheticResolution r, Path file, String password) throws IOException {
        return pdf(r, file, password);
    }

    private static Path pdf(SyntheticResolution r, Path file, String password) throws IOException {
        boolean han = r.language().equals("zh");
        try (PDDocument pdf = new PDDocument(); TrueTypeCollection fonts = han ? new TrueTypeCollection(CJK_FONT.toFile()) : null) {
            PDFont font = han ? PDType0Font.load(pdf, firstFont(fonts), true) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int half = (r.paragraphs().size() + 1) / 2;
            List<String> first = new ArrayList<>(r.header());
            first.addAll(r.paragraphs().subList(0, half));
            page(pdf, font, han, r, first);
            page(pdf, font, han, r, r.paragraphs().subList(half, r.paragraphs().size()));
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    private static TrueTypeFont firstFont(TrueTypeCollection fonts) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        fonts.processAllFonts(f -> {
            if (found[0] == null) {
                found[0] = f;
            }
        });
        return found[0];
    }

    private static void page(PDDocument pdf, PDFont font, boolean han, SyntheticResolution r, List<String> paragraphs)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        float top = page.getMediaBox().getHeight() - MARGIN;
        List<Integer> notes = new ArrayList<>();
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            line(cs, font, MARGIN + width - font.getStringWidth(r.symbol()) / 1000 * NOTE, top + 30,
                    List.of(r.symbol()), NOTE);
            float y = top;
            for (String p : paragraphs) {
                for (List<String> l : wrap(font, han, p, width)) {
                    line(cs, font, MARGIN, y, l, BODY);
                    y -= BODY * 1.5f;
                }
                y -= BODY * 0.8f;
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d)}").matcher(p);
                while (m.find()) {
                    notes.add(Integer.parseInt(m.group(1)));
                }
            }
            float noteY = MARGIN + notes.size() * NOTE * 1.5f;
            cs.moveTo(MARGIN, noteY + NOTE * 1.5f);
            cs.lineTo(MARGIN + 120, noteY + NOTE * 1.5f);
            cs.stroke();
            for (int n : notes) {
                List<String> segments = List.of("", Integer.toString(n), " " + r.footnotes().get(n - 1));
                line(cs, font, MARGIN, noteY, segments, NOTE);
                noteY -= NOTE * 1.5f;
            }
        }
    }

    /** Writes one line; odd segments are footnote numbers, set small and raised. */
    private static void line(PDPageContentStream cs, PDFont font, float x, float y, List<String> segments, float size)
            throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).isEmpty()) {
                continue;
            }
            boolean sup = i % 2 == 1;
            cs.setFont(font, sup ? SUPERSCRIPT : size);
            cs.setTextRise(sup ? 4 : 0);
            cs.showText(segments.get(i));
        }
        cs.setTextRise(0);
        cs.endText();
    }

    /** Lines of segments (even: text, odd: footnote numbers) no wider than {@code width}. */
    private static List<List<String>> wrap(PDFont font, boolean han, String paragraph, float width) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x = 0;
        List<String> runs = SyntheticResolution.runs(paragraph);
        for (int i = 0; i < runs.size(); i++) {
            if (i % 2 == 1) {
                current.add(text.toString());
                text.setLength(0);
                current.add(runs.get(i));
                x += font.getStringWidth(runs.get(i)) / 1000 * SUPERSCRIPT;
                continue;
            }
            for (String token : han ? runs.get(i).split("") : runs.get(i).split("(?<= )")) {
                float w = font.getStringWidth(token) / 1000 * BODY;
                if (x + w > width && (text.length() > 0 || !current.isEmpty())) {
                    current.add(text.toString().stripTrailing());
                    lines.add(current);
                    current = new ArrayList<>();
                    text.setLength(0);
                    x = 0;
                }
                text.append(token);
                x += w;
            }
        }
        current.add(text.toString());
        lines.add(current);
        return lines;
    }
}
