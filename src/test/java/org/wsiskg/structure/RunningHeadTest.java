package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsiskg.text.Normalizer;

/** A document symbol printed alone at the head of every page is page furniture, not text. */
class RunningHeadTest {

    private static final String TEXT = String.join("\n",
            "大会，",
            "回顾其关于信息和通信技术促进发展的各项决议，又回顾经济及社会理事会的各项决议，以及世界首脑会议",
            "A/C.2/72/L.33",
            "的成果文件，",
            "注意到秘书长的报告，",
            "A/C.2/72/L.33",
            "1. 请秘书长提出报告；",
            "");

    @Test
    void aRecurringBareSymbolLineIsNotPartOfAnyParagraph() {
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(TEXT));
        List<String> texts = s.paragraphs().stream().map(p -> p.text().toString()).toList();
        assertFalse(texts.stream().anyMatch(t -> t.contains("L.33")), texts.toString());
        assertEquals("回顾其关于信息和通信技术促进发展的各项决议，又回顾经济及社会理事会的各项决议，以及世界首脑会议的成果文件，",
                texts.get(0).strip());
    }

    @Test
    void aBareSymbolUnderAFootnoteNumberIsTheFootnote() {
        String notes = String.join("\n", "大会，", "回顾《信息社会突尼斯议程》1，又回顾《突尼斯承诺》2，", "______________",
                "1", "A/60/687", "2", "A/60/687", "");
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(notes));
        assertEquals(List.of("A/60/687", "A/60/687"), s.footnotes().stream().map(f -> f.text().toString().strip()).toList());
    }

    @Test
    void aBareSymbolLineThatOccursOnceStaysText() {
        String once = TEXT.replaceFirst("A/C.2/72/L.33\n", "");
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(once));
        assertEquals(1, s.paragraphs().stream().filter(p -> p.text().toString().contains("A/C.2/72/L.33")).count());
    }
}
