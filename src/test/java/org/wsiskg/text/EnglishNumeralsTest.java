package org.wsiskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishNumeralsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            first          | 1
            Fourth         | 4
            thirteenth     | 13
            twentieth      | 20
            twenty-first   | 21
            twenty–eighth  | 28
            twenty eighth  | 28
            Sixty-fifth    | 65
            seventy-eighth | 78
            1st            | 1
            2nd            | 2
            13th           | 13
            22nd           | 22
            111th          | 111
            hundredth      | -1
            1th            | -1
            11st           | -1
            fifth-first    | -1
            """)
    void ordinals(String text, int value) {
        assertEquals(value, EnglishNumerals.ordinal(text));
        if (value > 0) {
            assertEquals(true, Pattern.compile(EnglishNumerals.ORDINAL, Pattern.CASE_INSENSITIVE).matcher(text).matches());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            five        | 5
            Ten         | 10
            10          | 10
            twenty-one  | 21
            ninety      | 90
            fifth       | -1
            """)
    void cardinals(String text, int value) {
        assertEquals(value, EnglishNumerals.cardinal(text));
    }

    @Test
    void patternsFindOrdinalsInText() {
        var m = Pattern.compile("the (" + EnglishNumerals.ORDINAL + ") session", Pattern.CASE_INSENSITIVE)
                .matcher("at the twenty-first session of the Commission");
        m.find();
        assertEquals(21, EnglishNumerals.ordinal(m.group(1)));
    }
}
