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
            Sharm El Sheikh, Egypt | Sharm el-Sheikh | Egypt
            Sharm El-Sheikh    | Sharm el-Sheikh | Egypt
            Rio de Janeiro, Brazil | Rio de Janeiro | Brazil
            Joao Pessoa        | João Pessoa     | Brazil
            João Pessoa, Brazil | João Pessoa    | Brazil
            Lillestrøm, Norway | Lillestrøm      | Norway
            Lillestrom         | Lillestrøm      | Norway
            Kyoto, Japan       | Kyoto           | Japan
            Riyadh, Saudi Arabia | Riyadh        | Saudi Arabia
            Hyderabad, India   | Hyderabad       | India
            Geneva, Switzerland | Geneva         | Switzerland
            Egypt              | -               | Egypt
            德國柏林           | Berlin          | Germany
            挪威利勒斯特罗姆   | Lillestrøm      | Norway
            埃塞俄比亚亚的斯亚贝巴 | Addis Ababa | Ethiopia
            立陶宛首都维尔纽斯 | Vilnius         | Lithuania
            瑞士联合国驻日内瓦办事处 | Geneva      | Switzerland
            """)
    void findsAPlaceByNameOrAsCountryAndCity(String written, String city, String country) {
        Place p = Readings.GAZETTEER.lookup(written).orElseThrow();
        assertEquals(city, p.city());
        assertEquals(country, p.country());
        assertEquals(written, p.asWritten());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            某某城
            埃及京都
            日内瓦和京都
            维尔纽斯举行的第五届
            Kyoto, Egypt
            Springfield, Egypt
            """)
    void doesNotGuessAnUnknownPlace(String written) {
        assertEquals(Optional.empty(), Readings.GAZETTEER.lookup(written));
    }

    @org.junit.jupiter.api.Test
    void aRowWithoutACountryIsBrokenData() {
        assertThrows(WsisException.class, () -> Gazetteer.parse("zh\ten\tcity\tcountry\n日内瓦\tGeneva\tGeneva\t\n"));
    }
}
