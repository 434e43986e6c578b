package org.wsiskg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.EventMention;

/**
 * Settles the values of each real event over the whole corpus, so that every text that mentions an
 * event says the same of it. A less precise value that a more precise one refines is dropped
 * ({@code 2009-11} beside {@code 2009-11-15}, a country beside a city in it): the texts do not
 * disagree, one of them is only vaguer. Values that disagree are all kept, each with the mentions
 * that gave it, because the corpus cannot tell which text is right and a reader must see both.
 */
public final class EventValues {

    /**
     * One mention of an event, with what the graphs need of the text it was read from: its source
     * name, language and own symbol. Not the whole extraction, so that the events of a corpus can be
     * settled from small per-text summaries without holding every text.
     */
    public record Sighting(String source, String language, String symbol, EventMention mention) {
    }

    /** A value kept for a property of an event, and the mentions that gave it. */
    public record Value(String value, List<Sighting> from) {
    }

    /**
     * A real event: its key, its mentions in corpus order, and for each property it has, the values kept
     * (more than one where the texts disagree).
     */
    public record Event(EventKey key, List<Sighting> sightings, Map<EventProperty, List<Value>> settled) {
    }

    private EventValues() {
    }

    /** The events the documents mention, ordered by key, each with its settled values. */
    public static List<Event> settle(List<DocumentExtraction> documents) {
        List<Sighting> sightings = new ArrayList<>();
        for (DocumentExtraction d : documents) {
            for (EventMention e : d.events()) {
                sightings.add(new Sighting(d.source(), d.language(), d.symbol(), e));
            }
        }
        return settleSightings(sightings);
    }

    /** The events of {@code sightings} (in corpus order), ordered by key, each with its settled values. */
    public static List<Event> settleSightings(List<Sighting> all) {
        Map<EventKey, List<Sighting>> byEvent = new TreeMap<>(EventKey.ORDER);
        for (Sighting s : all) {
            EventKey.of(s.mention()).ifPresent(k -> byEvent.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
        }
        List<Event> events = new ArrayList<>();
        byEvent.forEach((key, sightings) -> events.add(new Event(key, List.copyOf(sightings), settled(sightings))));
        return List.copyOf(events);
    }

    private static Map<EventProperty, List<Value>> settled(List<Sighting> sightings) {
        Map<EventProperty, Map<String, List<Sighting>>> byProperty = new LinkedHashMap<>();
        for (Sighting s : sightings) {
            for (Map.Entry<EventProperty, String> v : EventProperty.valuesOf(s.mention()).entrySet()) {
                byProperty.computeIfAbsent(v.getKey(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(v.getValue(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<EventProperty, List<Value>> settled = new LinkedHashMap<>();
        byProperty.forEach((property, values) -> {
            List<Value> kept = new ArrayList<>();
            for (Map.Entry<String, List<Sighting>> v : values.entrySet()) {
                if (!refined(property, v.getKey(), values.keySet(), sightings)) {
                    kept.add(new Value(v.getKey(), List.copyOf(v.getValue())));
                }
            }
            settled.put(property, List.copyOf(kept));
        });
        return settled;
    }

    private static boolean refined(EventProperty property, String value, Set<String> values, List<Sighting> sightings) {
        return values.stream().anyMatch(o -> !o.equals(value) && refines(property, o, value, sightings));
    }

    /** A date refines a date it extends ({@code 2009-11-15} refines {@code 2009-11}); a city refines its country. */
    private static boolean refines(EventProperty property, String finer, String coarser, List<Sighting> sightings) {
        if (property != EventProperty.LOCATION) {
            return finer.length() > coarser.length() && finer.startsWith(coarser + "-");
        }
        EventMention f = venueOf(finer, sightings);
        EventMention c = venueOf(coarser, sightings);
        return f != null && c != null && c.city() == null && c.country() != null && f.city() != null
                && c.country().equals(f.country());
    }

    /** The first mention naming a venue: the one that says whether it is a city or a country. */
    private static EventMention venueOf(String venue, List<Sighting> sightings) {
        for (Sighting s : sightings) {
            if (venue.equals(EventProperty.LOCATION.of(s.mention()))) {
                return s.mention();
            }
        }
        return null;
    }
}
