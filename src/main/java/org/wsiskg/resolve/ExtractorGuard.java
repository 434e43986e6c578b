package org.wsiskg.resolve;

import java.util.ArrayList;
import java.util.List;
import org.wsiskg.extract.CitingText;
import org.wsiskg.extract.Issue;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.structure.Paragraph;

/**
 * Runs one reference extractor on one paragraph so that a failure stays there: an exception (or a
 * stack overflow) inside the extractor becomes an EXTRACTOR_FAILED issue spanning the paragraph,
 * and the caller goes on with the other extractors, paragraphs and texts. No input may stop a
 * build, and a bug in one citation form must not cost the citations every other form finds.
 *
 * <p>One guard serves one document: it adds its issues to that document's list, and gives each
 * extractor what the document says of itself ({@link CitingText}).
 */
final class ExtractorGuard {

    private final List<Issue> issues;
    private final CitingText citing;

    ExtractorGuard(List<Issue> issues, CitingText citing) {
        this.issues = issues;
        this.citing = citing;
    }

    /**
     * The matches that lie inside the paragraph's text and are not empty; one that does not is the extractor's bug, reported
     * as EXTRACTOR_FAILED and dropped, since its span could not be traced back to the source.
     */
    private List<ReferenceMatch> within(ReferenceExtractor extractor, Paragraph paragraph, List<ReferenceMatch> found) {
        int length = paragraph.text().length();
        List<ReferenceMatch> kept = new ArrayList<>(found.size());
        for (ReferenceMatch m : found) {
            if (0 <= m.start() && m.start() < m.end() && m.end() <= length) {
                kept.add(m);
            } else {
                issues.add(Issue.error("EXTRACTOR_FAILED", extractor.getClass().getSimpleName() + " gave a citation of "
                        + m.target() + " at [" + m.start() + ", " + m.end() + ") outside paragraph " + paragraph.id()
                        + " (length " + length + "); it was dropped, the rest was read", paragraph.span()));
            }
        }
        return kept;
    }

    /** What {@code extractor} finds in {@code paragraph}, or nothing (and an issue) when it fails. */
    List<ReferenceMatch> run(ReferenceExtractor extractor, Paragraph paragraph) {
        try {
            return within(extractor, paragraph, extractor.find(paragraph, citing));
        } catch (RuntimeException | StackOverflowError e) {
            String cause = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            issues.add(Issue.error("EXTRACTOR_FAILED", extractor.getClass().getSimpleName() + " failed on paragraph "
                    + paragraph.id() + " (" + cause + "); its citations there are missing, the rest was read",
                    paragraph.span()));
            return List.of();
        }
    }
}
