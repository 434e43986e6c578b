package org.wsiskg.extract.event;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wsiskg.CuratedTable;

/**
 * The venues the texts name, from the curated {@code data/gazetteer.tsv} (Chinese name, English
 * name, canonical city, country), read from the classpath copy the build packages. A place is
 * found by its Chinese or English name, or as a country followed by one of its cities
 * ({@code 埃及沙姆沙伊赫}, {@code 日本京都}), which is how the Chinese texts often write a venue, or in a longer
 * Chinese phrase around its one city ({@code 立陶宛首都维尔纽斯}), or as
 * a city, a comma and its country ({@code Sharm el-Sheikh, Egypt}, {@code Kyoto, Japan}), which is
 * how the English ones do. English names are compared without case, accents, or the difference
 * between a hyphen and a space ({@code Sharm El Sheikh}, {@code Joao Pessoa}).
 */
public final class Gazetteer {

    public static final String RESOURCE = "/data/gazetteer.tsv";

    private record Entry(String zh, String en, String city, String country) {
    }

    private final Map<String, Entry> byName = new HashMap<>();
    private final List<Entry> countries = new ArrayList<>();
    private final List<Entry> cities = new ArrayList<>();
    /** The words a Chinese venue phrase may hold besides its city and country: capital, the UN office at, headquarters. */
    private static final List<String> PLACE_WORDS = List.of("首都", "联合国", "驻", "办事处", "总部", "城市", "市", "的");

    private Gazetteer(List<Entry> entries) {
        for (Entry e : entries) {
            byName.put(e.zh(), e);
            byName.putIfAbsent(englishKey(e.en()), e);
            if (e.city() == null) {
                countries.add(e);
            } else {
                cities.add(e);
            }
        }
        // Longest name first, so 印度尼西亚 is tried before 印度.
        countries.sort(Comparator.comparingInt((Entry e) -> -e.zh().length()).thenComparing(Entry::zh));
    }

    /** The gazetteer packaged with the application. */
    public static Gazetteer standard() {
        return of(CuratedTable.load(RESOURCE, "GAZETTEER_MISSING", "GAZETTEER_BAD_ROW"));
    }

    /** A gazetteer from TSV text: {@code #} comment lines, a header line, then four tab-separated columns. */
    static Gazetteer parse(String tsv) {
        return of(CuratedTable.parse(RESOURCE, tsv, "GAZETTEER_BAD_ROW"));
    }

    private static Gazetteer of(CuratedTable table) {
        List<Entry> entries = new ArrayList<>();
        for (CuratedTable.Row row : table.rowsAfterHeader()) {
            if (row.cells().size() != 4 || row.cell(0).isEmpty() || row.cell(3).isEmpty()) {
                throw row.bad("a gazetteer row needs zh, en, city, country");
            }
            entries.add(new Entry(row.cell(0), row.cell(1), row.cell(2).isEmpty() ? null : row.cell(2), row.cell(3)));
        }
        return new Gazetteer(entries);
    }

    /**
     * A Chinese venue written as a phrase around one city the gazetteer knows ({@code 立陶宛首都维尔纽斯}, the capital of
     * Lithuania, Vilnius; {@code 瑞士联合国驻日内瓦办事处}, the UN Office at Geneva): that city, when it is the only one
     * named, every country named is its own ({@code 埃及京都} names Kyoto with Egypt: none) and the rest are place words
     * ({@link #PLACE_WORDS}); {@code 维尔纽斯举行的第五届} only names a city in a longer phrase: none.
     */
    private Optional<Place> cityInChinesePhrase(String written, String name) {
        if (name.chars().anyMatch(c -> c < 128)) {
            return Optional.empty();
        }
        Entry found = null;
        for (Entry city : cities) {
            if (city.zh().length() >= 2 && name.contains(city.zh())) {
                if (found != null && !found.city().equals(city.city())) {
                    return Optional.empty();
                }
                // Two spellings of one city inside each other (里约热内卢, 里约): the longer is the one written.
                found = found == null || city.zh().length() > found.zh().length() ? city : found;
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        String rest = name.replace(found.zh(), "");
        for (Entry country : countries) {
            if (rest.contains(country.zh())) {
                if (!country.country().equals(found.country())) {
                    return Optional.empty();
                }
                rest = rest.replace(country.zh(), "");
            }
        }
        for (String word : PLACE_WORDS) {
            rest = rest.replace(word, "");
        }
        // Anything else (举行的第五届) makes the phrase more than a place: the city is then only named in it.
        return rest.isEmpty() ? Optional.of(new Place(written, found.city(), found.country())) : Optional.empty();
    }

    /** The place {@code written} names, or empty when the gazetteer does not know it. */
    public Optional<Place> lookup(String written) {
        // Chinese names lose the spaces a line break left in them; English names keep theirs.
        String name = written.replaceAll("\\s+", "");
        Entry direct = byName.getOrDefault(name, byName.get(englishKey(written)));
        if (direct != null) {
            return Optional.of(new Place(written, direct.city(), direct.country()));
        }
        // A country and its city (日本京都) is the simplest such phrase.
        Optional<Place> inPhrase = cityInChinesePhrase(written, name);
        if (inPhrase.isPresent()) {
            return inPhrase;
        }
        int comma = written.lastIndexOf(',');
        if (comma > 0) {
            Entry city = byName.get(englishKey(written.substring(0, comma)));
            Entry country = byName.get(englishKey(written.substring(comma + 1)));
            if (city != null && city.city() != null && (country == null || country.country().equals(city.country()))) {
                return Optional.of(new Place(written, city.city(), city.country()));
            }
        }
        return Optional.empty();
    }

    /** An English name as compared: lower case, no accents, hyphens and runs of spaces as one space. */
    private static String englishKey(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.replace('-', ' ').replace('‐', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
