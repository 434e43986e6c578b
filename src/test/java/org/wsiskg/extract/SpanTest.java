package org.wsiskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wsiskg.SeedCorpus;
import org.wsiskg.text.Span;

/** Every span the seed reports give quotes the file text exactly, and lies within the file. */
class SpanTest {

    @Test
    void everyReportedSpanQuotesTheOriginalFile() throws IOException {
        int checked = 0;
        for (DocumentExtraction d : SeedCorpus.extractions()) {
            String original = Files.readString(Path.of(d.source()));
            for (Reference r : d.references()) {
                assertEquals(r.text(), quote(original, r.span()), d.source() + " " + r);
                checked++;
            }
            for (EventMention e : d.events()) {
                assertEquals(e.text(), quote(original, e.span()), d.source() + " " + e);
                checked++;
            }
            for (MandateMention m : d.mandates()) {
                assertEquals(m.text(), quote(original, m.span()), d.source() + " " + m);
                checked++;
            }
            for (ParagraphEntry p : d.paragraphs()) {
                assertTrue(p.span().end() <= original.length(), d.source() + " " + p.id());
                checked++;
            }
            for (Issue i : d.issues()) {
                assertTrue(i.span().end() <= original.length(), d.source() + " " + i);
            }
        }
        assertTrue(checked > 100, "only " + checked + " spans checked");
    }

    private static String quote(String original, Span span) {
        return original.substring(span.start(), span.end());
    }
}
