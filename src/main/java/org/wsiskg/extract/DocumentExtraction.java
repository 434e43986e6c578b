package org.wsiskg.extract;

import java.util.List;

/**
 * Everything extracted from one source text: what the document is (its own symbol, body, kind,
 * session, adoption date, title), its paragraphs, and the references, events, mandates and
 * issues found in it. {@code source} is the path as given on the command line or relative to
 * the corpus; {@code symbol} is null for drafts, which have no number of their own.
 */
public record DocumentExtraction(String source, String language, String symbol, String body, String kind,
                                 Integer session, String adopted, Integer plenaryMeeting, Integer agendaItem,
                                 String title, List<ParagraphEntry> paragraphs, List<Reference> references,
                                 List<EventMention> events, List<MandateMention> mandates, List<Issue> issues) {

    public DocumentExtraction {
        paragraphs = List.copyOf(paragraphs);
        references = List.copyOf(references);
        events = List.copyOf(events);
        mandates = List.copyOf(mandates);
        issues = List.copyOf(issues);
    }
}
