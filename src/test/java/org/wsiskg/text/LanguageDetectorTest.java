package org.wsiskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of a text goes by its prose: symbols, numbers, addresses and acronyms do not count. */
class LanguageDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The General Assembly, Recalling its resolution 65/141 of 20 December 2010,          | en
            Report of the Secretary-General on the progress made in the implementation           | en
            resolution 65/141                                                                    | en
            IGF 2009 in Sharm el-Sheikh was the fourth meeting of the Forum.                     | en
            大会，回顾其第 65/141 号决议，                                                        | zh
            大会，回顾 A/RES/65/141、A/RES/70/125、E/RES/2006/46 和 WSIS-05/TUNIS/DOC/6(Rev.1)，   | zh
            根据《信息社会突尼斯议程》(Tunis Agenda for the Information Society) 第 72 段召开的论坛   | zh
            互聯網治理論壇於 2009 年在沙姆沙伊赫舉行。                                                | zh
            L'Assemblée générale, rappelant sa résolution 65/141 du 20 décembre 2010 et la société | -
            La Asamblea General, recordando su resolución 65/141 y el informe del Consejo          | -
            Генеральная Ассамблея, ссылаясь на свою резолюцию 65/141                               | -
            إن الجمعية العامة، إذ تشير إلى قرارها 65/141                                           | -
            総会は、情報社会世界サミットの成果を想起し、決議 65/141 を再確認する                      | -
            A/RES/65/141 E/2010/12 2010 https://undocs.org/A/65/64                               | -
            WSIS IGF ITU UNCTAD CSTD                                                             | -
            """)
    void readsTheProse(String text, String expected) {
        Optional<Language> language = LanguageDetector.detect(text);
        assertEquals(Optional.ofNullable(expected).flatMap(Language::ofCode), language, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            L'Assemblée générale, rappelant sa résolution 65/141 du 20 décembre 2010 et la société | French
            La Asamblea General, recordando su resolución 65/141 y el informe del Consejo          | Spanish
            Генеральная Ассамблея, ссылаясь на свою резолюцию 65/141                               | Cyrillic
            إن الجمعية العامة، إذ تشير إلى قرارها 65/141                                           | Arabic
            総会は、情報社会世界サミットの成果を想起し、決議 65/141 を再確認する                      | Japanese
            A/RES/65/141 2010                                                                    | no prose
            """)
    void saysWhatItSawWhenItReadsNoLanguage(String text, String seen) {
        LanguageDetector.Verdict v = LanguageDetector.read(text);
        assertTrue(v.language().isEmpty(), v.toString());
        assertTrue(v.seen().contains(seen), v.seen());
    }
}
