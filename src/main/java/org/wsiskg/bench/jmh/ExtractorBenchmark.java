package org.wsiskg.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.citation.InstrumentTable;
import org.wsiskg.extract.event.EventContext;
import org.wsiskg.extract.event.EventExtractor;
import org.wsiskg.extract.event.EventExtractors;
import org.wsiskg.extract.event.Gazetteer;
import org.wsiskg.extract.event.MandateExtractor;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.text.Language;

/**
 * One extractor over every paragraph of the synthetic texts of its language, in the event context
 * each paragraph has in a build; one operation reads them all once. The extractors are those a
 * build uses ({@link DocumentReader#defaultExtractors}, {@link EventExtractors#forLanguage}), named
 * {@code LANGUAGE:ClassName}.
 */
@State(Scope.Benchmark)
public class ExtractorBenchmark {

    @Param({"ZH:ResolutionExtractor", "ZH:DocumentSymbolExtractor", "ZH:ParagraphReferenceExtractor",
            "ZH:InstrumentExtractor", "ZH:IgfMeetingExtractor", "ZH:IgfMeetingListExtractor", "ZH:IgfMeetingByPlaceExtractor",
            "ZH:IgfMeetingBySubjectExtractor", "ZH:CstdSessionExtractor",
            "ZH:SummitPhaseExtractor", "ZH:WsisForumExtractor", "ZH:ReviewMeetingExtractor", "ZH:NetmundialExtractor",
            "ZH:WgecMeetingsExtractor", "ZH:IgfMandateExtensionExtractor", "ZH:IgfMandateReviewExtractor",
            "ZH:ReportRequestExtractor", "ZH:AgendaItemExtractor",
            "EN:EnglishResolutionExtractor", "EN:DocumentSymbolExtractor", "EN:EnglishParagraphReferenceExtractor",
            "EN:EnglishInstrumentExtractor", "EN:EnglishTitleLineResolutionExtractor", "EN:EnglishIgfMeetingExtractor", "EN:EnglishIgfMeetingListExtractor",
            "EN:EnglishCstdSessionExtractor", "EN:EnglishSummitPhaseExtractor", "EN:EnglishWsisForumExtractor",
            "EN:EnglishReviewMeetingExtractor", "EN:EnglishNetmundialExtractor", "EN:EnglishIgfMandateExtensionExtractor",
            "EN:EnglishIgfMandateReviewExtractor", "EN:EnglishReportRequestExtractor", "EN:EnglishAgendaItemExtractor"})
    public String extractor;

    private BenchTexts texts;
    private Find find;

    /** One extractor's reading of one paragraph (its text computed once, as a build does). */
    private interface Find {
        Object apply(Paragraph paragraph, String text, EventContext context);
    }

    @Setup(Level.Trial)
    public void prepare() {
        Language language = Language.valueOf(extractor.substring(0, extractor.indexOf(':')));
        texts = new BenchTexts(language);
        find = byName(language, extractor.substring(extractor.indexOf(':') + 1));
    }

    @Benchmark
    public void find(Blackhole sink) {
        List<Paragraph> paragraphs = texts.paragraphs;
        for (int i = 0; i < paragraphs.size(); i++) {
            sink.consume(find.apply(paragraphs.get(i), texts.paragraphTexts.get(i), texts.contexts.get(i)));
        }
    }

    /** The bytes one operation reads, to turn operations per second into MB per second. */
    public static long bytesPerOperation(String extractor) {
        return new BenchTexts(Language.valueOf(extractor.substring(0, extractor.indexOf(':')))).paragraphBytes;
    }

    /** Every extractor a build runs on texts in {@code language}, by class name. */
    static List<String> names(Language language) {
        List<String> out = new ArrayList<>();
        DocumentReader.defaultExtractors(language, InstrumentTable.load()).forEach(e -> out.add(e.getClass().getSimpleName()));
        EventExtractors events = EventExtractors.forLanguage(language, Gazetteer.standard());
        events.events().forEach(e -> out.add(e.getClass().getSimpleName()));
        events.mandates().forEach(e -> out.add(e.getClass().getSimpleName()));
        return out;
    }

    private static Find byName(Language language, String name) {
        for (ReferenceExtractor e : DocumentReader.defaultExtractors(language, InstrumentTable.load())) {
            if (e.getClass().getSimpleName().equals(name)) {
                return (p, text, context) -> e.find(p);
            }
        }
        EventExtractors events = EventExtractors.forLanguage(language, Gazetteer.standard());
        for (EventExtractor e : events.events()) {
            if (e.getClass().getSimpleName().equals(name)) {
                return (p, text, context) -> e.find(text, context);
            }
        }
        for (MandateExtractor e : events.mandates()) {
            if (e.getClass().getSimpleName().equals(name)) {
                return (p, text, context) -> e.find(text, context);
            }
        }
        throw new IllegalArgumentException("no extractor " + name + " for " + language);
    }
}
