package org.wsiskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsiskg.extract.EventMention;
import org.wsiskg.extract.MandateMention;
import org.wsiskg.structure.StructureParser;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/**
 * The phrase tables under {@code src/test/resources/event/}: one real or UN-style phrase per line, a
 * tab, then the canonical events and mandates the language's extractors read from it, in text order,
 * separated by {@code  ; } ({@code -}: nothing). An event is written {@code kind ordinal/year/start/end/
 * city/country}, a mandate {@code action years/until/year/session/channels/item} ({@code -} for a value the
 * text does not give). {@code # language: en} and {@code # year: 2010} lines set the language and the
 * document's year for the rows after them; {@code ⏎} is a line break, {@code ⏎⏎} a new paragraph.
 * Phrases go through the normaliser, the structure parser and {@link EventResolver}, as texts do, so
 * a year taken from a body's annual series is in the result.
 */
class EventPhraseTableTest {

    private static final List<String> TABLES = List.of("igf-meetings-zh.tsv", "cstd-sessions-zh.tsv",
            "igf-meetings-en.tsv", "cstd-sessions-en.tsv", "mandates-en.tsv", "other-events-en.tsv");
    private static final EventResolver RESOLVER = new EventResolver();

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (String table : TABLES) {
            Language language = Language.ZH;
            Integer year = null;
            try (InputStream in = EventPhraseTableTest.class.getResourceAsStream("/event/" + table)) {
                if (in == null) {
                    throw new IllegalStateException("missing phrase table " + table);
                }
                for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                    if (line.startsWith("# language:")) {
                        language = Language.ofCode(line.substring(11).strip()).orElseThrow();
                    } else if (line.startsWith("# year:")) {
                        String y = line.substring(7).strip();
                        year = y.equals("-") ? null : Integer.valueOf(y);
                    } else if (!line.isBlank() && !line.startsWith("#")) {
                        String[] cols = line.split("\t");
                        if (cols.length != 2) {
                            throw new IllegalStateException(table + ": a row needs a phrase and its expectation: " + line);
                        }
                        rows.add(Arguments.of(table, cols[0], cols[1].strip(), language, year));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("rows")
    void readsWhatTheTableSays(String table, String phrase, String expected, Language language, Integer year) {
        var structure = new StructureParser().parse(new Normalizer().normalize(phrase.replace("⏎", "\n")), language);
        EventResolver.Reading r = RESOLVER.read(structure, year);
        List<String> found = new ArrayList<>();
        r.events().forEach(e -> found.add(event(e)));
        r.mandates().forEach(m -> found.add(mandate(m)));
        assertEquals(expected, found.isEmpty() ? "-" : String.join(" ; ", found), phrase);
    }

    private static String event(EventMention e) {
        return e.kind() + " " + Stream.of(e.ordinal(), e.year(), e.start(), e.end(), e.city(), e.country())
                .map(EventPhraseTableTest::s).collect(Collectors.joining("/"));
    }

    private static String mandate(MandateMention m) {
        return m.action() + " " + Stream.of(m.years(), m.until(), m.year(), m.session(),
                        m.channels().isEmpty() ? null : String.join("+", m.channels()), m.item())
                .map(EventPhraseTableTest::s).collect(Collectors.joining("/"));
    }

    private static String s(Object o) {
        return o == null ? "-" : o.toString();
    }
}
