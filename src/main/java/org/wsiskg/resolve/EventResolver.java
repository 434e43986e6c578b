package org.wsiskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.wsiskg.extract.EventMention;
import org.wsiskg.extract.Issue;
import org.wsiskg.extract.MandateMention;
import org.wsiskg.extract.event.EventContext;
import org.wsiskg.extract.event.EventExtractor;
import org.wsiskg.extract.event.EventExtractors;
import org.wsiskg.extract.event.EventFinding;
import org.wsiskg.extract.event.EventMatch;
import org.wsiskg.extract.event.Gazetteer;
import org.wsiskg.extract.event.MandateExtractor;
import org.wsiskg.extract.event.MandateMatch;
import org.wsiskg.structure.DocumentStructure;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.text.Language;
import org.wsiskg.text.Span;

/**
 * Reads the events and mandate actions of a document: runs the event and mandate extractors over
 * its paragraphs (footnotes are left out: they cite records of meetings, not the meetings the
 * text speaks of), turns their offsets into spans of the file, and reports what was read only in
 * part as issues. A venue the gazetteer does not know is reported as written in {@code city},
 * with no country, and as an UNKNOWN_PLACE issue. A session of a body that meets yearly, named
 * without a year, takes the year of its ordinal in the body's annual series (YEAR_FROM_SESSION_NUMBER). Output is sorted by span so that it is the same
 * for the same input.
 *
 * <p>The extractors are those of the text's language ({@link EventExtractors#forLanguage}); a text
 * in a language with none gets no events. An extractor that fails on a paragraph (an exception,
 * or a stack overflow in a regex) costs only its own matches in that paragraph: the failure becomes
 * an EXTRACTOR_FAILED error spanning the paragraph, and every other extractor, paragraph and text
 * is read as usual, because no input may stop a build.
 */
final class EventResolver {

    /** What was read: event mentions, mandate mentions and issues. */
    record Reading(List<EventMention> events, List<MandateMention> mandates, List<Issue> issues) {
    }

    private final Map<Language, EventExtractors> byLanguage = new EnumMap<>(Language.class);
    private final AnnualSessions sessions = AnnualSessions.standard();
    private final IgfHosts hosts = IgfHosts.standard();

    EventResolver() {
        Gazetteer gazetteer = Gazetteer.standard();
        for (Language language : Language.values()) {
            byLanguage.put(language, EventExtractors.forLanguage(language, gazetteer));
        }
    }

    /** A resolver with the given extractors for one language (and none for the others): for tests. */
    EventResolver(Language language, EventExtractors extractors) {
        byLanguage.put(language, extractors);
    }

    Reading read(DocumentStructure structure, Integer documentYear) {
        EventExtractors extractors = structure.language() == null ? EventExtractors.NONE
                : byLanguage.getOrDefault(structure.language(), EventExtractors.NONE);
        List<EventMention> events = new ArrayList<>();
        List<MandateMention> mandates = new ArrayList<>();
        Set<Issue> issues = new LinkedHashSet<>();
        Integer textYear = documentYear != null ? documentYear : Dateline.yearOf(structure).orElse(null);
        Optional<Dateline.Meeting> meeting = Dateline.meetingOf(structure);
        EventContext next = new EventContext(documentYear, false, false, false, textYear,
                meeting.map(Dateline.Meeting::place).or(() -> Dateline.placeOf(structure)).orElse(null),
                meeting.map(Dateline.Meeting::year).orElse(null));
        for (Paragraph p : structure.paragraphs()) {
            String text = p.text().toString();
            EventContext context = next;
            next = guarded(extractors.bodies(), p, issues, () -> List.of(extractors.bodies().after(text, context)))
                    .stream().findFirst().orElse(context);
            List<EventMatch> matches = new ArrayList<>();
            for (EventExtractor e : extractors.events()) {
                matches.addAll(guarded(e, p, issues, () -> e.find(text, context)));
            }
            for (EventMatch m : kept(matches)) {
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
                if (year == null && m.kind().equals("igf-meeting") && m.ordinal() == null && m.place() != null) {
                    year = hosts.yearOf(m.place().city()).orElse(null);
                    if (year != null) {
                        issues.add(Issue.warning("YEAR_FROM_HOST_CITY", "the text gives no year for the meeting in "
                                + m.place().city() + "; " + year + " is the year that city hosted the forum (" + IgfHosts.RESOURCE
                                + ") (" + p.id() + ")", span));
                    }
                }
                events.add(new EventMention(m.kind(), m.ordinal(), year, m.start(), m.end(),
                        m.place() == null ? null : m.place().city() != null || m.place().country() != null
                                ? m.place().city() : m.place().asWritten(),
                        m.place() == null ? null : m.place().country(), p.id(), quote(p, span), span));
                if (year == null && m.ordinal() != null) {
                    issues.add(Issue.warning("EVENT_YEAR_UNKNOWN", "the text gives no year for " + m.kind() + " " + m.ordinal()
                            + " and the body's annual series (" + AnnualSessions.RESOURCE + ") does not date it; the mention is"
                            + " reported but left out of the graph (" + p.id() + ")", span));
                }
                m.findings().forEach(f -> issues.add(issue(p, f)));
            }
            for (MandateExtractor e : extractors.mandates()) {
                for (MandateMatch m : guarded(e, p, issues, () -> e.find(text, context))) {
                    Span span = p.text().originalSpan(m.from(), m.to());
                    mandates.add(new MandateMention(m.subject(), m.action(), m.years(), m.until(), m.year(),
                            m.addressee(), m.channels(), m.session(), m.item(), p.id(), quote(p, span), span));
                    m.findings().forEach(f -> issues.add(issue(p, f)));
                }
            }
        }
        events = withCitiesGivenElsewhere(events);
        events.sort(Comparator.comparing(EventMention::span).thenComparing(EventMention::kind));
        mandates.sort(Comparator.comparing(MandateMention::span).thenComparing(MandateMention::action));
        return new Reading(events, mandates, List.copyOf(issues));
    }

    /**
     * A meeting named with its country only ({@code Ethiopia to host UN Internet Governance Forum IGF 2022}) takes the city that
     * another mention of the same meeting in the text gives in that country ({@code IGF 2022 ... in Addis Ababa, Ethiopia}): the
     * same kind and year, and no other city of that country named for it. Each mention keeps its own span and words.
     */
    private static List<EventMention> withCitiesGivenElsewhere(List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            if (e.city() != null || e.country() == null || e.year() == null) {
                out.add(e);
                continue;
            }
            Set<String> cities = new java.util.TreeSet<>();
            for (EventMention other : events) {
                if (other.kind().equals(e.kind()) && e.year().equals(other.year()) && e.country().equals(other.country())
                        && other.city() != null && (e.ordinal() == null || other.ordinal() == null || e.ordinal().equals(other.ordinal()))) {
                    cities.add(other.city());
                }
            }
            out.add(cities.size() != 1 ? e : new EventMention(e.kind(), e.ordinal(), e.year(), e.start(), e.end(),
                    cities.iterator().next(), e.country(), e.in(), e.text(), e.span()));
        }
        return out;
    }

    /**
     * What {@code run} returns, or nothing when it fails: the failure is reported as an
     * EXTRACTOR_FAILED error on the paragraph, naming the extractor and what went wrong. A stack
     * overflow is caught too: it comes from a regex on an unusual input, and leaves the thread usable.
     */
    private static <T> List<T> guarded(Object extractor, Paragraph p, Set<Issue> issues, Supplier<List<T>> run) {
        try {
            return run.get();
        } catch (RuntimeException | StackOverflowError e) {
            // A lambda's class name carries a number that changes from run to run: keep its stable part.
            String name = extractor.getClass().getName().replaceFirst("\\$\\$.*$", "").replaceFirst("^.*\\.", "");
            issues.add(Issue.error("EXTRACTOR_FAILED", name + " failed on paragraph " + p.id() + " and was skipped there: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), p.span()));
            return List.of();
        }
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
