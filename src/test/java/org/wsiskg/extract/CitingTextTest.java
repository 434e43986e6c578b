package org.wsiskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.text.Language;

/** The acting body of a citing text: its header's, else the Council's for a text of the Council's series. */
class CitingTextTest {

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The General Assembly  | E/2019/99       | EN | The General Assembly
            -                     | E/2019/99       | EN | Economic and Social Council
            -                     | E/CN.16/2019/2  | ZH | 经济及社会理事会
            -                     | A/72/64         | EN | -
            -                     | A/HRC/32/38     | EN | -
            -                     | -               | EN | -
            """)
    void actingBody(String header, String ownSymbol, Language language, String expected) {
        assertEquals(expected, CitingText.of(header, ownSymbol, language).actingBody());
    }
}
