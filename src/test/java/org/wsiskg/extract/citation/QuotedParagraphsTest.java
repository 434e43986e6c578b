package org.wsiskg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.text.SourceText;

/** Paragraphs quoted right under their instrument's title: a phrase table ({@code ⏎} is a line break, {@code -} none). */
class QuotedParagraphsTest {

    private static final DocumentReader READER = new DocumentReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ECOSOC and WSIS implementation⏎⏎• Tunis Agenda ( 18 November 2005 )⏎⏎105. We request that ECOSOC oversees the system-wide follow-up. | WSIS-05/TUNIS/DOC/6(Rev.1)#105
            Only NGOs will take part. This is the relevant section from the "Tunis Agenda":⏎⏎  105.     We request that ECOSOC oversees the follow-up. | WSIS-05/TUNIS/DOC/6(Rev.1)#105
            联合国经社理事会的相关条款如下。《信息社会突尼斯议程》：⏎⏎105. 我们请求经社理事会监督全系统的后续行动。                  | WSIS-05/TUNIS/DOC/6(Rev.1)#105
            Tunis Agenda for the Information Society⏎⏎1. We, the representatives of the peoples of the world, assembled in Tunis.    | -
            We recall the Tunis Agenda and its follow-up.⏎⏎2. The Forum met in Athens.                                            | -
            The General Assembly,⏎⏎Recalling the Tunis Agenda⏎⏎2. Decides to extend the mandate of the Forum.                      | -
            """)
    void quotedOrNot(String text, String expected) {
        DocumentExtraction d = READER.read(SourceText.decode("quoted.txt", text.replace("⏎", "\n").getBytes(StandardCharsets.UTF_8)));
        List<String> found = d.references().stream().filter(r -> r.paragraph() != null)
                .map(r -> r.target() + "#" + r.paragraph()).toList();
        assertEquals(expected.equals("-") ? List.of() : List.of(expected.split(" ; ")), found, text);
    }
}
