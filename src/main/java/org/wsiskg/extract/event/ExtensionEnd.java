package org.wsiskg.extract.event;

import java.util.List;

/**
 * The period an IGF mandate extension sets, in any language: a number of years counted from the
 * document's year, or a last year as written. An extension by years in a document whose year is
 * unknown has no known end, and says so (MANDATE_END_UNKNOWN).
 */
record ExtensionEnd(Integer years, Integer until, List<EventFinding> findings) {

    /** {@code years} (parsed, or null) or {@code writtenUntil} (the year as written, when no length is given). */
    static ExtensionEnd of(Integer years, String writtenUntil, EventContext context, int from, int to) {
        if (years == null) {
            return new ExtensionEnd(null, Integer.valueOf(writtenUntil), List.of());
        }
        if (context.documentYear() == null) {
            return new ExtensionEnd(years, null, List.of(new EventFinding("MANDATE_END_UNKNOWN", "an extension by "
                    + years + " years in a document of unknown year: its last year is not known", from, to)));
        }
        return new ExtensionEnd(years, context.documentYear() + years, List.of());
    }
}
