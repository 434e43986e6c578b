package org.wsiskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which texts are UN texts of ours at all (the rest is NOT_A_UN_TEXT): a phrase table of accepted and rejected texts. */
class UnTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Recalling its resolution 65/141 of 20 December 2010,                                            | true
            ICT Integrally Tied to Sustainable Development, Speakers Say at Second Committee Debate          | true
            The Internet Governance Forum met in Kyoto.                                                     | true
            See A/70/63 for the figures.                                                                    | true
            大会第 65/141 号决议                                                                             | true
            聯合國人權理事會通過決議                                                                          | true
            互联网上人权的促进、保护与享有                                                                    | true
            The Human Rights Council, recalling Council resolutions 20/8 and 26/13,                          | true
            Recalling resolutions 56/183 and 57/238,                                                        | true
            Shopping list: bread, milk, eggs. Call the plumber on Monday.                                   | false
            The district courts were strict about the dictionaries of terms.                                | false
            The district court was strict about the dictionary of terms.                                    | false
            MIT License. Permission is hereby granted, free of charge, to any person obtaining a copy.      | false
            """)
    void unTextOrNot(String text, boolean un) {
        assertEquals(un, UnText.looksLikeOne(text), text);
    }
}
