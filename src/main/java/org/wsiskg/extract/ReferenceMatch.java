package org.wsiskg.extract;

/**
 * What an extractor found in one paragraph's text: the citation's kind, canonical target,
 * cited paragraph (or null), and its place {@code [start, end)} in the paragraph text.
 *
 * <p>{@code title} is set for citations made through a title in 《…》 (as written between the
 * brackets, which open at {@code start}); when the extractor could not name the title's symbol
 * from the text around it or the curated table, {@code target} is null and the resolve step
 * settles it through the footnote attached to the title, or reports it.
 */
public record ReferenceMatch(String kind, String target, Integer paragraph, int start, int end, String title) {

    public ReferenceMatch(String kind, String target, Integer paragraph, int start, int end) {
        this(kind, target, paragraph, start, end, null);
    }

    /** The same citation with its target settled. */
    public ReferenceMatch withTarget(String resolved) {
        return new ReferenceMatch(kind, resolved, paragraph, start, end, title);
    }
}
