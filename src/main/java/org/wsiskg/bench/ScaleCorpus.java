package org.wsiskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.wsiskg.text.Language;

/**
 * A synthetic corpus, the same for the same seed and size: GA and ECOSOC resolutions on the WSIS
 * follow-up from 2006 to 2025, in Chinese shaped like the seed texts and in English shaped like
 * the GA's English resolutions, each with its own symbol, adoption date and plenary meeting. Later
 * texts recall earlier ones: the last few of their own series, and others chosen with a
 * probability that grows with how often they are already cited (so a few become the classics
 * every text recalls, as 56/183 and 2006/46 are). They also cite real texts the follow-up rests
 * on, Tunis Agenda paragraphs and the Secretary-General's yearly report, and mention the IGF
 * meetings and CSTD sessions held before them ({@link WsisMeetings}: one table, so no two texts
 * disagree on an event). Sizes follow the seed texts', so {@code scale} times the seed corpus is
 * about {@code scale} times its texts and its bytes.
 */
public final class ScaleCorpus {

    /** The seed corpus (data/corpus/zh): five texts, these many bytes each. */
    private static final int[] SEED_BYTES = {15_081, 17_650, 23_885, 37_878, 34_092};
    public static final int SEED_TEXTS = SEED_BYTES.length;
    private static final int FIRST_YEAR = 2006;
    private static final int LAST_YEAR = 2025;
    /** Own numbers start above every real number the texts cite, so no synthetic text takes a real one's symbol. */
    private static final int FIRST_NUMBER = 301;
    private static final int[] TUNIS_PARAGRAPHS = {72, 72, 72, 29, 35, 67, 71, 76, 77, 78, 90, 100, 111};

    private final long seed;

    public ScaleCorpus(long seed) {
        this.seed = seed;
    }

    /** What {@link #write} wrote. */
    public record Written(Path root, int texts, long bytes, int chinese, int english) {
    }

    /** The number of texts of {@code scale} times the seed corpus. */
    public static int textsAt(int scale) {
        return SEED_TEXTS * scale;
    }

    /** Writes {@code texts} texts below {@code root} ({@code zh/…} and {@code en/…}), replacing none it does not name. */
    public Written write(Path root, int texts) {
        List<PlannedText> plan = plan(texts);
        ChineseResolutionText zh = new ChineseResolutionText(plan);
        EnglishResolutionText en = new EnglishResolutionText(plan);
        long bytes = 0;
        int chinese = 0;
        try {
            for (PlannedText t : plan) {
                String text = t.language() == Language.ZH ? zh.render(t) : en.render(t);
                byte[] content = text.getBytes(StandardCharsets.UTF_8);
                Path file = root.resolve(t.fileName());
                Files.createDirectories(file.getParent());
                Files.write(file, content);
                bytes += content.length;
                chinese += t.language() == Language.ZH ? 1 : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(root, plan.size(), bytes, chinese, plan.size() - chinese);
    }

    /** The text at {@code index} of a corpus of {@code texts}, as {@link #write} writes it. */
    public String render(int texts, int index) {
        List<PlannedText> plan = plan(texts);
        PlannedText t = plan.get(index);
        return t.language() == Language.ZH ? new ChineseResolutionText(plan).render(t) : new EnglishResolutionText(plan).render(t);
    }

    /** The path below the root of the text at {@code index}. */
    public String fileName(int texts, int index) {
        return plan(texts).get(index).fileName();
    }

    /** Every text of a corpus of {@code texts}, oldest first. */
    List<PlannedText> plan(int texts) {
        if (texts < 1) {
            throw new IllegalArgumentException("a corpus has at least one text");
        }
        SplittableRandom random = new SplittableRandom(seed);
        record Draft(int year, boolean ecosoc, LocalDate adopted, boolean chinese, long tie) {
        }
        List<Draft> drafts = new ArrayList<>();
        int years = LAST_YEAR - FIRST_YEAR + 1;
        for (int i = 0; i < texts; i++) {
            int year = FIRST_YEAR + (int) ((long) i * years / texts);
            boolean ecosoc = random.nextInt(100) < 35;
            LocalDate adopted = ecosoc ? LocalDate.of(year, 7, 1 + random.nextInt(31))
                    : LocalDate.of(year, 12, 1 + random.nextInt(23));
            drafts.add(new Draft(year, ecosoc, adopted, random.nextInt(5) < 3, random.nextLong()));
        }
        drafts.sort(Comparator.comparing(Draft::adopted).thenComparing(Draft::ecosoc).thenComparingLong(Draft::tie));

        Map<String, Integer> nextNumber = new HashMap<>();
        List<PlannedText> plan = new ArrayList<>(texts);
        List<Integer> citedPool = new ArrayList<>();
        List<Integer> lastOfSeries = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            int session = d.ecosoc() ? d.year() : d.year() - 1945;
            String series = (d.ecosoc() ? "E" : "A") + session;
            int number = nextNumber.getOrDefault(series, FIRST_NUMBER);
            nextNumber.put(series, number + 1 + random.nextInt(3));

            Set<Integer> recalls = new TreeSet<>();
            int seriesTaken = 0;
            for (int j = lastOfSeries.size() - 1; j >= 0 && seriesTaken < 3; j--) {
                PlannedText earlier = plan.get(lastOfSeries.get(j));
                if (earlier.ecosoc() == d.ecosoc() && earlier.adopted().isBefore(d.adopted())) {
                    recalls.add(earlier.index());
                    seriesTaken++;
                }
            }
            int classics = citedPool.isEmpty() ? 0 : 2 + random.nextInt(7);
            for (int k = 0; k < classics; k++) {
                int candidate = citedPool.get(random.nextInt(citedPool.size()));
                if (plan.get(candidate).adopted().isBefore(d.adopted())) {
                    recalls.add(candidate);
                }
            }
            Set<Integer> tunis = new LinkedHashSet<>();
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                tunis.add(TUNIS_PARAGRAPHS[random.nextInt(TUNIS_PARAGRAPHS.length)]);
            }
            int seedSize = SEED_BYTES[i % SEED_BYTES.length];
            int target = seedSize * (85 + random.nextInt(31)) / 100;
            PlannedText t = new PlannedText(i, d.chinese() ? Language.ZH : Language.EN, d.ecosoc(), session, number,
                    d.adopted(), 40 + random.nextInt(45), 10 + random.nextInt(15), List.copyOf(recalls),
                    List.copyOf(new TreeSet<>(tunis)), target, random.nextLong());
            plan.add(t);
            citedPool.add(i);
            citedPool.addAll(recalls);
            lastOfSeries.add(i);
            if (lastOfSeries.size() > 12) {
                lastOfSeries.remove(0);
            }
        }
        return plan;
    }
}
