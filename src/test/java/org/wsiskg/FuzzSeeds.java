package org.wsiskg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.wsiskg.structure.DocumentStructure;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.structure.StructureParser;
import org.wsiskg.text.Normalizer;

/**
 * The inputs the fuzz tests start from, as UTF-8 bytes: the seed texts of {@code data/corpus/zh}, whole or as the paragraphs
 * the structure reader finds in them, and the phrases of the phrase tables under {@code src/test/resources}. Real text,
 * so that the fuzzer mutates the forms the extractors read instead of having to come upon 第 … 号决议 or "resolution 65/141"
 * by chance. A plain JUnit run replays exactly these (and the files of each fuzz test's {@code Inputs} directory); with
 * {@code JAZZER_FUZZ} set, Jazzer adds them to its corpus.
 */
public final class FuzzSeeds {

    private static final Path CHINESE_SEEDS = SeedCorpus.DIRECTORY.resolve("zh");
    private static final Path PHRASE_TABLES = Path.of("src/test/resources");
    private static final List<String> CHINESE_TABLES = List.of("citation/resolutions.tsv", "citation/document-symbols.tsv",
            "citation/paragraph-references.tsv", "citation/instruments.tsv", "citation/acting-body.tsv",
            "event/cstd-sessions-zh.tsv", "event/igf-meetings-zh.tsv");
    private static final List<String> ENGLISH_TABLES = List.of("citation/en-resolutions.tsv", "citation/en-instruments.tsv",
            "citation/en-paragraph-references.tsv", "citation/en-title-lines.tsv", "event/cstd-sessions-en.tsv",
            "event/igf-meetings-en.tsv", "event/mandates-en.tsv", "event/other-events-en.tsv");

    private FuzzSeeds() {
    }

    /** The Chinese seed texts whole, and the phrases of every table: what the normaliser reads. */
    public static Stream<Arguments> texts() {
        List<Arguments> seeds = new ArrayList<>();
        for (Path file : chineseSeedFiles()) {
            seeds.add(seed(file.getFileName().toString(), read(file)));
        }
        seeds.addAll(phrases(CHINESE_TABLES));
        seeds.addAll(phrases(ENGLISH_TABLES));
        return seeds.stream();
    }

    /** Every paragraph and footnote of the Chinese seed texts, once each, and the phrases of the Chinese tables. */
    public static Stream<Arguments> chineseParagraphs() {
        List<Arguments> seeds = new ArrayList<>();
        for (Path file : chineseSeedFiles()) {
            String name = file.getFileName().toString().substring(0, 3);
            Set<String> distinct = new LinkedHashSet<>();
            DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(read(file)));
            for (Paragraph p : s.paragraphs()) {
                distinct.add(p.text().toString());
            }
            for (Paragraph p : s.footnotes()) {
                distinct.add(p.text().toString());
            }
            int k = 0;
            for (String paragraph : distinct) {
                seeds.add(seed(name + " ¶" + k++, paragraph));
            }
        }
        seeds.addAll(phrases(CHINESE_TABLES));
        return seeds.stream();
    }

    /** The phrases of the English tables. */
    public static Stream<Arguments> englishPhrases() {
        return phrases(ENGLISH_TABLES).stream();
    }

    private static List<Arguments> phrases(List<String> tables) {
        List<Arguments> seeds = new ArrayList<>();
        for (String table : tables) {
            int row = 0;
            for (String line : read(PHRASE_TABLES.resolve(table)).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                row++;
                seeds.add(seed(table + ":" + row, line.split("\t")[0].replace("⏎", "\n")));
            }
        }
        return seeds;
    }

    /** A seed named for the test report; Jazzer is given the bytes. */
    private static Arguments seed(String name, String text) {
        return Arguments.of(Named.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Path> chineseSeedFiles() {
        try (Stream<Path> files = Files.list(CHINESE_SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
