package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lines that print a document's own symbol, in any language, and the lines that do not. */
class SymbolLinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A/RES/55/185                                        | A/RES/55/185
            A/HRC/32/L.20                                       | A/HRC/32/L.20
            United Nations                    A/RES/65/141      | A/RES/65/141
            United Nations A/65/64-E/2010/12                    | A/65/64 E/2010/12
            A/65/64 E/2010/12                                   | A/65/64 E/2010/12
            General Assembly Distr.: Limited                    | ''
            Document WSIS-II/PC-3/DT/10                         | WSIS-II/PC-3/DT/10
            Document: WSIS-05/TUNIS/DOC/7-C                     | WSIS-05/TUNIS/DOC/7
            WSIS-05/TUNIS/DOC/6(Rev.1)-E                        | WSIS-05/TUNIS/DOC/6(Rev.1)
            ECOSOC/6218                                         | ECOSOC/6218
            E/CN.16/2010/3                                      | E/CN.16/2010/3
            联合国 A/RES/78/132                                  | A/RES/78/132
            See A/65/64.                                        | ''
            [on the report of the Second Committee (A/65/433)]  | ''
            TCP/IP                                              | ''
            E/2                                                 | ''
            https://undocs.org/A/65/64                          | ''
            PP-14/20(Add.1)-E                                   | ''
            WCIT-12/4                                           | ''
            GA/10451                                            | GA/10451
            E/2005/31E/CN.16/2005/5                             | E/2005/31 E/CN.16/2005/5
            Download A/Res/60/1                                 | A/RES/60/1
            Download PDF: A/RES/70/125                          | A/RES/70/125
            Download the report A/70/63                         | ''
            K0952728                                            | ''
            """)
    void readsSymbolLines(String line, String expected) {
        List<String> symbols = SymbolLines.symbolLine(line).stream().map(SymbolLines.Found::symbol).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), symbols, line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Home > Documents > General Assembly Economic and Social Council 23 February 2015 · A/70/63–E/2015/10 3 Introduction | A/70/63 E/2015/10
            United Nations Economic and Social Council Distr.: General 12 May 2010 E/CN.16/2010/3 Original: English                | E/CN.16/2010/3
            The General Assembly, in its resolution A/RES/70/125 of 16 December 2015                                            | ''
            the Economic and Social Council (E/2015/10)                                                                          | ''
            General Assembly Economic and Social Council A/70/63                                                                 | ''
            Report on the nineteenth session Economic and Social Council Official Records, 2016 Supplement No. 11 E/2016/31 - E/CN.16/2016/4 United Nations | E/2016/31 E/CN.16/2016/4
            the report in Supplement No. 11 of the Official Records                                                              | ''
            * A/72/50. ** E/2017/100. United Nations A/72/64-E/2017/12 General Assembly Economic and Social Council Distr.: General 27 February 2017 | A/72/64 E/2017/12
            Total Page:16 United Nations A/HRC/47/L.22 General Assembly Distr.: Limited 7 July 2021 Original: English            | A/HRC/47/L.22
            the United Nations A/72/64 report to the General Assembly                                                            | ''
            Document WSIS-05/TUNIS/DOC/9(Rev.1)-E 15 February 2006 Original: English WSIS Executive Secretariat ^ Report of the Tunis phase | WSIS-05/TUNIS/DOC/9(Rev.1)
            the Document WSIS-05/TUNIS/DOC/9(Rev.1) of the Summit                                                                 | ''
            E/CN.3/2014/8 United Nations Economic and Social Council Distr.: General 9 December 2013 Original: English Statistical | E/CN.3/2014/8
            About document: Report of the UN Secretary General · No: A/74/821 · Distr.: General · 29 May 2020 · UN GA Agenda item 14 | A/74/821
            the report (No. 5) was distributed                                                                                   | ''
            Distr. RESTRICTED LC/R.2144 19 February 2008 ENGLISH ORIGINAL: SPANISH SAN SALVADOR COMMITMENT                      | LC/R.2144
            Distr. RESTRICTED E/CN.16/2007/CRP.2* 16 May 2007 ENGLISH ONLY Commission on Science and Technology                  | E/CN.16/2007/CRP.2
            17-00008 Distr. LIMITED E/ESCWA/TDD/2017/IG.1/4(Part I) 6 January 2017 ORIGINAL: ENGLISH Economic and Social      | E/ESCWA/TDD/2017/IG.1/4_(Part_I)
            E/CN.16/2011/CRP.1 Distr.: Restricted 8 April 2011 English only Commission on Science and Technology for Development | E/CN.16/2011/CRP.1
            see E/CN.16/2011/CRP.1 Distr.: Restricted for the list                                                               | ''
            """)
    void readsMastheadsFlattenedIntoALine(String line, String expected) {
        List<String> symbols = SymbolLines.flatMasthead(line).stream().map(SymbolLines.Found::symbol).toList();
        // Symbols are separated by spaces; an underscore stands for a space inside one (4_(Part_I)).
        List<String> expectedSymbols = expected.isEmpty() ? List.of()
                : java.util.Arrays.stream(expected.split(" ")).map(e -> e.replace('_', ' ')).toList();
        assertEquals(expectedSymbols, symbols, line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Information and communications technologies for development (A/RES/67/195) | Information and communications technologies for development | A/RES/67/195
            World Summit on the Information Society (A/RES/56/183)                       | World Summit on the Information Society                       | A/RES/56/183
            Report of the Working Group (A/66/67-E/2011/79)                              | Report of the Working Group                                   | A/66/67 E/2011/79
            Resolution on the Promotion of Human Rights on the Internet. A/HRC/32/L.20  | Resolution on the Promotion of Human Rights on the Internet  | A/HRC/32/L.20
            World Summit on the Information Society – A/RES/56/183                       | World Summit on the Information Society                       | A/RES/56/183
            GENERAL ASSEMBLY RESOLUTION A/RES/67/195. Information and communications    | Information and communications                                | A/RES/67/195
            General Assembly resolution A/RES/70/125: Outcome document of the meeting   | Outcome document of the meeting                               | A/RES/70/125
            """)
    void readsPageTitles(String line, String title, String symbols) {
        SymbolLines.Titled t = SymbolLines.pageTitle(line);
        assertEquals(title, t.title());
        assertEquals(List.of(symbols.split(" ")), t.symbols().stream().map(SymbolLines.Found::symbol).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Internet Governance Forum (IGF)
            Meeting of 2010 (see below)
            The Assembly recalled its resolution A/RES/70/1
            Recalling resolution A/RES/70/1. Welcoming the report
            """)
    void rejectsTitlesWithoutASymbol(String line) {
        assertEquals(null, SymbolLines.pageTitle(line));
    }
}
