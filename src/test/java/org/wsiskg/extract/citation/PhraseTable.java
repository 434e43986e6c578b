package org.wsiskg.extract.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.structure.StructureParser;
import org.wsiskg.text.Normalizer;

/**
 * Phrase tables under {@code src/test/resources/citation/}: one real phrase per line, a tab, then
 * what the extractor must find in it, in text order, separated by {@code  ; } ({@code -}: nothing).
 * A paragraph reference is written {@code target#number}. In a phrase, {@code ⏎} stands for a
 * line break of the PDF text. Phrases go through the normaliser and the structure parser, as
 * the texts do, so full-width digits, dashes and broken lines are read as in a real file.
 */
final class PhraseTable {

    private PhraseTable() {
    }

    static Stream<Arguments> rows(String name) {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = PhraseTable.class.getResourceAsStream("/citation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing phrase table " + name);
            }
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException(name + ": a row needs a phrase and its expectation: " + line);
                }
                rows.add(Arguments.of(cols[0], cols[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.stream();
    }

    /** What {@code extractor} finds in the phrase, written as in the tables. */
    static String found(ReferenceExtractor extractor, String phrase) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : paragraphs(phrase)) {
            List<ReferenceMatch> matches = new ArrayList<>(extractor.find(p));
            matches.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
            for (ReferenceMatch m : matches) {
                String target = m.target() == null ? "?" + m.title() : m.target();
                out.add(m.paragraph() == null ? target : target + "#" + m.paragraph());
            }
        }
        return out.isEmpty() ? "-" : String.join(" ; ", out);
    }

    static List<Paragraph> paragraphs(String phrase) {
        String text = phrase.replace("⏎", "\n");
        var structure = new StructureParser().parse(new Normalizer().normalize(text));
        List<Paragraph> all = new ArrayList<>(structure.paragraphs());
        all.addAll(structure.footnotes());
        return all;
    }
}
