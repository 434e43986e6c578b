package org.wsiskg.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;
import org.wsiskg.text.Language;

class ExtractorBenchmarkTest {

    @Test
    void everyExtractorABuildRunsIsBenchmarked() throws NoSuchFieldException {
        List<String> declared = Arrays.asList(ExtractorBenchmark.class.getField("extractor").getAnnotation(Param.class).value());
        List<String> built = new ArrayList<>();
        for (Language language : Language.values()) {
            ExtractorBenchmark.names(language).forEach(n -> built.add(language.name() + ":" + n));
        }
        assertEquals(built, declared);
    }

    @Test
    void eachBenchmarkReadsTextInItsLanguage() {
        BenchTexts zh = new BenchTexts(Language.ZH);
        BenchTexts en = new BenchTexts(Language.EN);
        assertTrue(zh.raw.size() > 3 && en.raw.size() > 3, zh.raw.size() + " Chinese, " + en.raw.size() + " English");
        assertEquals(BenchTexts.TEXTS, zh.raw.size() + en.raw.size());
        assertTrue(zh.paragraphBytes > 0.8 * zh.rawBytes, "paragraphs cover the text");
        assertEquals(zh.paragraphs.size(), zh.contexts.size());
    }
}
