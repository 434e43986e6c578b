package org.wsiskg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.graph.Triple;
import org.wsiskg.resolve.EventKey;
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
    /**
     * Each event's description, made once: an event that every text mentions (the Summit, say) has
     * as many sightings as texts, so describing it anew for each text's graph cost the square of the
     * corpus, and an incremental build describes every text's events twice (then and now).
     */
    private final Map<EventKey, List<Triple>> descriptions = new ConcurrentHashMap<>();

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

    /** The description of {@code e} as {@code describe} makes it, made on first asking only. */
    List<Triple> description(EventValues.Event e, Function<EventValues.Event, List<Triple>> describe) {
        return descriptions.computeIfAbsent(e.key(), k -> List.copyOf(describe.apply(e)));
    }

    /** The events the text {@code source} mentions, ordered by key, with the values settled over the corpus. */
    List<EventValues.Event> eventsOf(String source) {
        return eventsBySource.getOrDefault(source, List.of());
    }
}
