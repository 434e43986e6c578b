package org.wsiskg.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.wsiskg.CuratedTable;

/**
 * The city that hosted each annual meeting of the Internet Governance Forum ({@code data/igf-hosts.tsv}): a meeting a text
 * names by its city alone ({@code the Rio IGF}, {@code 巴黎IGF}) is that city's one meeting, whose year the table gives, as
 * {@link AnnualSessions} gives the year of a numbered session.
 */
final class IgfHosts {

    static final String RESOURCE = "/data/igf-hosts.tsv";

    private final Map<String, Integer> yearByCity;

    private IgfHosts(Map<String, Integer> yearByCity) {
        this.yearByCity = Map.copyOf(yearByCity);
    }

    static IgfHosts standard() {
        Map<String, Integer> years = new HashMap<>();
        for (CuratedTable.Row row : CuratedTable.load(RESOURCE, "IGF_HOSTS_MISSING", "IGF_HOSTS_BAD_ROW").rowsAfterHeader()) {
            if (row.cells().size() != 2 || !row.cell(0).matches("\\d{4}") || row.cell(1).isEmpty()) {
                throw row.bad("a row needs a year and the city that hosted that year's meeting");
            }
            if (years.put(row.cell(1), Integer.valueOf(row.cell(0))) != null) {
                throw row.bad("a city hosts one meeting: " + row.cell(1) + " is listed twice");
            }
        }
        return new IgfHosts(years);
    }

    /** The year of the meeting {@code city} hosted (the gazetteer's canonical city name), if it hosted one. */
    Optional<Integer> yearOf(String city) {
        return city == null ? Optional.empty() : Optional.ofNullable(yearByCity.get(city));
    }
}
