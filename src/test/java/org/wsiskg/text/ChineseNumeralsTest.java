package org.wsiskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"十三,13", "二十一,21", "二十六,26", "七十八,78", "七十,70", "十,10", "一百零五,105", "两,2", "四,4", "65,65", "第,-1", "'',-1"})
    void readsChineseNumerals(String numeral, int value) {
        assertEquals(value, ChineseNumerals.parse(numeral));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            第十三届        | 13
            第二十六届      | 26
            第二十一届会议  | 21
            第四次          | 4
            第七次会议      | 7
            第 21 届        | 21
            第十届          | 10
            第一百零五届    | 105
            第一阶段        | 1
            """)
    void readsAnOrdinal(String text, int value) {
        assertEquals(value, ChineseNumerals.ordinal(text));
    }

    @Test
    void readsAListOfOrdinalsInOrder() {
        assertEquals(List.of(1, 2, 3, 4, 5), ChineseNumerals.ordinals("第一、第二、第三、第四和第五次"));
        assertEquals(List.of(27, 28), ChineseNumerals.ordinals("第二十七届会议和 2025 年第二十八届"));
    }

    @Test
    void aListIsNotOneOrdinal() {
        assertEquals(-1, ChineseNumerals.ordinal("第一、第二次"));
        assertEquals(-1, ChineseNumerals.ordinal("届会议"));
        assertEquals(List.of(), ChineseNumerals.ordinals("各次会议"));
    }
}
