package org.wsiskg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.wsiskg.WsisException;

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
        try (InputStream in = AnnualSessions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WsisException("SESSION_DATA_MISSING", "the jar holds no " + RESOURCE + "; rebuild it",
                        WsisException.FAILURE);
            }
            Map<String, Series> series = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3 || !cols[1].matches("\\d+") || !cols[2].matches("\\d{4}")) {
                    throw new WsisException("SESSION_DATA_BAD_ROW", RESOURCE + ": bad row '" + line + "'", WsisException.FAILURE);
                }
                series.put(cols[0], new Series(Integer.parseInt(cols[1]), Integer.parseInt(cols[2])));
            }
            return new AnnualSessions(series);
        } catch (IOException e) {
            throw new WsisException("SESSION_DATA_MISSING", "cannot read " + RESOURCE + ": " + e.getMessage(),
                    WsisException.FAILURE, e);
        }
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
