package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/**
 * Header forms of web copies, read through the whole structure reader: the adoption footer printed above the title
 * (a date alone next to the plenary meeting line), a symbol line whose masthead words stand on the line next to it, a
 * masthead flattened into a page's title line, and a Chinese editor's note introducing the text by its title. Each
 * with a near miss that must not be read so.
 */
class ShortHeaderFormsTest {

    private static final String PREAMBLE = "The Economic and Social Council,\n\nHaving considered the report of the"
            + " Secretary-General on science and technology for development,\n\n1. Invites the Commission to consider it.\n";
    private static final String REPORT = "This report describes the progress made in the implementation of the outcomes of"
            + " the World Summit on the Information Society.\n";
    private static final String ZH_BODY = "人权理事会,\n遵循《联合国宪章》,\n回顾大会2015年12月16日第70/125号决议,\n1. 申明人们在线下享有的权利在线上也必须受到保护。\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date above the meeting line  | 8 July 1987\\n\\n36th plenary meeting\\n\\nReview of the medium-term plans\\n\\n | 1987-07-08 | 36
            date below the meeting line  | 36th plenary meeting\\n8 July 1987\\n\\nReview of the medium-term plans\\n\\n     | 1987-07-08 | 36
            date far from the meeting    | 8 July 1987\\n\\nReview\\n\\nOf plans\\n\\n36th plenary meeting\\n\\n              | ''         | 36
            a date and no meeting line   | 8 July 1987\\n\\nReview of the medium-term plans\\n\\n                           | ''         | ''
            """)
    void readsTheAdoptionFooterPrintedAboveTheTitle(String name, String header, String adopted, String plenary) {
        DocumentStructure s = parse(header.replace("\\n", "\n") + PREAMBLE, Language.EN);
        assertEquals(adopted, s.header().adopted() == null ? "" : s.header().adopted().toString(), name);
        assertEquals(plenary, s.header().plenaryMeeting() == null ? "" : s.header().plenaryMeeting().toString(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            undotted number above the acting body    | RES/26/13 The promotion of human rights\\nSession: 26th\\n26/13 The promotion of human rights\\nThe Human Rights Council,\\n | 26/13
            undotted number not right above the body | 26/13 The promotion of human rights\\nSession: 26th\\nThe Human Rights Council,\\n              | ''
            after the adoption line                  | Resolution adopted by the Human Rights Council\\n26/13 The promotion of human rights\\nThe Human Rights Council,\\n | 26/13
            undotted numbers of a list, no body      | 26/13 The promotion of human rights\\n\\n2009/7 Assessment of the progress made\\n\\n                       | ''
            """)
    void readsAnOwnNumberWithoutItsDotRightAboveTheActingBody(String name, String header, String expected) {
        String text = header.replace("\\n", "\n") + "Guided by the Charter of the United Nations,\n\n1. Affirms that the same rights apply online.\n";
        DocumentStructure s = parse(text, Language.EN);
        assertEquals(expected, s.header().ownNumber() == null ? "" : s.header().ownNumber(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            glued joint symbol over the masthead words | E/2005/31E/CN.16/2005/5\\n\\nUnited Nations\\n                                  | E/2005/31 E/CN.16/2005/5
            masthead words above the symbol line      | Economic and Social Council\\nE/2005/31\\n                                      | E/2005/31
            a symbol line with no masthead near it    | E/2005/31\\n\\nCommission on Science and Technology\\n                      | ''
            Summit page head without slashes          | the text goes on WSIS-05TUNISDOC6Rev. 1-E c Meet periodically, as required.\\n | WSIS-05/TUNIS/DOC/6(Rev.1)
            Summit head without slashes, no revision  | WSIS-03GENEVADOC4-E\\n                                                     | WSIS-03/GENEVA/DOC/4
            Summit symbol without a language suffix   | see WSIS-05TUNISDOC6 for the agenda.\\n                                    | ''
            masthead flattened into a title line      | Home > Documents > General Assembly 23 February 2015 · A/70/63–E/2015/10 Introduction\\n | A/70/63 E/2015/10
            """)
    void readsTheMastheadOfACopiedFirstPage(String name, String furniture, String expected) {
        DocumentStructure s = parse(REPORT + REPORT + furniture.replace("\\n", "\n") + REPORT, Language.EN);
        List<String> own = s.header().ownSymbols().stream().map(OwnSymbol::symbol).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), own, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            title then symbol after a full stop | Resolution on the Promotion of Human Rights on the Internet. A/HRC/32/L.20 | A/HRC/32/L.20
            body, resolution, symbol, title     | GENERAL ASSEMBLY RESOLUTION A/RES/67/195. Information and communications    | A/RES/67/195
            a sentence ending in a citation     | The Council adopted the text without a vote, as set out in A/HRC/32/L.20.  | ''
            """)
    void readsAPageTitleLineWithItsSymbol(String name, String title, String expected) {
        DocumentStructure s = parse(title + "\n\n" + REPORT + REPORT, Language.EN);
        List<String> own = s.header().ownSymbols().stream().map(OwnSymbol::symbol).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), own, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            editor's note by the title   | 《互联网上人权的促进、保护与享有》系联合国人权理事会于2016年7月1日通过的一项决议, A/HRC/32/L.20。 | A/HRC/32/L.20 | 2016-07-01
            a note with no symbol        | 《互联网上人权的促进、保护与享有》系联合国人权理事会于2016年7月1日通过的一项决议。               | ''            | ''
            a note naming another text   | 本决议回顾大会于2015年12月16日通过的第70/125号决议, A/RES/70/125。                               | ''            | ''
            """)
    void readsAnEditorsNoteThatIntroducesTheText(String name, String note, String symbol, String adopted) {
        DocumentStructure s = parse("互联网上人权的促进、保护与享有\n编者按\n" + note + "\n互联网上人权的促进、保护与享有\n" + ZH_BODY, Language.ZH);
        List<String> own = s.header().ownSymbols().stream().map(OwnSymbol::symbol).toList();
        assertEquals(symbol.isEmpty() ? List.of() : List.of(symbol), own, name);
        assertEquals(adopted, s.header().adopted() == null ? "" : s.header().adopted().toString(), name);
    }

    private static DocumentStructure parse(String text, Language language) {
        return new StructureParser().parse(new Normalizer().normalize(text), language);
    }
}
