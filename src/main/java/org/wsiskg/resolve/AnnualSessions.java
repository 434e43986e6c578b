package org.wsiskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wsiskg.CuratedTable;

/**
 * The year of a numbered session of a body that meets once a year, from the curated
 * {@code data/annual-sessions.tsv}: a text that looks forward to "the twenty-first session" of
 * the CSTD names a 2018 session even though it gives no year. A row may close its series with a last
 * ordinal, so that a meeting held once (a phase of the WSIS summit) is a series of one.
 */
final class AnnualSessions {

    static final String RESOURCE = "/data/annual-sessions.tsv";

    private record Series(int firstOrdinal, int firstYear, int lastOrdinal) {

        boolean holds(int ordinal) {
            return ordinal >= firstOrdinal && ordinal <= lastOrdinal;
        }
    }

    private final Map<String, List<Series>> byKind;

    private AnnualSessions(Map<String, List<Series>> byKind) {
        this.byKind = Map.copyOf(byKind);
    }

    static AnnualSessions standard() {
        Map<String, List<Series>> series = new HashMap<>();
        for (CuratedTable.Row row : CuratedTable.load(RESOURCE, "SESSION_DATA_MISSING", "SESSION_DATA_BAD_ROW").rows()) {
            int n = row.cells().size();
            if (n < 3 || n > 4 || !row.cell(1).matches("\\d+") || !row.cell(2).matches("\\d{4}")
                    || n == 4 && !row.cell(3).matches("\\d+")) {
                throw row.bad("a row needs an event kind, the first ordinal of the annual series and its year, "
                        + "and may give the series' last ordinal");
            }
            int first = Integer.parseInt(row.cell(1));
            int last = n == 4 ? Integer.parseInt(row.cell(3)) : Integer.MAX_VALUE;
            if (last < first) {
                throw row.bad("the last ordinal comes before the first");
            }
            series.computeIfAbsent(row.cell(0), k -> new ArrayList<>())
                    .add(new Series(first, Integer.parseInt(row.cell(2)), last));
        }
        return new AnnualSessions(series);
    }

    /** The year session {@code ordinal} of an event kind met in, when the kind meets yearly from that ordinal on. */
    Optional<Integer> yearOf(String kind, Integer ordinal) {
        if (ordinal == null) {
            return Optional.empty();
        }
        return byKind.getOrDefault(kind, List.of()).stream().filter(s -> s.holds(ordinal)).findFirst()
                .map(s -> s.firstYear() + ordinal - s.firstOrdinal());
    }
}
