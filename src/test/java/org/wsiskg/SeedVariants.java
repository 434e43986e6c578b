package org.wsiskg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seed texts in the other shapes real copies of them take: other PDF layouts, and web and PDF copies (site text around the
 * document, lines flattened, footnotes inlined ...). Every variant must still give the seed's gold; every one is made from the
 * seed text by a rule, never by hand.
 */
public final class SeedVariants {

    /** Layouts other PDF extractions give the same texts. */
    public static final Map<String, UnaryOperator<String>> LAYOUTS = new TreeMap<>(Map.of(
            "single line breaks", t -> t.replace("\n\n", "\n"),
            "CRLF line ends", t -> t.replace("\n", "\r\n"),
            "no indentation", t -> t.replaceAll("(?m)^[ \t]+", ""),
            "full-width digits", t -> t.chars().mapToObj(c -> String.valueOf((char) (c >= '0' && c <= '9' ? c + 0xFEE0 : c)))
                    .collect(Collectors.joining()),
            "no-break spaces", t -> t.replace(' ', '\u00A0'),
            "tabs for spaces", t -> t.replace(' ', '\t')));

    /** Shapes of web and PDF copies of the same texts. */
    public static final Map<String, UnaryOperator<String>> WEB_COPIES = new TreeMap<>(Map.of(
            "digit and slash widths swapped", SeedVariants::swapWidths,
            "HTML entities", SeedVariants::withEntities,
            "no acting-body opener", t -> t.replaceAll("(?m)^[ \t]*(?:大会|经济及社会理事会)[ \t]*[，,][ \t]*$", "")));

    /** Every variant: the layouts and the web copies. */
    public static final Map<String, UnaryOperator<String>> ALL = all();

    private static Map<String, UnaryOperator<String>> all() {
        Map<String, UnaryOperator<String>> m = new TreeMap<>(LAYOUTS);
        m.putAll(WEB_COPIES);
        return m;
    }

    /** ASCII digits and slashes become full-width, full-width ones ASCII, as a copy through another converter gives them. */
    static String swapWidths(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9' || c == '/') {
                b.append((char) (c + 0xFEE0));
            } else if (c >= '\uFF10' && c <= '\uFF19' || c == '\uFF0F') {
                b.append((char) (c - 0xFEE0));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The text as a web page's source writes it: ampersands, spaces, dashes and quotes as character references. */
    static String withEntities(String t) {
        return t.replace("&", "&amp;").replace(" ", "&nbsp;").replace("-", "&#8211;").replace("“", "&ldquo;")
                .replace("”", "&rdquo;").replace("(", "&#40;").replace(")", "&#x29;");
    }

    /** The structure fixtures: short synthetic documents in src/test/resources/structure and its folders (en/). */
    public static final Path FIXTURES = Path.of("src/test/resources/structure");

    private SeedVariants() {
    }

    /** The seed files of data/corpus/zh, by file name. */
    public static Map<String, String> seeds() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(SeedCorpus.DIRECTORY.resolve("zh"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }

    /** Every seed, every variant of every seed ("FILE with VARIANT") and every fixture, by name. */
    public static Map<String, String> allWithVariants() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> seed : seeds().entrySet()) {
            out.put(seed.getKey(), seed.getValue());
            for (Map.Entry<String, UnaryOperator<String>> v : ALL.entrySet()) {
                out.put(seed.getKey() + " with " + v.getKey(), v.getValue().apply(seed.getValue()));
            }
        }
        if (Files.isDirectory(FIXTURES)) {
            try (Stream<Path> s = Files.walk(FIXTURES)) {
                List<Path> files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
                for (Path f : files) {
                    out.put(FIXTURES.relativize(f).toString(), Files.readString(f));
                }
            }
        }
        return out;
    }
}
