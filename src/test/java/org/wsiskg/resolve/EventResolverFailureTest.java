package org.wsiskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsiskg.extract.Issue;
import org.wsiskg.extract.event.EventContext;
import org.wsiskg.extract.event.EventExtractor;
import org.wsiskg.extract.event.EventExtractors;
import org.wsiskg.extract.event.EventMatch;
import org.wsiskg.extract.event.Gazetteer;
import org.wsiskg.extract.event.IgfMeetingExtractor;
import org.wsiskg.structure.DocumentStructure;
import org.wsiskg.structure.StructureParser;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/** An extractor that fails on one paragraph costs only its own matches there, and says so. */
class EventResolverFailureTest {

    /** Fails on every paragraph that mentions 失败, the way a regex may overflow the stack on one input. */
    static final class PoisonedExtractor implements EventExtractor {
        @Override
        public List<EventMatch> find(String text, EventContext context) {
            if (text.contains("失败")) {
                throw new IndexOutOfBoundsException("region out of bounds");
            }
            return List.of();
        }
    }

    static final class OverflowingExtractor implements EventExtractor {
        @Override
        public List<EventMatch> find(String text, EventContext context) {
            throw new StackOverflowError();
        }
    }

    private static DocumentStructure parse(String text) {
        return new StructureParser().parse(new Normalizer().normalize(text), Language.ZH);
    }

    @Test
    void aFailingExtractorBecomesAnIssueAndTheRestGoesOn() {
        Gazetteer gazetteer = Gazetteer.standard();
        EventExtractors extractors = new EventExtractors(
                List.of(new PoisonedExtractor(), new IgfMeetingExtractor(gazetteer)), List.of(),
                EventExtractors.NONE.bodies());
        String text = "大会，\n\n1. 回顾 2009 年 11 月 15 日至 18 日在埃及沙姆沙伊赫举行的因特网治理论坛第四次会议，失败；\n\n"
                + "2. 欢迎 2019 年 11 月 25 日至 29 日在柏林举行的互联网治理论坛第十四次会议；\n";
        EventResolver.Reading r = new EventResolver(Language.ZH, extractors).read(parse(text), 2020);
        assertEquals(List.of(2009, 2019), r.events().stream().map(e -> e.year()).toList());
        List<Issue> failed = r.issues().stream().filter(i -> i.code().equals("EXTRACTOR_FAILED")).toList();
        assertEquals(1, failed.size());
        Issue issue = failed.get(0);
        assertEquals(Issue.Level.ERROR, issue.level());
        assertTrue(issue.message().contains("PoisonedExtractor"), issue.message());
        assertTrue(issue.message().contains("region out of bounds"), issue.message());
        assertTrue(text.substring(issue.span().start(), issue.span().end()).contains("失败"));
    }

    @Test
    void aStackOverflowIsCaughtToo() {
        EventExtractors extractors = new EventExtractors(List.of(new OverflowingExtractor()), List.of(),
                EventExtractors.NONE.bodies());
        EventResolver.Reading r = new EventResolver(Language.ZH, extractors)
                .read(parse("大会，\n\n1. 回顾因特网治理论坛第四次会议；\n\n2. 欢迎论坛；\n"), 2020);
        assertEquals(2, r.issues().stream().filter(i -> i.code().equals("EXTRACTOR_FAILED")).count());
        assertTrue(r.issues().get(0).message().contains("OverflowingExtractor: StackOverflowError")
                || r.issues().get(0).message().contains("StackOverflowError"));
    }

    @Test
    void aTextInALanguageWithNoExtractorsGetsNoEvents() {
        EventResolver.Reading r = new EventResolver(Language.EN, EventExtractors.NONE)
                .read(parse("大会，\n\n1. 回顾因特网治理论坛第四次会议；\n"), 2020);
        assertEquals(List.of(), r.events());
    }
}
