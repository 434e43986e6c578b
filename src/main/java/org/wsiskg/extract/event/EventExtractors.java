package org.wsiskg.extract.event;

import java.util.List;
import org.wsiskg.text.Language;

/**
 * The event and mandate extractors of one language, and how that language refers back to bodies
 * named earlier. The one place where each language's extractors are listed: the pipeline is the
 * same for every language, only these lists differ.
 */
public record EventExtractors(List<EventExtractor> events, List<MandateExtractor> mandates, NamedBodies bodies) {

    /** No extractor at all: what a text in a language wsis-kg does not read gets. */
    public static final EventExtractors NONE = new EventExtractors(List.of(), List.of(), (text, before) -> before);

    public EventExtractors {
        events = List.copyOf(events);
        mandates = List.copyOf(mandates);
    }

    /** The extractors for texts in {@code language} ({@link #NONE} for a language with none). */
    public static EventExtractors forLanguage(Language language, Gazetteer gazetteer) {
        if (language == null) {
            return NONE;
        }
        return switch (language) {
            case ZH -> chinese(gazetteer);
            case EN -> english(gazetteer);
        };
    }

    private static EventExtractors chinese(Gazetteer gazetteer) {
        return new EventExtractors(List.of(new IgfMeetingExtractor(gazetteer), new IgfMeetingListExtractor(gazetteer),
                new IgfMeetingByPlaceExtractor(gazetteer), new IgfMeetingBySubjectExtractor(gazetteer),
                new CstdSessionExtractor(gazetteer), new SummitPhaseExtractor(gazetteer),
                new WsisForumExtractor(gazetteer), new ReviewMeetingExtractor(gazetteer),
                new NetmundialExtractor(gazetteer), new WgecMeetingsExtractor(gazetteer)),
                List.of(new IgfMandateExtensionExtractor(), new IgfMandateReviewExtractor(),
                        new ReportRequestExtractor(), new AgendaItemExtractor()),
                (text, before) -> new EventContext(before.documentYear(),
                        CstdSessionExtractor.lastCommissionIsCstd(text, before.commissionIsCstd()),
                        WgecMeetingsExtractor.lastWorkingGroupIsWgec(text, before.workingGroupIsWgec()),
                        before.forumIsIgf() || IgfMeetingExtractor.NAMED.matcher(text).find(), before.textYear(), before.textPlace(), before.meetingYear()));
    }

    private static EventExtractors english(Gazetteer gazetteer) {
        return new EventExtractors(List.of(new EnglishIgfMeetingExtractor(gazetteer),
                new EnglishIgfMeetingListExtractor(gazetteer), new EnglishCstdSessionExtractor(gazetteer),
                new EnglishSummitPhaseExtractor(gazetteer), new EnglishWsisForumExtractor(gazetteer),
                new EnglishReviewMeetingExtractor(gazetteer), new EnglishNetmundialExtractor(gazetteer)),
                List.of(new EnglishIgfMandateExtensionExtractor(), new EnglishIgfMandateReviewExtractor(),
                        new EnglishReportRequestExtractor(), new EnglishAgendaItemExtractor()),
                (text, before) -> new EventContext(before.documentYear(),
                        EnglishCstdSessionExtractor.lastCommissionIsCstd(text, before.commissionIsCstd()),
                        before.workingGroupIsWgec(),
                        before.forumIsIgf() || EnglishIgfMeetingExtractor.NAMED.matcher(text).find(), before.textYear(), before.textPlace(), before.meetingYear()));
    }
}
