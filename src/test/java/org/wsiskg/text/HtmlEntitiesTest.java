package org.wsiskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Character references of web copies, decoded by the normaliser, each decoded character quoting its whole reference. */
class HtmlEntitiesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            A/65/64&#8211;E/2010/12       | A/65/64-E/2010/12        | &#8211;
            A/65/64&#x2013;E/2010/12      | A/65/64-E/2010/12        | &#x2013;
            resolution&nbsp;65/141        | resolution 65/141        | &nbsp;
            UNCTAD &amp; ITU              | UNCTAD & ITU             | &amp;
            &ldquo;WSIS+10&rdquo;         | “WSIS+10”                | &ldquo;
            第&#160;65/141&#160;号决议     | 第 65/141 号决议          | &#160;
            &amp;nbsp;                    | &nbsp;                   | &amp;
            R&D; & &unknown; &#; &#xZZ; &  | R&D; & &unknown; &#; &#xZZ; & |
            &#0; &#99999999;              | &#0; &#99999999;         |
            """)
    void decodesKnownReferencesAndLeavesTheRest(String file, String normalized, String firstReference) {
        AnchoredText t = new Normalizer().normalize(file);
        assertEquals(normalized, t.toString());
        if (firstReference != null) {
            int at = file.indexOf(firstReference);
            int i = 0;
            while (t.originalStart(i) < at) {
                i++;
            }
            assertEquals(firstReference, t.quote(i, i + 1));
        }
    }
}
