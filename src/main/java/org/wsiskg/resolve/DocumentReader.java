package org.wsiskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.wsiskg.extract.CitingFunctions;
import org.wsiskg.extract.CitingText;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.Issue;
import org.wsiskg.extract.ParagraphEntry;
import org.wsiskg.extract.Reference;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.extract.SelfDescription;
import org.wsiskg.extract.citation.DocumentSymbolExtractor;
import org.wsiskg.extract.citation.EnglishInstrumentExtractor;
import org.wsiskg.extract.citation.EnglishParagraphReferenceExtractor;
import org.wsiskg.extract.citation.EnglishResolutionExtractor;
import org.wsiskg.extract.citation.EnglishTitleLineResolutionExtractor;
import org.wsiskg.extract.citation.InstrumentExtractor;
import org.wsiskg.extract.citation.InstrumentTable;
import org.wsiskg.extract.citation.ParagraphReferenceExtractor;
import org.wsiskg.extract.citation.QuotedParagraphs;
import org.wsiskg.extract.citation.ResolutionExtractor;
import org.wsiskg.structure.DocumentStructure;
import org.wsiskg.structure.Paragraph;
import org.wsiskg.structure.StructureProblem;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Language;
import org.wsiskg.text.LanguageDetector;
import org.wsiskg.text.Normalizer;
import org.wsiskg.text.Origin;
import org.wsiskg.text.SourceText;
import org.wsiskg.text.Span;
import org.wsiskg.structure.StructureParser;

/**
 * Reads one source text into its extraction report: normalise, read the structure, run every
 * extractor on every paragraph and footnote, then settle each match's citing paragraph and
 * function. A citation inside a footnote belongs to the paragraph whose marker points to the
 * footnote, and takes the function of the clause where that marker stands. Citations made through
 * a title in 《…》 get their target from the footnote attached to the title or from the curated
 * instrument table ({@link InstrumentResolver}).
 */
public final class DocumentReader {

    /** The BCP 47 tag of a text whose language is not determined (ISO 639-2 "und"). */
    static final String UNDETERMINED_LANGUAGE = "und";

    private final Normalizer normalizer = new Normalizer();
    private final StructureParser parser = new StructureParser();
    /** The extractors of each language's citation forms. */
    private final Map<Language, List<ReferenceExtractor>> extractors;
    /** What a footnote attached to a title may name, per language: the symbols and resolutions it cites. */
    private final Map<Language, List<ReferenceExtractor>> footnoteExtractors;
    private final InstrumentTable instrumentTable;
    private final EventResolver events = new EventResolver();

    public DocumentReader() {
        this(InstrumentTable.load());
    }

    private DocumentReader(InstrumentTable instrumentTable) {
        this(byLanguage(language -> defaultExtractors(language, instrumentTable)), instrumentTable);
    }

    /** A reader that runs the same {@code extractors} on texts of every language (for tests of the pipeline itself). */
    public DocumentReader(List<ReferenceExtractor> extractors, InstrumentTable instrumentTable) {
        this(byLanguage(language -> extractors), instrumentTable);
    }

    private DocumentReader(Map<Language, List<ReferenceExtractor>> extractors, InstrumentTable instrumentTable) {
        this.extractors = extractors;
        this.footnoteExtractors = byLanguage(DocumentReader::footnoteExtractors);
        this.instrumentTable = instrumentTable;
    }

    /**
     * One extractor per citation form, for the texts of one language: the language-independent
     * ones (document symbols) and that language's phrase forms. The order does not matter, the
     * overlap rule settles repeats.
     */
    public static List<ReferenceExtractor> defaultExtractors(Language language, InstrumentTable instruments) {
        return switch (language) {
            case ZH -> List.of(new ResolutionExtractor(), new DocumentSymbolExtractor(),
                    new ParagraphReferenceExtractor(instruments), new InstrumentExtractor(instruments));
            case EN -> List.of(new EnglishResolutionExtractor(), new DocumentSymbolExtractor(),
                    new EnglishParagraphReferenceExtractor(instruments), new EnglishInstrumentExtractor(instruments),
                    new EnglishTitleLineResolutionExtractor());
        };
    }

    private static List<ReferenceExtractor> footnoteExtractors(Language language) {
        return switch (language) {
            case ZH -> List.of(new DocumentSymbolExtractor(), new ResolutionExtractor());
            case EN -> List.of(new DocumentSymbolExtractor(), new EnglishResolutionExtractor());
        };
    }

    private static Map<Language, List<ReferenceExtractor>> byLanguage(Function<Language, List<ReferenceExtractor>> lists) {
        Map<Language, List<ReferenceExtractor>> map = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            map.put(l, List.copyOf(lists.apply(l)));
        }
        return map;
    }

    public DocumentExtraction read(SourceText source) {
        List<Issue> issues = new ArrayList<>();
        String original = source.text();
        if (source.malformedAt() != SourceText.WELL_FORMED) {
            int at = source.malformedAt();
            issues.add(Issue.error("INVALID_UTF8", "bytes that are not UTF-8 were replaced by U+FFFD; the first is here",
                    new Span(at, Math.min(at + 1, original.length()))));
        }
        try {
            return readText(source, issues);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug met by one text must not cost the call every other text: the text is listed with the failure.
            return failed(source, e, issues);
        }
    }

    private DocumentExtraction readText(SourceText source, List<Issue> issues) {
        String original = source.text();
        AnchoredText normalized = normalizer.normalize(original);
        LanguageDetector.Verdict verdict = LanguageDetector.read(original);
        if (verdict.language().isEmpty()) {
            return unsupported(source, normalized, verdict.seen(), issues);
        }
        Language language = verdict.language().get();
        DocumentStructure structure = parser.parse(normalized, language);
        for (StructureProblem p : structure.problems()) {
            issues.add(Issue.warning(p.code(), p.message(), p.span()));
        }
        SelfDescription self = SelfDescription.of(structure.header());
        ExtractorGuard guard = new ExtractorGuard(issues, CitingText.of(structure.header().actingBody(), self.symbol(), language));
        InstrumentResolver instruments = new InstrumentResolver(structure, footnoteExtractors.get(language), instrumentTable,
                guard);
        List<ReferenceExtractor> forms = extractors.get(language);

        List<Reference> references = new ArrayList<>();
        Paragraph before = null;
        List<ReferenceMatch> citedBefore = List.of();
        for (Paragraph p : structure.paragraphs()) {
            List<ReferenceMatch> cited = new ArrayList<>(matches(p, forms, guard, instruments, issues));
            // 105. We request ... right under "Tunis Agenda ( 18 November 2005 )": the instrument's paragraph quoted
            QuotedParagraphs.quotedIn(before, citedBefore, p).filter(q -> !self.isOwn(q.target())).ifPresent(cited::add);
            for (ReferenceMatch m : cited) {
                String function = CitingFunctions.at(language, p.text().toString(), m.start()).orElse(null);
                references.add(reference(p, m, p.id(), function));
            }
            before = p;
            citedBefore = cited;
        }
        List<ParagraphEntry> footnoteEntries = new ArrayList<>();
        for (Paragraph footnote : structure.footnotes()) {
            // A citation in a footnote belongs to the paragraph carrying its marker, and takes the
            // function of the clause where the marker stands.
            DocumentStructure.Carrier carrier = structure.carrierOf(footnote).orElse(null);
            String in = carrier == null ? footnote.id() : carrier.paragraph().id();
            String function = carrier == null ? null
                    : CitingFunctions.at(language, carrier.paragraph().text().toString(), carrier.marker().offset()).orElse(null);
            for (ReferenceMatch m : matches(footnote, forms, guard, instruments, issues)) {
                references.add(reference(footnote, m, in, function));
            }
            footnoteEntries.add(entry(footnote, carrier == null ? null : in));
        }
        // The document naming itself (its symbol, a part of its joint symbol, its number as a resolution) cites nothing.
        references.removeIf(r -> r.paragraph() == null && (self.isOwn(r.target()) || self.isOwnPageHead(r.target())));
        references.sort(Comparator.comparing(Reference::span).thenComparing(Reference::target)
                .thenComparing(r -> r.paragraph() == null ? -1 : r.paragraph()));

        List<ParagraphEntry> paragraphs = new ArrayList<>();
        for (Paragraph p : structure.paragraphs()) {
            paragraphs.add(entry(p, null));
        }
        paragraphs.addAll(footnoteEntries);
        var header = structure.header();
        EventResolver.Reading dated = events(structure, documentYear(header.adopted(), self.session()), original, issues);
        issues.addAll(dated.issues());
        return new DocumentExtraction(source.name(), structure.language().code(), self.symbol(), self.body(), self.kind(),
                self.session(), header.adopted() == null ? null : header.adopted().toString(), header.plenaryMeeting(),
                header.agendaItem(), header.title(), paragraphs, references, dated.events(), dated.mandates(), issues,
                source.origin(), textSha256(original));
    }

    /**
     * The events and mandates of the text. The event step isolates its own extractors; should one
     * still fail, the text keeps its citations and reports EXTRACTOR_FAILED over the whole text
     * instead of stopping the call.
     */
    private EventResolver.Reading events(DocumentStructure structure, Integer year, String original, List<Issue> issues) {
        try {
            return events.read(structure, year);
        } catch (RuntimeException | StackOverflowError e) {
            String cause = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            issues.add(Issue.error("EXTRACTOR_FAILED", "the event and mandate extractors failed on this text (" + cause
                    + "); its events and mandates are missing, its citations were read", new Span(0, original.length())));
            return new EventResolver.Reading(List.of(), List.of(), List.of());
        }
    }

    /**
     * A text in a language wsis-kg has no phrase tables for: its paragraphs are listed (read with
     * the English layout rules, which assume least about the script) so that no text is lost, but
     * nothing is extracted from it, since citing verbs, dates and ordinals would only be guessed.
     */
    /** A text whose reading failed on a bug: listed with a READ_FAILED error and nothing extracted, so the others go on. */
    static DocumentExtraction failed(SourceText source, Throwable e, List<Issue> issues) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        List<Issue> kept = new ArrayList<>(issues.stream().filter(i -> i.code().equals("INVALID_UTF8")).toList());
        kept.add(Issue.error("READ_FAILED", "reading this text failed (" + cause + "); nothing was extracted from it, the"
                + " other texts were read", new Span(0, source.text().length())));
        return new DocumentExtraction(source.name(), UNDETERMINED_LANGUAGE, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), kept, source.origin(), textSha256(source.text()));
    }

    private DocumentExtraction unsupported(SourceText source, AnchoredText normalized, String seen, List<Issue> issues) {
        issues.add(Issue.warning("UNSUPPORTED_LANGUAGE", "the text is neither Chinese nor English (seen: " + seen
                + "); its paragraphs are listed, nothing was extracted from it", new Span(0, source.text().length())));
        DocumentStructure structure = parser.parse(normalized, Language.EN);
        List<ParagraphEntry> paragraphs = new ArrayList<>();
        for (Paragraph p : structure.paragraphs()) {
            paragraphs.add(entry(p, null));
        }
        for (Paragraph footnote : structure.footnotes()) {
            paragraphs.add(entry(footnote, null));
        }
        return new DocumentExtraction(source.name(), UNDETERMINED_LANGUAGE, null, null, null, null, null, null, null, null,
                paragraphs, List.of(), List.of(), List.of(), issues, source.origin(), textSha256(source.text()));
    }

    /** All extractors' matches in a paragraph, without duplicates or matches inside a longer one for the same target. */
    private static List<ReferenceMatch> matches(Paragraph p, List<ReferenceExtractor> forms, ExtractorGuard guard,
                                                InstrumentResolver instruments, List<Issue> issues) {
        List<ReferenceMatch> found = new ArrayList<>();
        for (ReferenceExtractor e : forms) {
            found.addAll(guard.run(e, p));
        }
        List<ReferenceMatch> all = instruments.resolve(p, found, issues);
        // Earliest start first, then the longest: a match inside an accepted one for the same
        // target and paragraph is the same citation read twice by two forms. A symbol read as a
        // plain document inside a resolution or decision citation (resolution A/70/125, 第A/70/1号决议)
        // is that resolution: the noun around it says what the symbol names.
        all.sort(Comparator.comparingInt(ReferenceMatch::start).thenComparing(m -> -(m.end() - m.start())));
        List<ReferenceMatch> kept = new ArrayList<>();
        for (ReferenceMatch m : all) {
            boolean inside = kept.stream().anyMatch(k -> k.start() <= m.start() && m.end() <= k.end()
                    && ((k.target().equals(m.target()) && Objects.equals(k.paragraph(), m.paragraph()))
                    || (m.kind().equals("document") && m.paragraph() == null && isResolution(k))));
            if (!inside) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean isResolution(ReferenceMatch m) {
        return m.paragraph() == null && (m.kind().equals("resolution") || m.kind().equals("decision"));
    }

    private static Reference reference(Paragraph p, ReferenceMatch m, String in, String function) {
        Span span = p.text().originalSpan(m.start(), m.end());
        String quoted = p.text().original().substring(span.start(), span.end());
        return new Reference(m.kind(), m.target(), m.paragraph(), function, in, quoted, span);
    }

    private static ParagraphEntry entry(Paragraph p, String footnoteTo) {
        return new ParagraphEntry(p.id(), p.kind().label(), p.number(), p.span(), p.text().toString(), footnoteTo);
    }

    private static String textSha256(String text) {
        return Origin.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The year a document speaks from: its adoption year, else the year its General Assembly session
     * opened (session n opens in September of 1945 + n), else null.
     */
    static Integer documentYear(java.time.LocalDate adopted, Integer session) {
        if (adopted != null) {
            return adopted.getYear();
        }
        return session == null ? null : 1945 + session;
    }
}
