package org.wsiskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.WsisException;

class GazetteerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            日内瓦             | Geneva          | Switzerland
            埃及沙姆沙伊赫     | Sharm el-Sheikh | Egypt
            印度尼西亚巴厘     | Bali            | Indonesia
            印度海得拉巴       | Hyderabad       | India
            日本京都           | Kyoto           | Japan
            沙特阿拉伯         | -               | Saudi Arabia
            伊斯 坦布尔        | Istanbul        | Türkiye
            Sharm el-Sheikh    | Sharm el-Sheikh | Egypt
            印度海德拉巴       | Hyderabad       | India
            印度尼西亚努沙杜瓦 | Bali            | Indonesia
            """)
    void findsAPlaceByNameOrAsCountryAndCity(String written, String city, String country) {
        Place p = Readings.GAZETTEER.lookup(written).orElseThrow();
        assertEquals(city, p.city());
        assertEquals(country, p.country());
        assertEquals(written, p.asWritten());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            某某城
            埃及京都
            """)
    void doesNotGuessAnUnknownPlace(String written) {
        assertEquals(Optional.empty(), Readings.GAZETTEER.lookup(written));
    }

    @org.junit.jupiter.api.Test
    void aRowWithoutACountryIsBrokenData() {
        assertThrows(WsisException.class, () -> Gazetteer.parse("zh\ten\tcity\tcountry\n日内瓦\tGeneva\tGeneva\t\n"));
    }
}
