package org.wsiskg.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wsiskg.WsisException;

/**
 * The venues the texts name, from the curated {@code data/gazetteer.tsv} (Chinese name, English
 * name, canonical city, country), read from the classpath copy the build packages. A place is
 * found by its Chinese or English name, or as a country followed by one of its cities
 * ({@code 埃及沙姆沙伊赫}, {@code 日本京都}), which is how the texts often write a venue.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/data/gazetteer.tsv";

    private record Entry(String zh, String en, String city, String country) {
    }

    private final Map<String, Entry> byName = new HashMap<>();
    private final List<Entry> countries = new ArrayList<>();

    private Gazetteer(List<Entry> entries) {
        for (Entry e : entries) {
            byName.put(e.zh(), e);
            byName.putIfAbsent(e.en().toLowerCase(Locale.ROOT), e);
            if (e.city() == null) {
                countries.add(e);
            }
        }
        // Longest name first, so 印度尼西亚 is tried before 印度.
        countries.sort(Comparator.comparingInt((Entry e) -> -e.zh().length()).thenComparing(Entry::zh));
    }

    /** The gazetteer packaged with the application. */
    public static Gazetteer standard() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WsisException("GAZETTEER_MISSING", "the classpath holds no " + RESOURCE
                        + "; rebuild with mvn package", WsisException.FAILURE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WsisException("GAZETTEER_MISSING", "cannot read " + RESOURCE + ": " + e.getMessage(),
                    WsisException.FAILURE, e);
        }
    }

    /** A gazetteer from TSV text: {@code #} comment lines, a header line, then four tab-separated columns. */
    static Gazetteer parse(String tsv) {
        List<Entry> entries = new ArrayList<>();
        boolean header = true;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 4 || cols[0].isBlank() || cols[3].isBlank()) {
                    throw new WsisException("GAZETTEER_BAD_ROW", "gazetteer row needs zh, en, city, country: " + line,
                            WsisException.FAILURE);
                }
                entries.add(new Entry(cols[0].strip(), cols[1].strip(), cols[2].isBlank() ? null : cols[2].strip(),
                        cols[3].strip()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Gazetteer(entries);
    }

    /** The place {@code written} names, or empty when the gazetteer does not know it. */
    public Optional<Place> lookup(String written) {
        // Chinese names lose the spaces a line break left in them; English names keep theirs.
        String name = written.replaceAll("\\s+", "");
        Entry direct = byName.getOrDefault(name,
                byName.get(written.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
        if (direct != null) {
            return Optional.of(new Place(written, direct.city(), direct.country()));
        }
        for (Entry country : countries) {
            if (name.startsWith(country.zh()) && name.length() > country.zh().length()) {
                Entry city = byName.get(name.substring(country.zh().length()));
                if (city != null && city.city() != null && city.country().equals(country.country())) {
                    return Optional.of(new Place(written, city.city(), city.country()));
                }
            }
        }
        return Optional.empty();
    }
}
