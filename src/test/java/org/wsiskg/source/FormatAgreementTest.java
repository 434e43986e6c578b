package org.wsiskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.Reference;
import org.wsiskg.rdf.GraphBuilder;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.store.CorpusBuild;
import org.wsiskg.text.Corpus;
import org.wsiskg.text.SourceText;

/**
 * One resolution read from a converted text, a PDF, a Word file (.docx and the old .doc) and a web page gives one and the
 * same document: the same citations (targets, paragraphs, functions, footnote carriers), every
 * span quoting the text its reader extracted, a PDF quote naming its page. In English and in
 * Chinese (the Chinese PDF is set in a CJK font, which .ci/run installs).
 */
class FormatAgreementTest {

    private static final List<String> FORMATS = List.of("txt", "pdf", "docx", "doc", "html");

    @Test
    void englishReadFromEveryFormatGivesTheSameCitations(@TempDir Path dir) throws IOException {
        agree(SyntheticResolution.english(), dir);
    }

    @Test
    void chineseReadFromEveryFormatGivesTheSameCitations(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(FixtureFiles.CJK_FONT), "the CJK font (fonts-wqy-microhei) is installed");
        agree(SyntheticResolution.chinese(), dir);
    }

    private static void agree(SyntheticResolution r, Path dir) throws IOException {
        write(r, dir);
        CorpusBuild build = new CorpusBuild(new DocumentReader(), new GraphBuilder(IriScheme.standard()), line -> { });
        List<DocumentExtraction> docs = build.extract(Corpus.files(dir));
        assertEquals(FORMATS.size(), docs.size(), build.summary().line() + " " + build.summary().warningLines());
        Map<String, Set<String>> citations = new TreeMap<>();
        for (DocumentExtraction d : docs) {
            assertEquals(r.symbol(), d.symbol(), d.source());
            assertEquals(r.language(), d.language(), d.source());
            Set<String> of = new TreeSet<>();
            for (Reference ref : d.references()) {
                of.add(ref.target() + " para " + ref.paragraph() + " in " + ref.in() + " as " + ref.function());
            }
            citations.put(FormatSniffer.extension(d.source()), of);
        }
        Set<String> fromText = citations.get("txt");
        assertTrue(fromText.size() >= 10, "the text gives the citations: " + fromText);
        for (String format : FORMATS) {
            assertEquals(fromText, citations.get(format), format + " against txt");
        }
        assertEquals(0, build.summary().errors(), build.summary().errorLines().toString());
    }

    @Test
    void everySpanQuotesTheTextItsReaderExtracted(@TempDir Path dir) throws IOException {
        SyntheticResolution r = SyntheticResolution.english();
        write(r, dir);
        SourceReader sources = new SourceReader();
        DocumentReader reader = new DocumentReader();
        for (Path f : Corpus.files(dir)) {
            SourceText text = sources.read(f, f.toString()).text();
            DocumentExtraction d = reader.read(text);
            assertFalse(d.references().isEmpty(), f.toString());
            for (Reference ref : d.references()) {
                assertEquals(ref.text(), text.text().substring(ref.span().start(), ref.span().end()), f + " " + ref);
            }
            d.paragraphs().forEach(p -> assertTrue(p.span().end() <= text.text().length(), f + " " + p.id()));
            assertEquals(text.text(), sources.read(f, f.toString()).text().text(), "read again, byte for byte the same");
        }
    }

    @Test
    void aPdfQuoteNamesItsPage(@TempDir Path dir) throws IOException {
        SyntheticResolution r = SyntheticResolution.english();
        SourceText text = new SourceReader().read(FixtureFiles.pdf(r, dir.resolve("r.pdf")), "r.pdf").text();
        assertEquals("pdf", text.origin().format());
        assertEquals(2, text.origin().pageStarts().size());
        DocumentExtraction d = new DocumentReader().read(text);
        Map<String, Integer> pageOf = new TreeMap<>();
        for (Reference ref : d.references()) {
            pageOf.put(ref.target(), text.origin().pageAt(ref.span().start()));
        }
        assertEquals(1, pageOf.get("A/RES/56/183"), pageOf.toString());
        assertEquals(2, pageOf.get("A/RES/60/252"), pageOf.toString());
    }

    private static void write(SyntheticResolution r, Path dir) throws IOException {
        FixtureFiles.text(r, dir.resolve("resolution.txt"));
        FixtureFiles.pdf(r, dir.resolve("resolution.pdf"));
        FixtureFiles.docx(r, dir.resolve("resolution.docx"));
        FixtureFiles.doc(r, dir.resolve("resolution.doc"));
        FixtureFiles.html(r, dir.resolve("resolution.html"));
    }
}
