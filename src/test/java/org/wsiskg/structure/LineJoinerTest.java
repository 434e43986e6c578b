package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.text.Normalizer;

/** Lines of one paragraph joined: hyphenated words made whole, symbols broken at a hyphen kept, spans still quoting the file. */
class LineJoinerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            of the World Summit on the Infor-\\nmation Society,                 | of the World Summit on the Information Society,
            in its report A/65/64-\\nE/2010/12,                                  | in its report A/65/64-E/2010/12,
            Recalling the outcome documents of the Summit and the follow-\\nUp to the Summit, | Recalling the outcome documents of the Summit and the follow-Up to the Summit,
            2006 年 7 月 28\\n日第 2006/46 号决议，                               | 2006 年 7 月 28日第 2006/46 号决议，
            resolution\\n65/141,                                                | resolution 65/141,
            """)
    void joinsTheLinesOfAParagraph(String file, String joined) {
        String text = file.replace("\\n", "\n");
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(text));
        Paragraph p = s.paragraphs().get(s.paragraphs().size() - 1);
        assertEquals(joined, p.text().toString());
        assertEquals(text.strip(), text.substring(p.span().start(), p.span().end()));
    }
}
