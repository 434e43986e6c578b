package org.wsiskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.Issue;
import org.wsiskg.extract.Reference;
import org.wsiskg.text.SourceText;

/** Titles settled through the footnote attached to them, through the curated table, or reported. */
class InstrumentResolutionTest {

    private static final String TEXT = String.join("\n",
            "大会，",
            "回顾《某项城市纲领》1 和《另一项纲领》，又回顾《另一项纲领》，",
            "重申《信息社会突尼斯议程》2 第 72 段，",
            "注意到秘书长的报告3，",
            "又回顾《行动计划》4，",
            "______________",
            "1 第 71/256 号决议，附件。",
            "2 见 A/60/687。",
            "3 A/72/64-E/2017/12 和 Corr.1。",
            "4 A/CONF.199/20，第一章，决议 1。",
            "");

    private final DocumentExtraction read = new DocumentReader().read(
            SourceText.decode("test.txt", TEXT.getBytes(StandardCharsets.UTF_8)));

    @Test
    void aTitleTakesTheFirstSymbolOfItsFootnote() {
        assertEquals(List.of("instrument A/RES/71/256 null pp1 《某项城市纲领》",
                        "resolution A/RES/71/256 null pp1 第 71/256 号"),
                references("pp1"));
    }

    @Test
    void aTableTitleKeepsItsCanonicalSymbolAndTheFootnoteItsPublication() {
        assertEquals(List.of("paragraph WSIS-05/TUNIS/DOC/6(Rev.1) 72 pp2 《信息社会突尼斯议程》2 第 72 段",
                        "instrument WSIS-05/TUNIS/DOC/6(Rev.1) null pp2 《信息社会突尼斯议程》",
                        "document A/60/687 null pp2 A/60/687"),
                references("pp2"));
    }

    @Test
    void theTextsOwnFootnoteWinsOverTheTableWhereItNamesAnotherDocument() {
        assertEquals(List.of("instrument A/CONF.199/20 null pp4 《行动计划》", "document A/CONF.199/20 null pp4 A/CONF.199/20"),
                references("pp4"));
    }

    @Test
    void footnoteSymbolsBelongToTheParagraphWithTheMarker() {
        assertEquals(List.of("document A/72/64/Corr.1 null pp3 A/72/64-E/2017/12 和 Corr.1", "document A/72/64 null pp3 A/72/64",
                        "document E/2017/12/Corr.1 null pp3 E/2017/12 和 Corr.1", "document E/2017/12 null pp3 E/2017/12"),
                references("pp3"));
    }

    @Test
    void anUnresolvedTitleIsReportedOnceAndNotCited() {
        List<Issue> unresolved = read.issues().stream().filter(i -> i.code().equals("UNRESOLVED_INSTRUMENT")).toList();
        assertEquals(1, unresolved.size(), unresolved.toString());
        assertEquals("《另一项纲领》", TEXT.substring(unresolved.get(0).span().start(), unresolved.get(0).span().end()));
        assertEquals(0, read.references().stream().filter(r -> r.text().contains("另一项")).count());
    }

    private List<String> references(String in) {
        return read.references().stream().filter(r -> r.in().equals(in)).map(InstrumentResolutionTest::line).toList();
    }

    private static String line(Reference r) {
        return r.kind() + " " + r.target() + " " + r.paragraph() + " " + r.in() + " " + r.text();
    }
}
