package org.wsiskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.Reference;
import org.wsiskg.text.SourceText;

/**
 * The acting body named by the header reaches the citation extractors: in a Human Rights Council
 * resolution, a number cited with no body named is the council's, in the body and in footnotes;
 * a number after 大会 stays the General Assembly's.
 */
class ActingBodyReadingTest {

    private static final String TEXT = """
            人权理事会

            第三十二届会议

            32/13. 互联网上人权的促进、保护和享有

            人权理事会，

            回顾其关于见解和表达自由的第 12/16 号决议，又回顾大会第 70/125 号决议，

            还回顾理事会第 20/8 号决议，1

            1. 决定继续审议这一问题。

            1 见第 26/13 号决议。
            """;

    @Test
    void aBareNumberIsTheCouncilsAndANamedBodyStillDecides() {
        DocumentExtraction read = new DocumentReader().read(SourceText.decode("hrc.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        List<String> cited = read.references().stream().filter(r -> r.kind().equals("resolution")).map(Reference::target).toList();
        assertEquals(List.of("A/HRC/RES/12/16", "A/RES/70/125", "A/HRC/RES/20/8", "A/HRC/RES/26/13"), cited);
    }
}
