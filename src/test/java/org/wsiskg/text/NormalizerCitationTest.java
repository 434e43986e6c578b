package org.wsiskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The artefacts of PDF text that would hide a citation are undone, and every character keeps its place in the file. */
class NormalizerCitationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "A/65/78–E/2010/68 | A/65/78-E/2010/68",
            "A/65/78—E/2010/68 | A/65/78-E/2010/68",
            "Ａ／６５／６４ | A/65/64",
            "（A/69/53） | (A/69/53)",
            "第７２段 | 第72段",
            "A/65/\u200B64 | A/65/64",
            "\uFEFFE/2009/92 | E/2009/92",
            "E/2012/\u00AD31 和 Corr.1 | E/2012/31 和 Corr.1",
            "见 [E/CN.16/2018/CRP.3](#)。 | 见 E/CN.16/2018/CRP.3。",
            "**回顾**第 65/141 号决议 | 回顾第 65/141 号决议",
            "回顾回顾回顾回顾第 65/141 号决议 | 回顾第 65/141 号决议",
            "第 2006/46\uFFFD 号 | 第 2006/46 号",
    })
    void undoes(String original, String expected) {
        AnchoredText t = new Normalizer().normalize(original);
        assertEquals(expected, t.toString());
        Span whole = t.originalSpan(0, t.length());
        // The span starts and ends on the characters that were kept, not on what was dropped around them.
        assertEquals(expected.charAt(0), Normalizer.fold(original.charAt(whole.start())));
        assertEquals(expected.charAt(expected.length() - 1), Normalizer.fold(original.charAt(whole.end() - 1)));
    }
}
