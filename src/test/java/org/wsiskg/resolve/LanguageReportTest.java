package org.wsiskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.Issue;
import org.wsiskg.extract.Reference;
import org.wsiskg.text.SourceText;

/** A text is read in the language of its prose; a text in a language wsis-kg has no tables for is reported, not guessed. */
class LanguageReportTest {

    private static DocumentExtraction read(String fixture) throws IOException {
        Path file = Path.of("src/test/resources/structure/en", fixture);
        return new DocumentReader().read(SourceText.decode(fixture, Files.readAllBytes(file)));
    }

    @Test
    void aFrenchTextIsReportedAndNothingIsReadFromIt() throws IOException {
        DocumentExtraction d = read("french-resolution.txt");
        assertEquals("und", d.language());
        assertEquals(List.of(), d.references());
        assertEquals(null, d.symbol());
        List<Issue> unsupported = d.issues().stream().filter(i -> i.code().equals("UNSUPPORTED_LANGUAGE")).toList();
        assertEquals(1, unsupported.size(), d.issues().toString());
        assertTrue(unsupported.get(0).message().contains("French"), unsupported.get(0).message());
        assertFalse(d.paragraphs().isEmpty(), "its paragraphs are still listed");
    }

    @Test
    void aChinesePageQuotingEnglishIsReadAsChinese() throws IOException {
        DocumentExtraction d = read("chinese-page-quoting-english.txt");
        assertEquals("zh", d.language());
        assertTrue(d.issues().stream().noneMatch(i -> i.code().equals("UNSUPPORTED_LANGUAGE")), d.issues().toString());
        List<String> targets = d.references().stream().map(Reference::target).distinct().toList();
        assertTrue(targets.containsAll(List.of("A/RES/56/183", "A/RES/60/252", "A/65/64", "E/2010/12")), targets.toString());
    }
}
