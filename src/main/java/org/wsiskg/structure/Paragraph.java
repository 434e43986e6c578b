package org.wsiskg.structure;

import java.util.List;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Span;

/**
 * One paragraph of a document. {@code text} is its content with line breaks joined and footnote
 * markers cut out, still anchored to the file; {@code span} covers it in the file. For a footnote,
 * {@code number} is the footnote number; {@code page} counts page breaks before it, because
 * footnote numbers may restart on each page.
 */
public record Paragraph(String id, ParagraphKind kind, String number, AnchoredText text, Span span,
                        List<FootnoteMarker> markers, int page) {

    public Paragraph {
        markers = List.copyOf(markers);
    }
}
