package org.wsiskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.wsiskg.extract.EventMention;
import org.wsiskg.extract.Issue;
import org.wsiskg.extract.MandateMention;
import org.wsiskg.extract.event.AgendaItemExtractor;
import org.wsiskg.extract.event.CstdSessionExtractor;
import org.wsiskg.extract.event.EventContext;
import org.wsiskg.extract.event.EventExtractor;
import org.wsiskg.extract.event.EventFinding;
import org.wsiskg.extract.event.EventMatch;
import org.wsiskg.extract.event.Gazetteer;
import org.wsiskg.extract.event.IgfMandateExtensionExtractor;
import org.wsiskg.extract.event.IgfMandateReviewExtractor;
import org.wsiskg.extract.event.IgfMeetingExtractor;
import org.wsiskg.extract.event.IgfMeetingListExtractor;
import org.wsiskg.extract.event.MandateExtractor;
import org.wsiskg.extract.event.MandateMatch;
import org.wsiskg.extract.event.NetmundialExtractor;
import org.wsiskg.extract.event.ReportRequestExtractor;
import org.wsiskg.extract.event.ReviewMeetingExtractor;
import org.wsiskg.extract.event.SummitPhaseExtractor;
import org.wsiskg.extract.event.WgecMeetingsExtractor;
import org.wsiskg.extract.event.WsisForumExtractor;
import org.wsiskg.structure.DocumentStructure;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.text.Span;

/**
 * Reads the events and mandate actions of a document: runs the event and mandate extractors over
 * its paragraphs (footnotes are left out: they cite records of meetings, not the meetings the
 * text speaks of), turns their offsets into spans of the file, and reports what was read only in
 * part as issues. A venue the gazetteer does not know is reported as written in {@code city},
 * with no country, and as an UNKNOWN_PLACE issue. A session of a body that meets yearly, named
 * without a year, takes the year of its ordinal in the body's annual series (YEAR_FROM_SESSION_NUMBER). Output is sorted by span so that it is the same
 * for the same input.
 */
final class EventResolver {

    /** What was read: event mentions, mandate mentions and issues. */
    record Reading(List<EventMention> events, List<MandateMention> mandates, List<Issue> issues) {
    }

    private final List<EventExtractor> eventExtractors;
    private final List<MandateExtractor> mandateExtractors;
    private final AnnualSessions sessions = AnnualSessions.standard();

    EventResolver() {
        Gazetteer gazetteer = Gazetteer.standard();
        this.eventExtractors = List.of(new IgfMeetingExtractor(gazetteer), new IgfMeetingListExtractor(gazetteer),
                new CstdSessionExtractor(gazetteer), new SummitPhaseExtractor(gazetteer),
                new WsisForumExtractor(gazetteer), new ReviewMeetingExtractor(gazetteer),
                new NetmundialExtractor(gazetteer), new WgecMeetingsExtractor(gazetteer));
        this.mandateExtractors = List.of(new IgfMandateExtensionExtractor(), new IgfMandateReviewExtractor(),
                new ReportRequestExtractor(), new AgendaItemExtractor());
    }

    Reading read(DocumentStructure structure, Integer documentYear) {
        List<EventMention> events = new ArrayList<>();
        List<MandateMention> mandates = new ArrayList<>();
        Set<Issue> issues = new LinkedHashSet<>();
        boolean cstdNamed = false;
        boolean wgecNamed = false;
        for (Paragraph p : structure.paragraphs()) {
            String text = p.text().toString();
            EventContext context = new EventContext(documentYear, cstdNamed, wgecNamed);
            cstdNamed = CstdSessionExtractor.lastCommissionIsCstd(text, cstdNamed);
            wgecNamed = WgecMeetingsExtractor.lastWorkingGroupIsWgec(text, wgecNamed);
            for (EventMatch m : kept(eventExtractors.stream().flatMap(e -> e.find(text, context).stream()).toList())) {
                Span span = p.text().originalSpan(m.from(), m.to());
                Integer year = m.year();
                if (year == null) {
                    year = sessions.yearOf(m.kind(), m.ordinal()).orElse(null);
                    if (year != null) {
                        issues.add(Issue.warning("YEAR_FROM_SESSION_NUMBER", "the text gives no year for session "
                                + m.ordinal() + "; " + year + " is the year of that session in the body's annual series ("
                                + AnnualSessions.RESOURCE + ") (" + p.id() + ")", span));
                    }
                }
                events.add(new EventMention(m.kind(), m.ordinal(), year, m.start(), m.end(),
                        m.place() == null ? null : m.place().city() != null || m.place().country() != null
                                ? m.place().city() : m.place().asWritten(),
                        m.place() == null ? null : m.place().country(), p.id(), quote(p, span), span));
                m.findings().forEach(f -> issues.add(issue(p, f)));
            }
            for (MandateExtractor e : mandateExtractors) {
                for (MandateMatch m : e.find(text, context)) {
                    Span span = p.text().originalSpan(m.from(), m.to());
                    mandates.add(new MandateMention(m.subject(), m.action(), m.years(), m.until(), m.year(),
                            m.addressee(), m.channels(), m.session(), m.item(), p.id(), quote(p, span), span));
                    m.findings().forEach(f -> issues.add(issue(p, f)));
                }
            }
        }
        events.sort(Comparator.comparing(EventMention::span).thenComparing(EventMention::kind));
        mandates.sort(Comparator.comparing(MandateMention::span).thenComparing(MandateMention::action));
        return new Reading(events, mandates, List.copyOf(issues));
    }

    /**
     * Drops an event read twice: a match inside or overlapping an accepted one of the same kind and
     * year. Earliest start first, then the longest, so the fuller reading wins.
     */
    private static List<EventMatch> kept(List<EventMatch> all) {
        List<EventMatch> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(EventMatch::from).thenComparing(m -> -(m.to() - m.from())));
        List<EventMatch> kept = new ArrayList<>();
        for (EventMatch m : sorted) {
            boolean twice = kept.stream().anyMatch(k -> k.kind().equals(m.kind()) && Objects.equals(k.year(), m.year())
                    && Objects.equals(k.ordinal(), m.ordinal()) && k.from() < m.to() && m.from() < k.to());
            if (!twice) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static String quote(Paragraph p, Span span) {
        return p.text().original().substring(span.start(), span.end());
    }

    private static Issue issue(Paragraph p, EventFinding f) {
        return Issue.warning(f.code(), f.message() + " (" + p.id() + ")", p.text().originalSpan(f.from(), f.to()));
    }
}
