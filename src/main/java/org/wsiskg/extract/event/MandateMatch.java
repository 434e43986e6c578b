package org.wsiskg.extract.event;

import java.util.List;

/**
 * One action on a mandate, or one request, that a paragraph takes or reports, at {@code [from, to)}
 * of its text. {@code subject}: whose mandate (IGF) or who is asked (Secretary-General);
 * {@code action}: establish, extend, notes-extension, review, request-report, agenda-item;
 * {@code years} and {@code until}: the length and last year of a period; {@code year}: the year an
 * action falls in (a review); {@code addressee}, {@code channels}, {@code session}: who reports,
 * through which bodies, to which General Assembly session; {@code item}: an agenda item's title.
 * Fields the text does not give are null.
 */
public record MandateMatch(String subject, String action, Integer years, Integer until, Integer year,
                           String addressee, List<String> channels, Integer session, String item, int from, int to,
                           List<EventFinding> findings) {

    public MandateMatch {
        channels = List.copyOf(channels);
        findings = List.copyOf(findings);
    }
}
