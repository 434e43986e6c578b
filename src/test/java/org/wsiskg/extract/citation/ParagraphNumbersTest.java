package org.wsiskg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lists and ranges of cited paragraphs expand to the numbers they name. */
class ParagraphNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "第 72 段 | 72",
            "第 23 和 27 段 | 23 27",
            "第 34 和 35段 | 34 35",
            "第 72 至 78 段 | 72 73 74 75 76 77 78",
            "第 34至第 37段 | 34 35 36 37",
            "第 34至第 37段和第 67 至第 72段 | 34 35 36 37 67 68 69 70 71 72",
            "第 34 段至第 37 段 | 34 35 36 37",
            "第 72-74 段 | 72 73 74",
            "第 5、7 和 9 段 | 5 7 9",
            "第 4 (b) 段 | 4",
            "第 4(b)和(c)段 | 4",
            "第 30 至 32 和 31 段 | 30 31 32",
            "第 1 至 500 段 | 1 500",
    })
    void expands(String run, String expected) {
        var m = ParagraphNumbers.RUN.matcher(run);
        List<Integer> want = Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        assertEquals(want, m.lookingAt() ? ParagraphNumbers.expand(m.group()) : List.of(), run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"第十九条", "第 1 卷", "第 69 次全体会议", "第 2010/2 号决议", "第 53 号", "第六十七届会议"})
    void isNoRunOfParagraphs(String text) {
        assertFalse(ParagraphNumbers.RUN.matcher(text).lookingAt(), text);
    }
}
