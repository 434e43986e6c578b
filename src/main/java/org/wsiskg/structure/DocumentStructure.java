package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Language;
import org.wsiskg.text.Span;

/**
 * A document read for its structure, in the language its prose is written in: header facts, the paragraphs in reading order (header
 * notes and headings included, footnotes excluded), the footnotes, the boilerplate (text that is none of these, each piece with its
 * reason), and what could not be read.
 *
 * <p>Not a record because it keeps two indexes built once from its parts: footnotes by number, and each footnote's carrier. A lookup
 * that scanned every footnote for every marker was cubic over a long text (a seed repeated to 7.7 MB took minutes).
 */
public final class DocumentStructure {

    private final AnchoredText text;
    private final Language language;
    private final DocumentHeader header;
    private final List<Span> headerFields;
    private final List<Paragraph> paragraphs;
    private final List<Paragraph> footnotes;
    private final List<Boilerplate> boilerplate;
    private final List<StructureProblem> problems;
    /** Footnotes of each number, in text order. */
    private final Map<String, List<Paragraph>> footnotesByNumber = new HashMap<>();
    private final Map<Paragraph, Carrier> carriers = new IdentityHashMap<>();

    public DocumentStructure(AnchoredText text, Language language, DocumentHeader header, List<Span> headerFields,
                             List<Paragraph> paragraphs,
                             List<Paragraph> footnotes, List<Boilerplate> boilerplate, List<StructureProblem> problems) {
        this.text = text;
        this.language = language;
        this.header = header;
        this.headerFields = List.copyOf(headerFields);
        this.paragraphs = List.copyOf(paragraphs);
        this.footnotes = List.copyOf(footnotes);
        this.boilerplate = List.copyOf(boilerplate);
        this.problems = List.copyOf(problems);
        for (Paragraph f : this.footnotes) {
            footnotesByNumber.computeIfAbsent(f.number(), n -> new ArrayList<>()).add(f);
        }
        for (Paragraph p : this.paragraphs) {
            for (FootnoteMarker m : p.markers()) {
                footnoteFor(m).ifPresent(f -> carriers.putIfAbsent(f, new Carrier(p, m)));
            }
        }
    }

    public AnchoredText text() {
        return text;
    }

    public Language language() {
        return language;
    }

    public DocumentHeader header() {
        return header;
    }

    /** Where the header and footer lines stand that were read into {@link #header()}'s fields (and the opener line). */
    public List<Span> headerFields() {
        return headerFields;
    }

    /**
     * Every region the text was read into, in text order: header fields, paragraphs, footnotes and boilerplate. Whatever
     * lies outside all of them is white space, or text the reader lost.
     */
    public List<Span> regions() {
        List<Span> all = new ArrayList<>(headerFields);
        paragraphs.forEach(p -> all.add(p.span()));
        footnotes.forEach(f -> all.add(f.span()));
        boilerplate.forEach(b -> all.add(b.span()));
        all.sort(null);
        return all;
    }

    /**
     * The share of the text's non-space characters, as normalised, that lie inside some region (1 for a text of white space
     * only). A character reference that decodes to a space ({@code &nbsp;}) is white space, as it reads.
     */
    public double coverage() {
        boolean[] covered = new boolean[text.original().length() + 1];
        for (Span r : regions()) {
            java.util.Arrays.fill(covered, r.start(), r.end(), true);
        }
        long letters = 0;
        long inside = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                letters++;
                inside += covered[text.originalStart(i)] ? 1 : 0;
            }
        }
        return letters == 0 ? 1.0 : (double) inside / letters;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Paragraph> footnotes() {
        return footnotes;
    }

    /** The text that is neither header, paragraph nor footnote, each piece with why it is not read. */
    public List<Boilerplate> boilerplate() {
        return boilerplate;
    }

    public List<StructureProblem> problems() {
        return problems;
    }

    /**
     * The footnote a marker points to: the first footnote with its number at or after the marker
     * (footnotes follow their markers on the page), else the last one before it.
     */
    public Optional<Paragraph> footnoteFor(FootnoteMarker marker) {
        List<Paragraph> candidates = footnotesByNumber.get(marker.number());
        if (candidates == null) {
            return Optional.empty();
        }
        // Footnotes are in text order, so the first at or after the marker is found by bisection.
        int lo = 0;
        int hi = candidates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (candidates.get(mid).span().start() >= marker.span().start()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Optional.of(candidates.get(lo < candidates.size() ? lo : candidates.size() - 1));
    }

    /** A footnote's marker and the paragraph it stands in. */
    public record Carrier(Paragraph paragraph, FootnoteMarker marker) {
    }

    /** The first paragraph (in reading order) whose marker points to {@code footnote}, with that marker, if any marker does. */
    public Optional<Carrier> carrierOf(Paragraph footnote) {
        return Optional.ofNullable(carriers.get(footnote));
    }
}
