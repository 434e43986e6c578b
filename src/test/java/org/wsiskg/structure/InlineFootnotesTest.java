package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/**
 * Footnotes written right after their markers are read as footnotes where they sit; the paragraph reads without them, and
 * every footnote still quotes the file. Rejected forms leave the paragraph whole.
 */
class InlineFootnotesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            大会，\\n\\n回顾以往关于这一议题，1 第56/183号决议。接着审议了该项目，     | ZH | 回顾以往关于这一议题，接着审议了该项目，          | 1 第56/183号决议。
            大会，\\n\\n回顾工作组报告¹⁰ A/67/65-E/2012/48 和 Corr.1。所载的建议，     | ZH | 回顾工作组报告所载的建议，                        | 10 A/67/65-E/2012/48 和 Corr.1。
            大会，\\n\\n回顾《突尼斯议程》² 见 A/60/687。第 72 段，                     | ZH | 回顾《突尼斯议程》第 72 段，                       | 2 见 A/60/687。
            大会，\\n\\n重申《世界人权宣言》，³ 在此社会中人人可以创造信息。         | ZH | 重申《世界人权宣言》， 在此社会中人人可以创造信息。 | -
            大会，\\n\\n回顾第 72 段 见 A/60/687。                                     | ZH | 回顾第 72 段 见 A/60/687。                         | -
            The General Assembly,\\n\\nRecalling its resolutions on the issue,1Resolutions 56/183, 57/238 and 75/202. and noting | EN | Recalling its resolutions on the issue, and noting | 1 Resolutions 56/183, 57/238 and 75/202.
            The General Assembly,\\n\\nRecalling the Tunis Agenda,2 See A/60/687. in particular paragraph 72, | EN | Recalling the Tunis Agenda, in particular paragraph 72, | 2 See A/60/687.
            The General Assembly,\\n\\nRecalling the Geneva Declaration of Principles,3 which was adopted in 2003, | EN | Recalling the Geneva Declaration of Principles,3 which was adopted in 2003, | -
            The General Assembly,\\n\\nRecalling the annual progress reports of the OEWG,4A/77/275 and A/78/265. and the report, | EN | Recalling the annual progress reports of the OEWG, and the report, | 4 A/77/275 and A/78/265.
            """)
    void anInlineFootnoteIsReadWhereItSits(String file, String language, String paragraph, String footnote) {
        String text = file.replace("\\n", "\n");
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(text), Language.valueOf(language));
        Paragraph last = s.paragraphs().get(s.paragraphs().size() - 1);
        assertEquals(paragraph, last.text().toString());
        List<String> notes = new ArrayList<>();
        for (Paragraph f : s.footnotes()) {
            notes.add(f.number() + " " + f.text());
            assertEquals(f.text().toString().replace(" ", ""), text.substring(f.span().start(), f.span().end()).replace(" ", ""));
        }
        assertEquals(footnote.equals("-") ? List.of() : List.of(footnote), notes);
    }
}
