package org.wsiskg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/** A mailing-list message that quotes another: the quote marks are boilerplate, and the quoted lines are paragraphs again. */
class MailQuotesTest {

    private static final String MESSAGE = "Subject: Fw: First consultations on the IGF\n\n"
            + "> First Consultations on Establishment of Internet Governance Forum\n>\n"
            + "> At the second phase of WSIS in Tunis, the Tunis Agenda for the\n"
            + "> Information Society called for the establishment of an Internet\n"
            + "> Governance Forum (IGF) in paragraphs 72 - 79. The first meeting of the\n"
            + "> IGF will take place in Greece in 2006.\n";

    private static DocumentStructure parse(String text) {
        return new StructureParser().parse(new Normalizer().normalize(text), Language.EN);
    }

    @Test
    void quotedLinesOfOneParagraphAreOneParagraph() {
        DocumentStructure s = parse(MESSAGE);
        List<String> texts = s.paragraphs().stream().map(p -> p.text().toString()).toList();
        assertTrue(texts.contains("At the second phase of WSIS in Tunis, the Tunis Agenda for the Information Society called for the"
                + " establishment of an Internet Governance Forum (IGF) in paragraphs 72 - 79. The first meeting of the IGF will take"
                + " place in Greece in 2006."), texts.toString());
        assertEquals(6, s.boilerplate().stream().filter(b -> b.reason() == Boilerplate.Reason.MAIL_QUOTE_MARK).count());
        assertTrue(s.coverage() >= 0.99, "coverage " + s.coverage());
    }

    @Test
    void aLoneLineOpeningWithTheMarkIsText() {
        DocumentStructure s = parse("Home\n\n> Documents\n\nThe report describes the progress made in the implementation.\n");
        assertEquals(0, s.boilerplate().stream().filter(b -> b.reason() == Boilerplate.Reason.MAIL_QUOTE_MARK).count());
    }
}
