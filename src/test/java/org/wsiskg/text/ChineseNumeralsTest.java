package org.wsiskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"十三,13", "二十一,21", "二十六,26", "七十八,78", "七十,70", "十,10", "一百零五,105", "两,2", "四,4", "65,65", "第,-1", "'',-1"})
    void readsChineseNumerals(String numeral, int value) {
        assertEquals(value, ChineseNumerals.parse(numeral));
    }

    @ParameterizedTest
    @CsvSource({"III,3", "XXI,21", "XIV,14", "IV,4", "IIII,-1", "ABC,-1"})
    void readsRomanSessions(String numeral, int value) {
        assertEquals(value, ChineseNumerals.parseRoman(numeral));
    }
}
