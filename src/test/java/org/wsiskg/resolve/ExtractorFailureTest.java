package org.wsiskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.Issue;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.extract.citation.DocumentSymbolExtractor;
import org.wsiskg.extract.citation.InstrumentTable;
import org.wsiskg.extract.citation.ResolutionExtractor;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.text.SourceText;

/** An extractor that fails on one paragraph costs that extractor's matches there, and nothing else. */
class ExtractorFailureTest {

    private static final String TEXT = String.join("\n",
            "大会，",
            "回顾其第 56/183 号决议，毒药 A/60/687，",
            "又回顾其第 57/238 号决议和 A/65/64，",
            "");

    /** Throws on any paragraph holding the word 毒药 ("poison"): one exception, one stack overflow. */
    private record Poisoned(boolean overflow) implements ReferenceExtractor {
        @Override
        public List<ReferenceMatch> find(Paragraph paragraph) {
            if (paragraph.text().toString().contains("毒药")) {
                if (overflow) {
                    throw new StackOverflowError();
                }
                throw new IndexOutOfBoundsException("Index 7 out of bounds for length 3");
            }
            return List.of();
        }
    }

    /** Gives, on the poisoned paragraph, one good match and one whose span runs backwards (start after end). */
    private record BackwardsSpan() implements ReferenceExtractor {
        @Override
        public List<ReferenceMatch> find(Paragraph paragraph) {
            if (paragraph.text().toString().contains("毒药")) {
                return List.of(new ReferenceMatch("resolution", "A/RES/1/1", null, 12, 4),
                        new ReferenceMatch("document", "A/60/999", null, 0, 2));
            }
            return List.of();
        }
    }

    private static DocumentExtraction read(ReferenceExtractor poisoned) {
        List<ReferenceExtractor> extractors = List.of(new ResolutionExtractor(), poisoned, new DocumentSymbolExtractor());
        return new DocumentReader(extractors, InstrumentTable.load())
                .read(SourceText.decode("poisoned.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFailureIsAnIssueAndEveryOtherCitationIsRead() {
        DocumentExtraction read = read(new Poisoned(false));
        List<String> targets = new ArrayList<>();
        read.references().forEach(r -> targets.add(r.target()));
        assertEquals(List.of("A/RES/56/183", "A/60/687", "A/RES/57/238", "A/65/64"), targets);
        List<Issue> failed = read.issues().stream().filter(i -> i.code().equals("EXTRACTOR_FAILED")).toList();
        assertEquals(1, failed.size());
        Issue issue = failed.get(0);
        assertEquals(Issue.Level.ERROR, issue.level());
        assertTrue(issue.message().contains("Poisoned") && issue.message().contains("IndexOutOfBoundsException: Index 7"),
                issue.message());
        String paragraph = TEXT.substring(issue.span().start(), issue.span().end());
        assertTrue(paragraph.startsWith("回顾其第 56/183 号决议，毒药"), paragraph);
    }

    @Test
    void aMatchOutsideItsParagraphIsDroppedAndReportedAndTheRestIsRead() {
        DocumentExtraction read = read(new BackwardsSpan());
        List<String> targets = new ArrayList<>();
        read.references().forEach(r -> targets.add(r.target()));
        assertTrue(targets.containsAll(List.of("A/RES/56/183", "A/60/687", "A/RES/57/238", "A/65/64", "A/60/999")), targets.toString());
        assertTrue(!targets.contains("A/RES/1/1"), targets.toString());
        assertTrue(read.issues().stream().anyMatch(i -> i.code().equals("EXTRACTOR_FAILED")
                && i.message().contains("BackwardsSpan") && i.message().contains("[12, 4)")), read.issues().toString());
    }

    /**
     * A bug met by one text outside every extractor fails that text only: it is listed with a READ_FAILED error (and what
     * was known of its bytes), nothing extracted from it, so the call goes on to the next text.
     */
    @Test
    void aTextWhoseReadingFailedIsListedWithTheFailure() {
        SourceText source = SourceText.decode("broken.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        List<Issue> before = List.of(Issue.error("INVALID_UTF8", "bytes replaced", new org.wsiskg.text.Span(0, 1)),
                Issue.warning("NO_PREAMBLE_OPENER", "not kept", new org.wsiskg.text.Span(0, 1)));
        DocumentExtraction read = DocumentReader.failed(source, new IllegalStateException("a bug"), before);
        assertEquals("broken.txt", read.source());
        assertTrue(read.references().isEmpty() && read.paragraphs().isEmpty());
        assertEquals(List.of("INVALID_UTF8", "READ_FAILED"), read.issues().stream().map(Issue::code).toList());
        Issue failed = read.issues().get(1);
        assertEquals(Issue.Level.ERROR, failed.level());
        assertTrue(failed.message().contains("IllegalStateException: a bug"), failed.message());
        assertEquals(TEXT.length(), failed.span().end());
    }

    @Test
    void aStackOverflowIsCaughtToo() {
        DocumentExtraction read = read(new Poisoned(true));
        assertEquals(4, read.references().size());
        assertTrue(read.issues().stream().anyMatch(i -> i.code().equals("EXTRACTOR_FAILED")
                && i.message().contains("StackOverflowError")));
    }
}
