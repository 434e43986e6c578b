package org.wsiskg.resolve;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.wsiskg.extract.EventMention;

/**
 * A value a mention gives of its event, as text: the ordinal, the year, the start and end dates (ISO:
 * a full date, a year and month, or a year) and the venue. The venue is named by its canonical city,
 * else its country, else as written, lower-cased with dashes, so that an unknown place is kept,
 * never dropped, and two texts naming the same city name the same venue.
 */
public enum EventProperty {
    ORDINAL(e -> e.ordinal() == null ? null : e.ordinal().toString()),
    YEAR(e -> e.year() == null ? null : e.year().toString()),
    START_DATE(EventMention::start),
    END_DATE(EventMention::end),
    LOCATION(EventProperty::venue);

    private final Function<EventMention, String> read;

    EventProperty(Function<EventMention, String> read) {
        this.read = read;
    }

    /** The value this mention gives, or null when it gives none. */
    public String of(EventMention e) {
        return read.apply(e);
    }

    /** The values one mention gives, by property, in the order of the properties. */
    public static Map<EventProperty, String> valuesOf(EventMention e) {
        Map<EventProperty, String> v = new LinkedHashMap<>();
        for (EventProperty p : values()) {
            String value = p.of(e);
            if (value != null) {
                v.put(p, value);
            }
        }
        return v;
    }

    private static String venue(EventMention e) {
        String name = e.city() != null ? e.city() : e.country();
        return name == null ? null : name.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s_]+", "-");
    }
}
