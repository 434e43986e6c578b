package org.wsiskg.extract.event;

import java.util.List;
import java.util.stream.Collectors;

/** Event and mandate matches written compactly for the phrase tables of the extractor tests. */
final class Readings {

    static final Gazetteer GAZETTEER = Gazetteer.standard();

    private Readings() {
    }

    /** {@code ordinal/year/start/end/city/country} per match, {@code -} for null, matches joined by {@code ;}. */
    static String events(List<EventMatch> matches) {
        return matches.stream().map(m -> String.join("/", s(m.ordinal()), s(m.year()), s(m.start()), s(m.end()),
                m.place() == null ? "-" : s(m.place().city() != null || m.place().country() != null
                        ? m.place().city() : m.place().asWritten()),
                m.place() == null ? "-" : s(m.place().country()))).collect(Collectors.joining(";"));
    }

    /** {@code action/years/until/year} per match, joined by {@code ;}. */
    static String mandates(List<MandateMatch> matches) {
        return matches.stream().map(m -> String.join("/", m.action(), s(m.years()), s(m.until()), s(m.year())))
                .collect(Collectors.joining(";"));
    }

    /** The text each match quotes, joined by {@code ;}. */
    static String quoted(String text, List<EventMatch> matches) {
        return matches.stream().map(m -> text.substring(m.from(), m.to())).collect(Collectors.joining(";"));
    }

    private static String s(Object o) {
        return o == null ? "-" : o.toString();
    }
}
