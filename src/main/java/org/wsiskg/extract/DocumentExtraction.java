package org.wsiskg.extract;

import java.util.List;
import org.wsiskg.text.Origin;

/**
 * Everything extracted from one source text: what the document is (its own symbol, body, kind,
 * session, adoption date, title), its paragraphs, and the references, events, mandates and
 * issues found in it. {@code source} is the path as given on the command line or relative to
 * the corpus; {@code symbol} is null for drafts, which have no number of their own. {@code origin}
 * is the file the text was extracted from and {@code textSha256} the SHA-256 of that text (both
 * null for a report made without a file).
 */
public record DocumentExtraction(String source, String language, String symbol, String body, String kind,
                                 Integer session, String adopted, Integer plenaryMeeting, Integer agendaItem,
                                 String title, List<ParagraphEntry> paragraphs, List<Reference> references,
                                 List<EventMention> events, List<MandateMention> mandates, List<Issue> issues,
                                 Origin origin, String textSha256) {

    /** A report made without a file (a test's text). */
    public DocumentExtraction(String source, String language, String symbol, String body, String kind,
                              Integer session, String adopted, Integer plenaryMeeting, Integer agendaItem,
                              String title, List<ParagraphEntry> paragraphs, List<Reference> references,
                              List<EventMention> events, List<MandateMention> mandates, List<Issue> issues) {
        this(source, language, symbol, body, kind, session, adopted, plenaryMeeting, agendaItem, title, paragraphs,
                references, events, mandates, issues, null, null);
    }

    public DocumentExtraction {
        paragraphs = List.copyOf(paragraphs);
        references = List.copyOf(references);
        events = List.copyOf(events);
        mandates = List.copyOf(mandates);
        issues = List.copyOf(issues);
    }
}
