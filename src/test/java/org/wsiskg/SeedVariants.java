package org.wsiskg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wsiskg.structure.DocumentStructure;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.structure.StructureParser;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;
import org.wsiskg.text.Span;

/**
 * The seed texts in the other shapes real copies of them take: other PDF layouts, and web and PDF copies (site text around the
 * document, lines flattened, footnotes inlined ...). Every variant must still give the seed's gold; every one is made from the
 * seed text by a rule, never by hand.
 */
public final class SeedVariants {

    /** The layout of a PDF copy with page furniture: running heads, page counters, job numbers. */
    public static final String PAGE_FURNITURE = "running heads and job numbers";
    /**
     * The symbol that copy prints at the head of every page. A running symbol names the document, so a text whose own header
     * prints no symbol (the seed drafts) takes it as its own: the only gold item that layout changes.
     */
    public static final String RUNNING_SYMBOL = "A/RES/99/999";

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
            "site text before and after", SeedVariants::withSiteText,
            PAGE_FURNITURE, SeedVariants::withPageFurniture,
            "lines flattened into one", t -> t.replace("\r\n", " ").replace('\n', ' '),
            "footnotes inlined after their markers", SeedVariants::withFootnotesInlined,
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

    /**
     * The text inside a web page's site text: a language switcher, a breadcrumb and a menu before it, a cookie notice, footer
     * links and a copyright line after it. The site text names symbols and years, which are no citations of the document.
     */
    static String withSiteText(String t) {
        return String.join("\n",
                "العربية | 中文 | English | Français | Русский | Español",
                "首页 > 文件 > 大会决议 > A/RES/70/1",
                "主页 | 新闻 | 会议 | 文件 | 2015年审查",
                "本网站使用 cookie 以改善您的浏览体验。继续浏览即表示您同意我们使用 cookie。",
                "", t, "",
                "联系我们 | 版权 | 隐私声明 | 网站索引 | E/2012/31",
                "联合国 © 2024 版权所有",
                "");
    }

    /**
     * The text as a PDF copy gives it with its page furniture: every 30th line is followed by a page's foot and the next
     * page's head (a page counter, a job number of each shape, the running symbol), which break a sentence where they stand.
     */
    static String withPageFurniture(String t) {
        String[] lines = t.split("\n", -1);
        int pages = lines.length / 30 + 1;
        List<String> furniture = List.of("%d/" + pages, "GE.11-12345", "- %d -", "10-52345 (C)", RUNNING_SYMBOL, "K0952728", "第 %d 页");
        StringBuilder b = new StringBuilder(t.length() + lines.length * 4);
        int page = 1;
        for (int i = 0; i < lines.length; i++) {
            b.append(lines[i]);
            if (i + 1 < lines.length) {
                b.append('\n');
            }
            if (i % 30 == 29 && i + 1 < lines.length) {
                String foot = furniture.get(page % furniture.size());
                String head = furniture.get((page + 3) % furniture.size());
                page++;
                b.append(String.format(foot, page)).append('\n').append(String.format(head, page)).append('\n')
                        .append(RUNNING_SYMBOL).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * The text as a web copy that writes each footnote right after its marker gives it ({@code …议题，1 第56/183号决议。接着…}):
     * every footnote that a marker carries is taken from where it stands (its number and body lines) and written, on one line,
     * after the first marker of its number, which is joined to the lines around it. Where footnotes and markers stand is read
     * with the structure reader on the seed itself.
     */
    static String withFootnotesInlined(String t) {
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(t), Language.ZH);
        // Edits by position in the seed: [from, to) replaced by text; applied from the end so that positions stay valid.
        TreeMap<Integer, int[]> cuts = new TreeMap<>();
        Map<Integer, String> replacements = new HashMap<>();
        for (Paragraph f : s.footnotes()) {
            Optional<DocumentStructure.Carrier> carrier = s.carrierOf(f);
            if (carrier.isEmpty()) {
                continue;
            }
            // The body from its line's start (the reader drops a Markdown link's brackets), without the footnote's number.
            String body = t.substring(lineStart(t, f.span().start()), f.span().end())
                    .replaceFirst("^[ \\t]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\\d{1,3}(?=[ \\t])|\\*)?[ \\t]*", "")
                    .replaceAll("[ \\t]*\\r?\\n[ \\t\\r\\n]*", "");
            int entryStart = lineStart(t, f.span().start());
            while (entryStart > 0 && t.substring(lineStart(t, entryStart - 1), entryStart).strip().matches("\\d{1,3}|\\*")) {
                entryStart = lineStart(t, entryStart - 1);
            }
            int entryEnd = t.indexOf('\n', f.span().end());
            cuts.put(entryStart, new int[] {entryStart, entryEnd < 0 ? t.length() : entryEnd + 1});
            replacements.put(entryStart, "");
            Span m = carrier.get().marker().span();
            String number = t.substring(m.start(), m.end());
            int from = m.start();
            int to = m.end();
            if (t.substring(lineStart(t, m.start()), m.start()).isBlank()) {
                // A marker on a line of its own is joined to the line before it, and to the line after it inside a paragraph.
                while (from > 0 && Character.isWhitespace(t.charAt(from - 1))) {
                    from--;
                }
                boolean paragraphGoesOn = carrier.get().marker().offset() < carrier.get().paragraph().text().length();
                while (paragraphGoesOn && to < t.length() && Character.isWhitespace(t.charAt(to))) {
                    to++;
                }
            }
            cuts.put(from, new int[] {from, to});
            replacements.put(from, number + " " + body);
        }
        StringBuilder b = new StringBuilder(t);
        int limit = t.length();
        for (int[] cut : cuts.descendingMap().values()) {
            if (cut[1] > limit) {
                continue;
            }
            b.replace(cut[0], cut[1], replacements.get(cut[0]));
            limit = cut[0];
        }
        return b.toString();
    }

    private static int lineStart(String t, int at) {
        return t.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
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
