package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.text.Normalizer;

/**
 * Which lines of a web copy are site text: notices anywhere, menus and language switchers only before the first sentence
 * and after the last. Each row is one line set between two sentences of a document (or before them, with {@code before}).
 */
class SiteTextTest {

    private static final String SENTENCE = "Recalling its resolution 65/141 of 20 December 2010 on information and communications technologies.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            © 2024 United Nations                                                        | inside | true
            Copyright United Nations. All rights reserved.                               | inside | true
            (c) 2021 International Telecommunication Union                               | inside | true
            版权所有 联合国                                                               | inside | true
            This site uses cookies to offer you a better browsing experience.            | inside | true
            'Home | Documents | Meetings | Press'                                        | before | true
            首页 > 文件 > A/RES/65/141                                                    | before | true
            English Français Español Русский 中文 العربية                                 | before | true
            'Home | Documents | Meetings | Press'                                        | inside | false
            16-07644(C)070616080616人权理事会第三十二届会议议程项目3秘书处谨向人权理事会转交根据理事会第25/2号决议编写的报告. | inside | false
            'Noting that copyright, patents and trademarks are at the centre of debates on access to knowledge in the information society, and that the protection of intellectual property and the sharing of knowledge must be balanced, as the Geneva Declaration of Principles says, so that developing countries can take part in the information society on equal terms,' | inside | false
            Information and communications technologies for development                 | before | false
            """)
    void siteTextOrNot(String line, String where, boolean site) {
        String text = where.equals("before") ? line + "\n" + SENTENCE + "\n" + SENTENCE + "\n"
                : SENTENCE + "\n" + line + "\n" + SENTENCE + "\n";
        int index = where.equals("before") ? 0 : 1;
        Line read = Line.split(new Normalizer().normalize(text)).get(index);
        assertEquals(site, read.kind() == Line.Kind.SITE, line);
    }
}
