package org.wsiskg.extract.event;

import java.util.ArrayList;
import java.util.List;

/**
 * One dated event an extractor found in a paragraph: its kind ({@code igf-meeting},
 * {@code cstd-session} ...), ordinal, year, ISO start and end dates and venue where the text gives
 * them (null otherwise), its place {@code [from, to)} in the paragraph text, and what could be read
 * only in part.
 */
public record EventMatch(String kind, Integer ordinal, Integer year, String start, String end, Place place,
                         int from, int to, List<EventFinding> findings) {

    public EventMatch {
        findings = List.copyOf(findings);
    }

    /** The same event with one more thing read only in part. */
    EventMatch withFinding(EventFinding finding) {
        List<EventFinding> all = new ArrayList<>(findings);
        all.add(finding);
        return new EventMatch(kind, ordinal, year, start, end, place, from, to, all);
    }
}
