package org.wsiskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.EventMention;
import org.wsiskg.extract.Reference;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.text.Language;
import org.wsiskg.text.SourceText;

class ScaleCorpusTest {

    @Test
    void theSameSeedGivesTheSameTextsAndAnotherSeedOthers() {
        assertEquals(new ScaleCorpus(7).render(50, 31), new ScaleCorpus(7).render(50, 31));
        assertNotEquals(new ScaleCorpus(7).render(50, 31), new ScaleCorpus(8).render(50, 31));
    }

    @Test
    void symbolsAreDistinctAndTextsRecallOnlyEarlierOnes() {
        List<PlannedText> plan = new ScaleCorpus(1).plan(ScaleCorpus.textsAt(1000));
        Set<String> symbols = new HashSet<>();
        int recalls = 0;
        for (PlannedText t : plan) {
            assertTrue(symbols.add(t.symbol()), "twice: " + t.symbol());
            assertTrue(ResolutionText.REAL_TEXTS.stream().noneMatch(r -> t.shortNumber().equals(r.shortNumber())),
                    t.symbol() + " is a real text's");
            for (int i : t.recalls()) {
                assertTrue(plan.get(i).adopted().isBefore(t.adopted()), t.symbol() + " recalls a later text");
                recalls++;
            }
        }
        assertTrue(recalls > 4 * plan.size(), "a citation graph, not a list: " + recalls + " recalls");
        assertTrue(plan.stream().anyMatch(t -> t.language() == Language.EN) && plan.stream().anyMatch(t -> t.language() == Language.ZH));
    }

    @Test
    void tenTimesTheSeedsIsAboutTenTimesTheirTextsAndBytes(@TempDir Path dir) throws Exception {
        ScaleCorpus.Written w = new ScaleCorpus(1).write(dir, ScaleCorpus.textsAt(10));
        assertEquals(50, w.texts());
        long seedBytes = 128_586;
        assertTrue(Math.abs(w.bytes() - 10 * seedBytes) < seedBytes, w.bytes() + " bytes");
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(50, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void theReaderFindsWhatEachTextWasWrittenToCite() {
        ScaleCorpus corpus = new ScaleCorpus(3);
        int texts = 60;
        List<PlannedText> plan = corpus.plan(texts);
        DocumentReader reader = new DocumentReader();
        Set<Language> seen = new HashSet<>();
        List<PlannedText> sample = Stream.concat(
                plan.stream().filter(t -> t.language() == Language.ZH).skip(40).limit(2),
                plan.stream().filter(t -> t.language() == Language.EN).skip(15).limit(2)).toList();
        // Two texts of each language, late enough to recall several earlier ones (reading is the slow part).
        for (PlannedText t : sample) {
            String text = corpus.render(texts, t.index());
            DocumentExtraction d = reader.read(SourceText.decode(t.fileName(), text.getBytes(StandardCharsets.UTF_8)));
            assertEquals(t.symbol(), d.symbol(), t.fileName());
            Set<String> targets = new HashSet<>();
            for (Reference r : d.references()) {
                targets.add(r.target());
            }
            for (int i : t.recalls()) {
                assertTrue(targets.contains(plan.get(i).symbol()), t.fileName() + " misses " + plan.get(i).symbol());
            }
            assertTrue(targets.contains("WSIS-05/TUNIS/DOC/6(Rev.1)"), t.fileName());
            List<WsisMeetings.IgfMeeting> held = WsisMeetings.igfBefore(t.adopted());
            WsisMeetings.IgfMeeting last = held.get(held.size() - 1);
            boolean found = false;
            for (EventMention e : d.events()) {
                if (e.kind().equals("igf-meeting") && last.year() == e.year()) {
                    assertEquals(last.cityEn(), e.city(), t.fileName());
                    assertEquals(last.start().toString(), e.start(), t.fileName());
                    found = true;
                }
            }
            assertTrue(found, t.fileName() + " names the IGF meeting of " + last.year());
            seen.add(t.language());
        }
        assertEquals(Set.of(Language.ZH, Language.EN), seen);
    }
}
