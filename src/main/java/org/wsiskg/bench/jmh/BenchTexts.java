package org.wsiskg.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wsiskg.bench.ScaleCorpus;
import org.wsiskg.extract.event.EventContext;
import org.wsiskg.extract.event.EventExtractors;
import org.wsiskg.extract.event.Gazetteer;
import org.wsiskg.structure.DocumentStructure;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.structure.StructureParser;
import org.wsiskg.text.Language;
import org.wsiskg.text.LanguageDetector;
import org.wsiskg.text.Normalizer;

/**
 * The input of every benchmark: the texts of a synthetic corpus of 4x the seeds (20 texts, about
 * half a megabyte) in one language, raw for the normaliser, as parsed paragraphs (with the event
 * context each paragraph is read in) for the extractors.
 */
final class BenchTexts {

    static final long SEED = 1;
    static final int TEXTS = ScaleCorpus.textsAt(4);

    final List<String> raw = new ArrayList<>();
    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<String> paragraphTexts = new ArrayList<>();
    final List<EventContext> contexts = new ArrayList<>();
    final long rawBytes;
    final long paragraphBytes;

    BenchTexts(Language language) {
        ScaleCorpus corpus = new ScaleCorpus(SEED);
        Normalizer normalizer = new Normalizer();
        StructureParser parser = new StructureParser();
        EventExtractors events = EventExtractors.forLanguage(language, Gazetteer.standard());
        long bytes = 0;
        long inParagraphs = 0;
        for (int i = 0; i < TEXTS; i++) {
            String text = corpus.render(TEXTS, i);
            if (LanguageDetector.detect(text).orElse(null) != language) {
                continue;
            }
            raw.add(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            DocumentStructure structure = parser.parse(normalizer.normalize(text), language);
            EventContext next = new EventContext(null);
            for (Paragraph p : structure.paragraphs()) {
                String t = p.text().toString();
                paragraphs.add(p);
                paragraphTexts.add(t);
                contexts.add(next);
                next = events.bodies().after(t, next);
                inParagraphs += t.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        this.rawBytes = bytes;
        this.paragraphBytes = inParagraphs;
    }
}
