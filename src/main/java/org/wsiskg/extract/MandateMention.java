package org.wsiskg.extract;

import java.util.List;
import org.wsiskg.text.Span;

/**
 * One action on a mandate, or one request, that a paragraph takes or reports: its subject (IGF,
 * Secretary-General, GA ...), the action (establish, extend, review, notes-extension,
 * request-report, agenda-item), the length in years and the final year where the text gives them,
 * the year an action falls in (a review), and for requests the addressee, the bodies the report
 * goes through ({@code channels}), the General Assembly session it is due at, and an agenda
 * item's title. Fields the text does not give are null (channels: empty).
 */
public record MandateMention(String subject, String action, Integer years, Integer until, Integer year,
                             String addressee, List<String> channels, Integer session, String item, String in,
                             String text, Span span) {

    public MandateMention {
        channels = List.copyOf(channels);
    }
}
