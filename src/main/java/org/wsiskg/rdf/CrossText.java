package org.wsiskg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wsiskg.extract.EventMention;
import org.wsiskg.resolve.EventValues;

/**
 * What a text's graph takes from the rest of the corpus, settled once from the {@link TextSummary}
 * of every text: whether the texts of its document pair their preambular paragraphs (see
 * {@link ParagraphNames}), and the settled values of the events it mentions (see {@link EventValues}).
 * A build derives it after reading every text, so the texts themselves need not be held.
 */
public final class CrossText {

    private final IriScheme iris;
    private final ParagraphNames names;
    private final Map<String, List<EventValues.Event>> eventsBySource;

    private CrossText(IriScheme iris, ParagraphNames names, Map<String, List<EventValues.Event>> eventsBySource) {
        this.iris = iris;
        this.names = names;
        this.eventsBySource = eventsBySource;
    }

    /** The cross-text data of {@code texts}, in corpus order. */
    public static CrossText of(List<TextSummary> texts, IriScheme iris) {
        ParagraphNames names = ParagraphNames.ofSummaries(texts, t -> iris.textDocument(t.symbol(), t.source()));
        List<EventValues.Sighting> sightings = new ArrayList<>();
        for (TextSummary t : texts) {
            for (EventMention m : t.events()) {
                sightings.add(new EventValues.Sighting(t.source(), t.language(), t.symbol(), m));
            }
        }
        Map<String, List<EventValues.Event>> bySource = new LinkedHashMap<>();
        for (EventValues.Event e : EventValues.settleSightings(sightings)) {
            Set<String> sources = new HashSet<>();
            for (EventValues.Sighting s : e.sightings()) {
                if (sources.add(s.source())) {
                    bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        return new CrossText(iris, names, bySource);
    }

    /** True when the text {@code t} must name its preambular paragraphs in its own language. */
    public boolean preamblesApart(TextSummary t) {
        return names.preamblesApart(iris.textDocument(t.symbol(), t.source()));
    }

    /** One line per document whose texts could not pair their paragraphs, in corpus order. */
    public List<String> warnings() {
        return names.warnings();
    }

    ParagraphNames names() {
        return names;
    }

    /** The events the text {@code source} mentions, ordered by key, with the values settled over the corpus. */
    List<EventValues.Event> eventsOf(String source) {
        return eventsBySource.getOrDefault(source, List.of());
    }
}
