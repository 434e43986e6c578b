package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.Reference;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;
import org.wsiskg.text.SourceText;

/**
 * An English PDF copy with its page furniture repeated mid-text (the running symbol, page counters, job numbers of every shape)
 * and words hyphenated at line ends: the furniture is boilerplate and never a citation, the words are made whole, and the
 * sentence a page break interrupts reads on.
 */
class EnglishPdfCopyTest {

    private static final String TEXT = String.join("\n",
            "The General Assembly,",
            "",
            "Recalling its resolutions 56/183 of 21 December 2001 and 57/238 of 20 December 2002 on the World Summit on the Infor-",
            "mation Society,",
            "",
            "Reaffirming the outcome documents of the Summit and the importance of multi-",
            "GE.11-12345",
            "3/7",
            "A/RES/65/141",
            "stakeholder cooperation,",
            "",
            "1. Decides to extend the mandate of the Internet Governance Forum for a further five years;",
            "10-52345 (E)",
            "- 4 -",
            "A/RES/65/141",
            "K0952728",
            "2. Requests the Secretary-General to report on the implementation of the present resolution.",
            "");

    @Test
    void furnitureIsBoilerplateAndHyphenatedWordsAreWhole() {
        DocumentStructure s = new StructureParser().parse(new Normalizer().normalize(TEXT), Language.EN);
        List<String> texts = s.paragraphs().stream().map(p -> p.text().toString()).toList();
        assertTrue(texts.contains("Recalling its resolutions 56/183 of 21 December 2001 and 57/238 of 20 December 2002 on the World"
                + " Summit on the Information Society,"), texts.toString());
        assertTrue(texts.contains("Reaffirming the outcome documents of the Summit and the importance of multistakeholder cooperation,"),
                texts.toString());
        Set<String> reasons = new TreeSet<>();
        s.boilerplate().forEach(b -> reasons.add(b.reason().label() + " " + TEXT.substring(b.span().start(), b.span().end()).strip()));
        assertEquals(Set.of("job number GE.11-12345", "job number 10-52345 (E)", "job number K0952728", "page counter 3/7",
                "page counter - 4 -", "running header A/RES/65/141"), reasons);
    }

    @Test
    void noJobNumberOrRunningHeadIsACitation() {
        DocumentExtraction d = new DocumentReader().read(SourceText.decode("copy.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        Set<String> targets = new TreeSet<>();
        for (Reference r : d.references()) {
            targets.add(r.target());
        }
        assertEquals(Set.of("A/RES/56/183", "A/RES/57/238"), targets);
    }
}
