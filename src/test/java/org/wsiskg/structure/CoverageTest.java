package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.Reference;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.text.LanguageDetector;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;
import org.wsiskg.text.SourceText;
import org.wsiskg.text.Span;

/**
 * No text is lost: in every seed, every variant of a seed and every structure fixture, at least 99% of the non-space characters
 * lie in a header field, a paragraph, a footnote or a piece of boilerplate, and no citation is read from boilerplate.
 *
 * <p>With {@code -Dcoverage.dir=DIR} it also prints the coverage of every {@code .txt} below DIR (the development texts).
 */
class CoverageTest {

    private static final double LEAST_COVERAGE = 0.99;

    @TestFactory
    List<DynamicTest> everyTextIsReadIntoRegions() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> t : org.wsiskg.SeedVariants.allWithVariants().entrySet()) {
            tests.add(dynamicTest(t.getKey(), () -> check(t.getKey(), t.getValue())));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> developmentTextsWhenAsked() throws IOException {
        String dir = System.getProperty("coverage.dir");
        List<DynamicTest> tests = new ArrayList<>();
        if (dir == null) {
            return tests;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(dir))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            tests.add(dynamicTest(f.getFileName().toString(), () -> {
                String text = Files.readString(f);
                DocumentStructure s = parse(text);
                System.out.printf("coverage %.4f %s%n", s.coverage(), f.getFileName());
            }));
        }
        return tests;
    }

    static DocumentStructure parse(String text) {
        Language language = LanguageDetector.detect(text).orElse(Language.EN);
        return new StructureParser().parse(new Normalizer().normalize(text), language);
    }

    private static void check(String name, String text) {
        DocumentStructure s = parse(text);
        assertTrue(s.coverage() >= LEAST_COVERAGE, name + ": only " + s.coverage() + " of the text is in some region; lost: "
                + lost(text, s));
        DocumentExtraction d = new DocumentReader().read(SourceText.decode(name, text.getBytes(StandardCharsets.UTF_8)));
        for (Reference r : d.references()) {
            for (Boilerplate b : s.boilerplate()) {
                // A citation may run across a page counter between two lines of its sentence, but none is read from boilerplate.
                assertTrue(!b.span().contains(r.span()),
                        name + ": citation " + r + " inside " + b.reason().label() + " " + b.span());
            }
        }
    }

    /** The first pieces of text outside every region, to show in a failure. */
    private static List<String> lost(String text, DocumentStructure s) {
        boolean[] covered = new boolean[text.length()];
        for (Span r : s.regions()) {
            java.util.Arrays.fill(covered, r.start(), r.end(), true);
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length() && out.size() < 10) {
            if (!covered[i] && !Character.isWhitespace(text.charAt(i))) {
                int j = i;
                while (j < text.length() && !covered[j]) {
                    j++;
                }
                out.add(text.substring(i, Math.min(j, i + 80)).strip());
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }
}
