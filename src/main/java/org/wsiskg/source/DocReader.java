package org.wsiskg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.wsiskg.text.Origin;
import org.wsiskg.text.SourceText;

/**
 * An old Word file ({@code .doc}, the binary Word 97–2003 format the UN's document system still
 * serves) with Apache POI's HWPF: the main text's paragraphs in order, with Word's control
 * characters read as what they mean (paragraph and cell ends end a paragraph, a field keeps its
 * shown result and drops its code, {@code \u0002} is a footnote reference), and the footnotes
 * laid out by {@link FootnoteLayout}. An OLE2 file that has no Word stream (a spreadsheet, a
 * presentation) is {@code UNSUPPORTED_FORMAT}; a Word file POI cannot read is {@code CORRUPT_DOC}.
 */
final class DocReader implements FormatReader {

    private static final char FOOTNOTE_REFERENCE = '\u0002';
    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    @Override
    public SourceText read(String name, byte[] bytes) throws UnreadableFile {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw UnreadableFile.warning("UNSUPPORTED_FORMAT",
                        "an OLE2 file without a Word document in it (a spreadsheet or a presentation?)");
            }
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                return SourceText.extracted(name, text(doc), Origin.of(Format.DOC.label(), bytes, List.of()));
            }
        } catch (IOException | RuntimeException e) {
            throw UnreadableFile.error("CORRUPT_DOC", "the Word 97-2003 file cannot be read: " + PdfReader.oneLine(e));
        }
    }

    private static String text(HWPFDocument doc) {
        FootnoteLayout layout = new FootnoteLayout();
        Notes notes = doc.getFootnotes();
        Map<Integer, Integer> noteAtPosition = new HashMap<>();
        for (int i = 0; i < notes.getNotesCount(); i++) {
            noteAtPosition.put(notes.getNoteAnchorPosition(i), i);
        }
        Range main = doc.getRange();
        boolean inFieldCode = false;
        for (int i = 0; i < main.numParagraphs(); i++) {
            Paragraph p = main.getParagraph(i);
            String t = p.text();
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (c == FIELD_BEGIN) {
                    inFieldCode = true;
                } else if (c == FIELD_SEPARATOR || c == FIELD_END) {
                    inFieldCode = false;
                } else if (inFieldCode) {
                    continue;
                } else if (c == FOOTNOTE_REFERENCE) {
                    Integer note = noteAtPosition.get(p.getStartOffset() + k);
                    if (note != null) {
                        layout.footnoteReference(Integer.toString(note));
                    }
                } else if (c == '\r' || c == '\u0007' || c == '\u000C') {
                    layout.endParagraph();
                } else if (c == '\u000B' || c == '\t') {
                    layout.text(" ");
                } else if (c >= ' ') {
                    layout.text(String.valueOf(c));
                }
            }
            layout.endParagraph();
        }
        Range footnotes = doc.getFootnoteRange();
        String all = footnotes.text();
        for (int i = 0; i < notes.getNotesCount(); i++) {
            int from = Math.max(0, Math.min(all.length(), notes.getNoteTextStartOffset(i)));
            int to = Math.max(from, Math.min(all.length(), notes.getNoteTextEndOffset(i)));
            layout.footnote(Integer.toString(i), visible(all.substring(from, to)));
        }
        return layout.build();
    }

    /** A footnote's text without its own reference mark, field codes and control characters. */
    private static String visible(String s) {
        StringBuilder b = new StringBuilder();
        boolean inFieldCode = false;
        for (char c : s.toCharArray()) {
            if (c == FIELD_BEGIN) {
                inFieldCode = true;
            } else if (c == FIELD_SEPARATOR || c == FIELD_END) {
                inFieldCode = false;
            } else if (!inFieldCode) {
                b.append(c < ' ' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
