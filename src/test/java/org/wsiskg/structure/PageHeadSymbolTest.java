package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/**
 * The symbol a PDF prints at the head of its pages is the document's own: a bare symbol line that recurs (both parts
 * of a joint one), or one right after or before a UN job number (the foot of one page, the head of the next). A bare
 * symbol once, with no job number next to it, is text.
 */
class PageHeadSymbolTest {

    private static final String REPORT = "This report describes the progress made in the implementation of the outcomes of the"
            + " World Summit on the Information Society.\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            head after a job number       | 05-48760\\nA/RES/60/1\\n                                   | A/RES/60/1
            head before a job number      | A/RES/60/1\\n05-48760\\n                                   | A/RES/60/1
            joint head that recurs        | E/2020/31-E/CN.16/2020/4\\n{BODY}E/2020/31-E/CN.16/2020/4\\n | E/2020/31 E/CN.16/2020/4
            bare symbol once, no job line | A/RES/60/1\\n                                              | ''
            head with the copy's language | - 4 -\\n(WSIS-II/PC-3/DOC/6-E)\\n                            | WSIS-II/PC-3/DOC/6
            suffixed symbol in a sentence | See WSIS-II/PC-3/DOC/6-E for the text.\\n                  | ''
            document line with language   | Document: WSIS-05/TUNIS/DOC/6(Rev.1)-E\\n                  | WSIS-05/TUNIS/DOC/6(Rev.1)
            """)
    void ownSymbolsOfPageHeads(String name, String furniture, String expected) {
        String text = REPORT + REPORT + furniture.replace("\\n", "\n").replace("{BODY}", REPORT) + REPORT;
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(text), Language.EN);
        List<String> own = s.header().ownSymbols().stream().map(OwnSymbol::symbol).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), own);
    }
}
