package org.wsiskg.resolve;

import java.util.Comparator;
import java.util.Optional;
import org.wsiskg.extract.EventMention;

/**
 * What identifies a real event whichever text mentions it: its series and its place in the series
 * ({@code igf} / {@code 2009}: the IGF meets once a year; {@code cstd} / {@code 13}: CSTD sessions are
 * numbered; {@code wsis-summit} / {@code 1}; {@code wsis-forum} / {@code 2011}). Two mentions with the
 * same key speak of the same event, so their values are settled together.
 */
public record EventKey(String series, String number) {

    static final Comparator<EventKey> ORDER = Comparator.comparing(EventKey::series)
            .thenComparing(EventKey::number);

    /** The event a mention names, or empty when the mention does not say which one it is. */
    public static Optional<EventKey> of(EventMention e) {
        return switch (e.kind()) {
            case "igf-meeting" -> e.year() != null ? Optional.of(new EventKey("igf", e.year().toString()))
                    : e.ordinal() != null ? Optional.of(new EventKey("igf", "meeting-" + e.ordinal()))
                    : Optional.empty();
            case "cstd-session" -> e.ordinal() == null ? Optional.empty()
                    : Optional.of(new EventKey("cstd", e.ordinal().toString()));
            case "wsis-summit" -> e.ordinal() == null ? Optional.empty()
                    : Optional.of(new EventKey("wsis-summit", e.ordinal().toString()));
            // The group meets several times a year and its numbering restarts with each new group.
            case "wgec-meeting" -> e.ordinal() == null || e.year() == null ? Optional.empty()
                    : Optional.of(new EventKey("wgec-meeting", e.year() + "-" + e.ordinal()));
            default -> e.year() == null ? Optional.empty() : Optional.of(new EventKey(e.kind(), e.year().toString()));
        };
    }
}
