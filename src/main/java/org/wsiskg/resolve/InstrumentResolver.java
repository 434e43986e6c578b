package org.wsiskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wsiskg.extract.Issue;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.extract.citation.InstrumentTable;
import org.wsiskg.structure.DocumentStructure;
import org.wsiskg.structure.FootnoteMarker;
import org.wsiskg.structure.Paragraph;

/**
 * Settles the citations made through a title: the footnote whose marker stands right after the
 * title (《新城市议程》³, 《世界人权宣言》，³, {@code the Tunis Agenda for the Information Society,1}) names it, and the first symbol or resolution cited in
 * that footnote is the target. The text's own footnote wins over the curated table, except where
 * it names the document the instrument is published in ({@code 《信息社会突尼斯议程》⁴} with
 * {@code 见 A/60/687}: the Tunis Agenda itself stays the target). A title left without a target
 * is dropped and reported once per document as UNRESOLVED_INSTRUMENT.
 *
 * <p>One resolver serves one document: it remembers the titles it has reported.
 */
final class InstrumentResolver {

    /** What may stand between 》 and the marker that belongs to the title. */
    private static final String BEFORE_MARKER = " \t，,、";
    private final DocumentStructure structure;
    private final List<ReferenceExtractor> footnoteExtractors;
    private final InstrumentTable table;
    private final ExtractorGuard guard;
    private final Set<String> reported = new HashSet<>();

    InstrumentResolver(DocumentStructure structure, List<ReferenceExtractor> footnoteExtractors, InstrumentTable table,
                       ExtractorGuard guard) {
        this.structure = structure;
        this.footnoteExtractors = List.copyOf(footnoteExtractors);
        this.table = table;
        this.guard = guard;
    }

    /** {@code matches} with every title's target settled; unsettled ones are reported in {@code issues}. */
    List<ReferenceMatch> resolve(Paragraph p, List<ReferenceMatch> matches, List<Issue> issues) {
        List<ReferenceMatch> out = new ArrayList<>();
        Map<Integer, Optional<String>> byTitleStart = new HashMap<>();
        for (ReferenceMatch m : matches) {
            if (m.title() == null) {
                out.add(m);
                continue;
            }
            Optional<String> target = byTitleStart.computeIfAbsent(m.start(), start -> settle(p, m));
            if (target.isPresent()) {
                out.add(m.withTarget(target.get()));
            } else if (m.title() != null && reported.add(m.title().strip())) {
                int titleEnd = titleEnd(p.text().toString(), m);
                issues.add(Issue.warning("UNRESOLVED_INSTRUMENT", "《" + m.title().strip()
                        + "》: no footnote, symbol or entry of the instrument table names its document symbol",
                        p.text().originalSpan(m.start(), titleEnd)));
            }
        }
        return out;
    }

    private Optional<String> settle(Paragraph p, ReferenceMatch m) {
        Optional<String> footnote = throughFootnote(p, m);
        if (m.target() == null) {
            return footnote;
        }
        String publishedIn = table.lookup(m.title()).map(InstrumentTable.Entry::publishedIn).orElse("");
        if (footnote.isEmpty() || footnote.get().equals(publishedIn)) {
            return Optional.of(m.target());
        }
        return footnote;
    }

    private Optional<String> throughFootnote(Paragraph p, ReferenceMatch m) {
        String text = p.text().toString();
        int titleEnd = titleEnd(text, m);
        for (FootnoteMarker marker : p.markers()) {
            if (marker.offset() < titleEnd || !onlyGap(text, titleEnd, marker.offset())) {
                continue;
            }
            Optional<Paragraph> footnote = structure.footnoteFor(marker);
            if (footnote.isPresent()) {
                return firstCited(footnote.get());
            }
        }
        return Optional.empty();
    }

    /** Where the title of {@code m} ends in the paragraph text, its closing 》 included when it has brackets. */
    private static int titleEnd(String text, ReferenceMatch m) {
        int at = text.indexOf(m.title(), m.start());
        if (at < 0) {
            return m.end();
        }
        int end = at + m.title().length();
        return end < text.length() && text.charAt(end) == '》' ? end + 1 : end;
    }

    private static boolean onlyGap(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BEFORE_MARKER.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private Optional<String> firstCited(Paragraph footnote) {
        List<ReferenceMatch> cited = new ArrayList<>();
        for (ReferenceExtractor e : footnoteExtractors) {
            cited.addAll(guard.run(e, footnote));
        }
        return cited.stream().filter(c -> c.target() != null && c.paragraph() == null)
                .min(Comparator.comparingInt(ReferenceMatch::start)).map(ReferenceMatch::target);
    }
}
