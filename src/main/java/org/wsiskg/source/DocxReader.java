package org.wsiskg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.wsiskg.text.Origin;
import org.wsiskg.text.SourceText;

/**
 * A Word file ({@code .docx}) with Apache POI's XWPF: the body's paragraphs and table cells in
 * document order, each paragraph's automatic number written before it as Word shows it
 * ({@code 1.}, {@code (a)}), footnote references and bodies laid out by {@link FootnoteLayout}.
 * Page headers and footers are not body text and are left out. A file POI cannot open is
 * {@code CORRUPT_DOCX}.
 */
final class DocxReader implements FormatReader {

    @Override
    public SourceText read(String name, byte[] bytes) throws UnreadableFile {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            FootnoteLayout layout = new FootnoteLayout();
            ListNumbers numbers = new ListNumbers();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(p, layout, numbers);
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                paragraph(p, layout, numbers);
                            }
                        }
                    }
                }
            }
            for (XWPFFootnote f : doc.getFootnotes()) {
                String key = f.getId() == null ? "" : f.getId().toString();
                if (!layout.hasReference(key)) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph p : f.getParagraphs()) {
                    if (text.length() > 0) {
                        text.append(' ');
                    }
                    text.append(p.getText());
                }
                layout.footnote(key, text.toString());
            }
            return SourceText.extracted(name, layout.build(), Origin.of(Format.DOCX.label(), bytes, List.of()));
        } catch (IOException | RuntimeException e) {
            throw UnreadableFile.error("CORRUPT_DOCX", "the Word file cannot be opened: " + PdfReader.oneLine(e));
        }
    }

    private static void paragraph(XWPFParagraph p, FootnoteLayout layout, ListNumbers numbers) {
        String number = numbers.next(p);
        if (number != null) {
            layout.text(number + " ");
        }
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run) {
                List<CTFtnEdnRef> refs = run.getCTR().getFootnoteReferenceList();
                if (refs.isEmpty()) {
                    layout.text(run.text());
                }
                // Word gives a reference a run of its own, whose text() would be POI's "[footnoteRef:n]".
                for (CTFtnEdnRef ref : refs) {
                    layout.footnoteReference(ref.getId() == null ? "" : ref.getId().toString());
                }
            }
        }
        layout.endParagraph();
    }

    /** Word's automatic paragraph numbers, counted per list and level as Word counts them. */
    private static final class ListNumbers {
        private final Map<String, int[]> counters = new HashMap<>();

        String next(XWPFParagraph p) {
            BigInteger id = p.getNumID();
            if (id == null || p.getNumFmt() == null || p.getNumFmt().equals("bullet")) {
                return null;
            }
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            int[] c = counters.computeIfAbsent(id.toString(), k -> new int[9]);
            if (level < 0 || level >= c.length) {
                return null;
            }
            if (c[level] == 0 && p.getNumStartOverride() != null) {
                c[level] = p.getNumStartOverride().intValue() - 1;
            }
            c[level]++;
            for (int deeper = level + 1; deeper < c.length; deeper++) {
                c[deeper] = 0;
            }
            String pattern = p.getNumLevelText() == null ? "%" + (level + 1) + "." : p.getNumLevelText();
            return pattern.replace("%" + (level + 1), format(c[level], p.getNumFmt()));
        }

        private static String format(int n, String fmt) {
            return switch (fmt) {
                case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
                case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
                case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
                case "upperRoman" -> roman(n);
                default -> Integer.toString(n);
            };
        }

        private static String roman(int n) {
            String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                while (n >= v[i]) {
                    b.append(r[i]);
                    n -= v[i];
                }
            }
            return b.toString();
        }
    }
}
