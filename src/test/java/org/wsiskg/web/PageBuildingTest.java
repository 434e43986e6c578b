package org.wsiskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small pieces pages are made of: escaping, content negotiation, marking citations in text. */
class PageBuildingTest {

    @Test
    void textAndAttributesAreEscaped() {
        String html = new Html().open("a", "href", "/x?a=1&b=\"2\"", "title", null).text("<b>'R&D'</b>").finish();
        assertEquals("<a href=\"/x?a=1&amp;b=&quot;2&quot;\">&lt;b&gt;&#39;R&amp;D&#39;&lt;/b&gt;</a>", html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8 | text/html",
        "text/turtle                                                     | text/turtle",
        "*/*                                                             | text/html",
        "application/*                                                   | application/ld+json",
        "text/turtle;q=0.4, application/n-triples;q=0.8                  | application/n-triples",
        "application/rdf+xml, text/turtle;q=0                            | application/rdf+xml",
        "image/png                                                       | none",
        "text/turtle;q=oops, application/ld+json;q=0.1                   | application/ld+json",
    })
    void acceptHeadersChooseTheBestOffer(String header, String expected) {
        List<String> offers = List.of("text/html", "text/turtle", "application/ld+json", "application/n-triples",
                "application/rdf+xml");
        int i = AcceptHeader.choose(header, offers);
        assertEquals(expected, i < 0 ? "none" : offers.get(i));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/doc/A/RES/217_A_(III)          | https://w3id.org/wsis-kg/doc/A/RES/217_A_(III)",
        "/doc/A/RES/217_A_%28III%29      | https://w3id.org/wsis-kg/doc/A/RES/217_A_(III)",
        "/doc/unnumbered/a%2fb           | https://w3id.org/wsis-kg/doc/unnumbered/a%2Fb",
        "/doc/%E4%BF%A1                  | https://w3id.org/wsis-kg/doc/%E4%BF%A1",
        "/doc/100%                       | https://w3id.org/wsis-kg/doc/100%",
    })
    void requestPathsComeToTheIrisSpelling(String path, String iri) {
        Links links = new Links(org.wsiskg.rdf.IriScheme.standard(), org.apache.jena.shared.PrefixMapping.Standard);
        assertEquals(iri, links.iriOfPath(path));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://w3id.org/wsis-kg/doc/A/RES/57/270_B                         | A/RES/57/270 B",
        "https://w3id.org/wsis-kg/doc/A/RES/65/141/para/pp3                  | A/RES/65/141 ¶ pp3",
        "https://w3id.org/wsis-kg/doc/E/CN.16/2018/CRP.3/citation/10-20      | E/CN.16/2018/CRP.3 citation 10-20",
        "https://w3id.org/wsis-kg/doc/unnumbered/zh/002_ab/para/18             | draft 002_ab ¶ 18",
        "https://w3id.org/wsis-kg/doc/unnumbered/zh/002_ab/event/40-46         | draft 002_ab event 40-46",
        "https://w3id.org/wsis-kg/doc/unnumbered/zh/002_ab                     | draft 002_ab",
        "https://w3id.org/wsis-kg/body/GA                                    | body/GA",
        "https://w3id.org/wsis-kg/ontology#Recalls                           | https://w3id.org/wsis-kg/ontology#Recalls",
        "https://undocs.org/A/RES/65/141                                     | https://undocs.org/A/RES/65/141",
    })
    void resourcesHaveShortNames(String iri, String name) {
        Links links = new Links(org.wsiskg.rdf.IriScheme.standard(), org.apache.jena.shared.PrefixMapping.Standard);
        assertEquals(name, links.shortName(iri));
    }

    @Test
    void quotesAreFoundAcrossJoinedLinesInCitationOrder() {
        String text = "回顾第 63/202号和第 64/187 号决议，又回顾第 63/202 号决议";
        List<CitationMarks.Mark> marks = CitationMarks.find(text, List.of("第 63/202\n\n号", "第 64/187 号", "第 63/202 号"));
        assertEquals(3, marks.size());
        assertEquals("第 63/202号", text.substring(marks.get(0).start(), marks.get(0).end()));
        assertEquals(List.of(0, 1, 2), marks.stream().map(CitationMarks.Mark::index).toList());
        assertEquals(text.lastIndexOf("第 63/202 号"), marks.get(2).start());
    }

    @Test
    void aQuoteThatIsNotInTheTextGetsNoMark() {
        assertEquals(List.of(), CitationMarks.find("回顾以往关于这一议题的各项决议,", List.of("65/141")));
    }

    @Test
    void theSentenceAroundAQuoteEndsAtChinesePunctuation() {
        String text = "注意到报告。欢迎第 2010/2 号决议；请秘书长";
        int start = text.indexOf("第");
        int[] s = CitationMarks.sentence(text, start, start + 3);
        assertEquals("欢迎第 2010/2 号决议；", text.substring(s[0], s[1]));
        assertEquals(Arrays.toString(new int[] {0, 6}), Arrays.toString(CitationMarks.sentence(text, 0, 2)));
    }
}
