package org.wsiskg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsiskg.extract.CitingText;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.structure.Paragraph;

/**
 * The table {@code acting-body.tsv}: the resolution extractors of both languages in a text whose
 * header names an acting body ({@code -}: none). Chinese phrases go to the Chinese extractor.
 */
class ActingBodyTest {

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = ActingBodyTest.class.getResourceAsStream("/citation/acting-body.tsv")) {
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalStateException("acting-body.tsv: a row needs a body, a phrase and its expectation: " + line);
                }
                rows.add(Arguments.of(cols[0], cols[1], cols[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("rows")
    void aNumberWithNoBodyNamedIsTheActingBodys(String acting, String phrase, String expected) {
        boolean chinese = phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        ReferenceExtractor extractor = chinese ? new ResolutionExtractor() : new EnglishResolutionExtractor();
        CitingText citing = acting.equals("-") ? CitingText.UNKNOWN : new CitingText(acting);
        List<String> found = new ArrayList<>();
        for (Paragraph p : PhraseTable.paragraphs(phrase)) {
            for (ReferenceMatch m : extractor.find(p, citing)) {
                found.add(m.target());
            }
        }
        assertEquals(expected, found.isEmpty() ? "-" : String.join(" ; ", found), phrase);
    }
}
