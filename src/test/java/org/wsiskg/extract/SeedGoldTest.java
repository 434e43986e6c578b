package org.wsiskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.text.SourceText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wsiskg.SeedCorpus;
import org.wsiskg.SeedVariants;

/**
 * The seed gold (src/test/resources/gold/seeds.json, a copy of the hand-checked annotations)
 * reproduced by extraction: for every seed and every category below, exactly the gold items,
 * no more and no fewer. Categories are read the way ../shared/tools/score.py reads them.
 */
class SeedGoldTest {

    private static final Pattern RESOLUTION = Pattern.compile("^(A/RES/|E/RES/|A/DEC/|E/DEC/|A/HRC/RES/|A/HRC/DEC/).*");

    /** A category: what the gold lists, and what the extraction says. */
    private record Category(String name, Function<JsonNode, Set<String>> gold, Function<DocumentExtraction, Set<String>> found) {
    }

    private static final List<Category> CATEGORIES = List.of(
            new Category("resolutions", g -> strings(g.path("resolutions")),
                    d -> targets(d, true)),
            new Category("documents", g -> strings(g.path("documents")),
                    d -> targets(d, false)),
            new Category("paragraph_refs", SeedGoldTest::goldParagraphs, SeedGoldTest::paragraphs),
            new Category("igf_meetings", g -> goldEvents(g.path("igf_meetings"), true), d -> events(d, "igf", true)),
            new Category("cstd_sessions", g -> goldEvents(g.path("cstd_sessions"), false), d -> events(d, "cstd", false)),
            new Category("igf_mandate", SeedGoldTest::goldMandate, SeedGoldTest::mandate),
            new Category("self_symbol", g -> g.path("self").path("symbol").isTextual()
                    ? Set.of(canon(g.path("self").path("symbol").asText())) : Set.of(),
                    d -> d.symbol() == null ? Set.of() : Set.of(canon(d.symbol()))),
            new Category("self_adopted", g -> g.path("self").path("adopted").isTextual()
                    ? Set.of(g.path("self").path("adopted").asText()) : Set.of(),
                    d -> d.adopted() == null ? Set.of() : Set.of(d.adopted())));

    @TestFactory
    List<DynamicTest> everySeedReproducesItsGold() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode g : gold().path("docs")) {
            String file = g.path("file").asText();
            DocumentExtraction d = SeedCorpus.extractions().stream()
                    .filter(x -> x.source().endsWith("/" + file)).findFirst()
                    .orElseThrow(() -> new AssertionError("no extraction for seed " + file));
            for (Category c : CATEGORIES) {
                tests.add(dynamicTest(file + " " + c.name(), () -> assertEquals(c.gold().apply(g), c.found().apply(d))));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> theGoldHoldsInOtherLayoutsOfTheSameTexts() throws IOException {
        DocumentReader reader = new DocumentReader();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode g : gold().path("docs")) {
            String file = g.path("file").asText();
            String original = Files.readString(SeedCorpus.DIRECTORY.resolve("zh").resolve(file));
            for (Map.Entry<String, UnaryOperator<String>> layout : SeedVariants.ALL.entrySet()) {
                tests.add(dynamicTest(file + " with " + layout.getKey(), () -> {
                    String text = layout.getValue().apply(original);
                    DocumentExtraction d = reader.read(SourceText.decode(file, text.getBytes(StandardCharsets.UTF_8)));
                    for (Category c : CATEGORIES) {
                        Set<String> expected = c.gold().apply(g);
                        if (c.name().equals("self_symbol") && expected.isEmpty()
                                && layout.getKey().equals(SeedVariants.PAGE_FURNITURE)) {
                            expected = Set.of(SeedVariants.RUNNING_SYMBOL);
                        }
                        assertEquals(expected, c.found().apply(d), c.name());
                    }
                    for (Reference r : d.references()) {
                        assertEquals(r.text(), text.substring(r.span().start(), r.span().end()), r.toString());
                    }
                }));
            }
        }
        return tests;
    }

    private static JsonNode gold() throws IOException {
        try (InputStream in = SeedGoldTest.class.getResourceAsStream("/gold/seeds.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<String> targets(DocumentExtraction d, boolean resolutions) {
        Set<String> out = new TreeSet<>();
        for (Reference r : d.references()) {
            if (r.paragraph() != null || r.kind().equals("paragraph") || r.kind().equals("instrument")) {
                continue;
            }
            String t = canon(r.target());
            if (RESOLUTION.matcher(t).matches() == resolutions) {
                out.add(t);
            }
        }
        return out;
    }

    /** IGF meetings by year and place (city, else country); CSTD sessions by ordinal. */
    private static Set<String> goldEvents(JsonNode list, boolean byYearAndPlace) {
        Set<String> out = new TreeSet<>();
        for (JsonNode e : list) {
            if (byYearAndPlace) {
                out.add(e.path("year").asInt() + " " + canon(e.path("city").asText(e.path("country").asText())));
            } else if (e.hasNonNull("ordinal")) {
                out.add(String.valueOf(e.path("ordinal").asInt()));
            }
        }
        return out;
    }

    private static Set<String> events(DocumentExtraction d, String kind, boolean byYearAndPlace) {
        Set<String> out = new TreeSet<>();
        for (EventMention e : d.events()) {
            if (!e.kind().contains(kind)) {
                continue;
            }
            if (byYearAndPlace && e.year() != null && (e.city() != null || e.country() != null)) {
                out.add(e.year() + " " + canon(e.city() != null ? e.city() : e.country()));
            } else if (!byYearAndPlace && e.ordinal() != null) {
                out.add(String.valueOf(e.ordinal()));
            }
        }
        return out;
    }

    /** IGF mandate actions as action, years, end year (or the year of a review) and paragraph. */
    private static Set<String> goldMandate(JsonNode g) {
        Set<String> out = new TreeSet<>();
        for (JsonNode m : g.path("igf_mandate")) {
            String end = m.hasNonNull("until") ? m.path("until").asText() : m.path("year").asText();
            out.add(m.path("action").asText() + " " + m.path("years").asText("-") + " " + end + " op" + m.path("paragraph").asInt());
        }
        return out;
    }

    private static Set<String> mandate(DocumentExtraction d) {
        Set<String> out = new TreeSet<>();
        for (MandateMention m : d.mandates()) {
            if ("IGF".equals(m.subject())) {
                Integer end = m.until() != null ? m.until() : m.year();
                out.add(m.action() + " " + (m.years() == null ? "-" : m.years()) + " " + end + " " + m.in());
            }
        }
        return out;
    }

    private static Set<String> goldParagraphs(JsonNode g) {
        Set<String> out = new TreeSet<>();
        g.path("paragraph_refs").forEach(pair -> out.add(canon(pair.get(0).asText()) + " ¶" + pair.get(1).asInt()));
        return out;
    }

    private static Set<String> paragraphs(DocumentExtraction d) {
        Set<String> out = new TreeSet<>();
        for (Reference r : d.references()) {
            if (r.paragraph() != null) {
                out.add(canon(r.target()) + " ¶" + r.paragraph());
            }
        }
        return out;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(canon(n.asText())));
        return out;
    }

    static String canon(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .replace('\u2013', '-').replace('\u2014', '-');
        return t.toUpperCase(Locale.ROOT);
    }
}
