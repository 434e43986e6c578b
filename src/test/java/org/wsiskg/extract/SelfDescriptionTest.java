package org.wsiskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The symbols a document goes by, and its running head with a page counter glued to it, cite nothing. */
class SelfDescriptionTest {

    private final SelfDescription self = new SelfDescription("A/74/130", "GA", "report", 74, Set.of("A/74/130"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A/74/130       | true  | false
            A/74/1302/74V  | false | true
            A/74/1304/74   | false | true
            A/74/150       | false | false
            A/74/130/Add.1 | false | false
            A/74/13012     | false | false
            """)
    void ownAndPageHead(String target, boolean own, boolean pageHead) {
        assertEquals(own, self.isOwn(target));
        assertEquals(pageHead, self.isOwnPageHead(target));
    }
}
