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

    /**
     * The event a mention names, or empty when the mention does not say which one it is, or when neither the text nor the
     * body's annual series dates it ({@code the sixth session} of a commission that met every other year then): the graph
     * holds an event with its year, and {@link EventResolver} reports the mention left out (EVENT_YEAR_UNKNOWN).
     */
    public static Optional<EventKey> of(EventMention e) {
        if (e.year() == null) {
            return Optional.empty();
        }
        return switch (e.kind()) {
            case "igf-meeting" -> Optional.of(new EventKey("igf", e.year().toString()));
            case "cstd-session" -> e.ordinal() == null ? Optional.empty()
                    : Optional.of(new EventKey("cstd", e.ordinal().toString()));
            case "wsis-summit" -> e.ordinal() == null ? Optional.empty()
                    : Optional.of(new EventKey("wsis-summit", e.ordinal().toString()));
            // The group meets several times a year and its numbering restarts with each new group.
            case "wgec-meeting" -> e.ordinal() == null ? Optional.empty()
                    : Optional.of(new EventKey("wgec-meeting", e.year() + "-" + e.ordinal()));
            default -> Optional.of(new EventKey(e.kind(), e.year().toString()));
        };
    }
}
