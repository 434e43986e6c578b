package org.wsiskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.EventMention;
import org.wsiskg.extract.MandateMention;
import org.wsiskg.text.SourceText;

/** Events and mandates read from the seed texts of the corpus, end to end through {@link DocumentReader}. */
class EventResolverSeedTest {

    private final DocumentReader reader = new DocumentReader();

    private DocumentExtraction read(String file) throws IOException {
        return reader.read(SourceText.read(Path.of("data/corpus/zh", file), "data/corpus/zh/" + file));
    }

    private static String events(DocumentExtraction d, String kind) {
        return d.events().stream().filter(e -> e.kind().equals(kind))
                .map(e -> e.ordinal() + "/" + e.year() + "/" + e.start() + "/" + e.end() + "/"
                        + (e.city() != null ? e.city() : e.country()) + "@" + e.in())
                .collect(Collectors.joining("; "));
    }

    @Test
    void resolution65141() throws IOException {
        DocumentExtraction d = read("000_c9834f3814b4465f.txt");
        assertEquals("4/2009/2009-11-15/2009-11-18/Sharm el-Sheikh@pp21; 1/2006/null/null/Athens@pp22; "
                + "2/2007/null/null/Rio de Janeiro@pp22; 3/2008/null/null/Hyderabad@pp22; "
                + "4/2009/null/null/Sharm el-Sheikh@pp22; 5/2010/null/null/Vilnius@pp22; "
                + "4/2009/2009-11/2009-11/Sharm el-Sheikh@op19", events(d, "igf-meeting"));
        assertEquals("13/2010/2010-05-17/2010-05-21/Geneva@pp12; 14/2011/null/null/null@op18",
                events(d, "cstd-session"));
        List<MandateMention> igf = d.mandates().stream().filter(m -> m.subject().equals("IGF")).toList();
        assertEquals("extend/5/2015/null@op17; review/null/null/2015@op20", igf.stream()
                .map(m -> m.action() + "/" + m.years() + "/" + m.until() + "/" + m.year() + "@" + m.in())
                .collect(Collectors.joining("; ")));
        MandateMention request = d.mandates().stream().filter(m -> m.in().equals("op23")).findFirst().orElseThrow();
        assertEquals(List.of("CSTD", "ECOSOC"), request.channels());
        assertEquals(66, request.session());
        MandateMention item = d.mandates().stream().filter(m -> m.action().equals("agenda-item")).findFirst()
                .orElseThrow();
        assertEquals("信息和通信技术促进发展", item.item());
        assertEquals(66, item.session());
    }

    @Test
    void everySpanQuotesTheFile() throws IOException {
        for (String file : List.of("000_c9834f3814b4465f.txt", "001_59a79828cb7eeaca.txt", "002_4510d16fedc8d16d.txt",
                "003_2d7bc27f85ce4953.txt", "004_c4c1ca5d1415297d.txt")) {
            SourceText source = SourceText.read(Path.of("data/corpus/zh", file), file);
            DocumentExtraction d = reader.read(source);
            for (EventMention e : d.events()) {
                assertEquals(e.text(), source.text().substring(e.span().start(), e.span().end()));
            }
            for (MandateMention m : d.mandates()) {
                assertEquals(m.text(), source.text().substring(m.span().start(), m.span().end()));
            }
        }
    }

    @Test
    void resolution78132LooksForwardToSessionsAndMeetings() throws IOException {
        DocumentExtraction d = read("003_2d7bc27f85ce4953.txt");
        assertEquals("null/2023/null/null/Kyoto@pp43; null/2024/null/null/Saudi Arabia@pp43", events(d, "igf-meeting"));
        assertEquals("26/2023/2023-03-27/2023-03-31/null@pp19; 27/2024/null/null/null@pp19; "
                + "27/2024/null/null/null@op11; 27/2024/null/null/null@op54; 28/2025/null/null/null@op54",
                events(d, "cstd-session"));
        assertEquals("notes-extension/2025@op30", d.mandates().stream().filter(m -> m.subject().equals("IGF"))
                .map(m -> m.action() + "/" + m.until() + "@" + m.in()).collect(Collectors.joining("; ")));
    }

    @Test
    void theWsisPlus10OutcomeExtendsTheMandateTenYearsFromItsSessionsYear() throws IOException {
        DocumentExtraction d = read("004_c4c1ca5d1415297d.txt");
        assertEquals("extend/10/2025@op63", d.mandates().stream().filter(m -> m.subject().equals("IGF"))
                .map(m -> m.action() + "/" + m.years() + "/" + m.until() + "@" + m.in()).collect(Collectors.joining("; ")));
        assertEquals("21/2018/null/null/null@op65", events(d, "cstd-session"));
    }
}
