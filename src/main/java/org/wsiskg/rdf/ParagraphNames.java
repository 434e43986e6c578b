package org.wsiskg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.ParagraphEntry;

/**
 * What a paragraph is called inside its document's IRI, so that the texts of one document (its
 * Chinese and its English version, or two copies) name the same paragraph alike and give it both
 * their texts:
 * <ul>
 *   <li>numbered paragraphs by their number ({@code para/17}, {@code para/32a}) and footnotes by
 *       theirs ({@code para/fn3}): the language versions of a UN text keep the numbering;</li>
 *   <li>preambular paragraphs by their order ({@code para/pp3}), when every text of the document
 *       has as many. When the counts differ, one text lost, split or merged a paragraph and the
 *       order no longer pairs translations: each language's are named apart ({@code para/zh/pp3},
 *       {@code para/en/pp3}) and {@code PREAMBLE_MISMATCH} is reported;</li>
 *   <li>headings (header notes such as the adoption line, section titles) always per language
 *       ({@code para/zh/h1}): copies of one document keep different header lines (an English copy
 *       has {@code United Nations} and {@code Distr.: General}), so their order pairs nothing.</li>
 * </ul>
 */
final class ParagraphNames {

    /** Names for one text read alone, or before the corpus is known: preambular paragraphs paired by order. */
    static final ParagraphNames PAIRED = new ParagraphNames(Set.of(), List.of());

    private final Set<String> preamblesApart;
    private final List<String> warnings;

    private ParagraphNames(Set<String> preamblesApart, List<String> warnings) {
        this.preamblesApart = preamblesApart;
        this.warnings = warnings;
    }

    /** The names for the paragraphs of {@code documents}, each document known by {@code documentIri}. */
    static ParagraphNames of(List<DocumentExtraction> documents, Function<DocumentExtraction, String> documentIri) {
        Map<String, String> documentBySource = new HashMap<>();
        documents.forEach(d -> documentBySource.put(d.source(), documentIri.apply(d)));
        return ofSummaries(documents.stream().map(TextSummary::of).toList(), t -> documentBySource.get(t.source()));
    }

    /** The names for the texts {@code texts} summarise, each text's document known by {@code documentIri}. */
    static ParagraphNames ofSummaries(List<TextSummary> texts, Function<TextSummary, String> documentIri) {
        Map<String, Map<String, Integer>> preamblesBySource = new LinkedHashMap<>();
        for (TextSummary t : texts) {
            preamblesBySource.computeIfAbsent(documentIri.apply(t), k -> new LinkedHashMap<>()).put(t.source(), t.preambles());
        }
        Set<String> apart = new HashSet<>();
        List<String> warnings = new ArrayList<>();
        preamblesBySource.forEach((doc, counts) -> {
            if (new HashSet<>(counts.values()).size() > 1) {
                apart.add(doc);
                StringBuilder b = new StringBuilder();
                counts.forEach((source, n) -> b.append(b.length() == 0 ? "" : ", ").append(source).append(": ").append(n));
                warnings.add("warning PREAMBLE_MISMATCH " + doc + ": its texts have different numbers of preambular"
                        + " paragraphs (" + b + "), so they are not paired by order; each language's are named apart");
            }
        });
        return new ParagraphNames(apart, List.copyOf(warnings));
    }

    /** Names for the texts of {@code documentIri} alone, their preambular paragraphs named apart. */
    static ParagraphNames apart(String documentIri) {
        return new ParagraphNames(Set.of(documentIri), List.of());
    }

    /** True when the texts of {@code documentIri} name their preambular paragraphs each in its language. */
    boolean preamblesApart(String documentIri) {
        return preamblesApart.contains(documentIri);
    }

    /** The path segments after {@code para/} that name {@code p} of the text {@code d}. */
    String segment(DocumentExtraction d, String documentIri, ParagraphEntry p) {
        return switch (p.kind()) {
            case "operative" -> p.number() != null && p.id().startsWith("op") ? p.id().substring(2) : p.id();
            case "footnote" -> p.id();
            case "preambular" -> preamblesApart.contains(documentIri) ? d.language() + "/" + p.id() : p.id();
            default -> d.language() + "/" + p.id();
        };
    }

    /** One line per document whose texts could not be paired, in corpus order. */
    List<String> warnings() {
        return warnings;
    }
}
