package org.wsiskg.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.wsiskg.CuratedTable;

/**
 * The year of a numbered session of a body that meets once a year, from the curated
 * {@code data/annual-sessions.tsv}: a text that looks forward to "the twenty-first session" of
 * the CSTD names a 2018 session even though it gives no year.
 */
final class AnnualSessions {

    static final String RESOURCE = "/data/annual-sessions.tsv";

    private record Series(int firstOrdinal, int firstYear) {
    }

    private final Map<String, Series> byKind;

    private AnnualSessions(Map<String, Series> byKind) {
        this.byKind = Map.copyOf(byKind);
    }

    static AnnualSessions standard() {
        Map<String, Series> series = new HashMap<>();
        for (CuratedTable.Row row : CuratedTable.load(RESOURCE, "SESSION_DATA_MISSING", "SESSION_DATA_BAD_ROW").rows()) {
            if (row.cells().size() != 3 || !row.cell(1).matches("\\d+") || !row.cell(2).matches("\\d{4}")) {
                throw row.bad("a row needs an event kind, the first ordinal of the annual series and its year");
            }
            series.put(row.cell(0), new Series(Integer.parseInt(row.cell(1)), Integer.parseInt(row.cell(2))));
        }
        return new AnnualSessions(series);
    }

    /** The year session {@code ordinal} of an event kind met in, when the kind meets yearly from that ordinal on. */
    Optional<Integer> yearOf(String kind, Integer ordinal) {
        Series s = byKind.get(kind);
        if (s == null || ordinal == null || ordinal < s.firstOrdinal()) {
            return Optional.empty();
        }
        return Optional.of(s.firstYear() + ordinal - s.firstOrdinal());
    }
}
