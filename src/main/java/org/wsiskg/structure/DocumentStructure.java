package org.wsiskg.structure;

import java.util.List;
import java.util.Optional;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Language;

/**
 * A document read for its structure, in the language its prose is written in: header facts, the paragraphs in reading order (header
 * notes and headings included, footnotes excluded), the footnotes, and what could not be read.
 */
public record DocumentStructure(AnchoredText text, Language language, DocumentHeader header, List<Paragraph> paragraphs,
                                List<Paragraph> footnotes, List<StructureProblem> problems) {

    public DocumentStructure {
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
        problems = List.copyOf(problems);
    }

    /**
     * The footnote a marker points to: the first footnote with its number at or after the marker
     * (footnotes follow their markers on the page), else the last one before it.
     */
    public Optional<Paragraph> footnoteFor(FootnoteMarker marker) {
        Paragraph before = null;
        for (Paragraph f : footnotes) {
            if (!f.number().equals(marker.number())) {
                continue;
            }
            if (f.span().start() >= marker.span().start()) {
                return Optional.of(f);
            }
            before = f;
        }
        return Optional.ofNullable(before);
    }

    /** A footnote's marker and the paragraph it stands in. */
    public record Carrier(Paragraph paragraph, FootnoteMarker marker) {
    }

    /** The paragraph whose marker points to {@code footnote}, with that marker, if any marker does. */
    public Optional<Carrier> carrierOf(Paragraph footnote) {
        for (Paragraph p : paragraphs) {
            for (FootnoteMarker m : p.markers()) {
                if (footnoteFor(m).filter(f -> f == footnote).isPresent()) {
                    return Optional.of(new Carrier(p, m));
                }
            }
        }
        return Optional.empty();
    }
}
