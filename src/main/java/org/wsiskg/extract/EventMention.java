package org.wsiskg.extract;

import org.wsiskg.text.Span;

/**
 * One mention of a dated event (an IGF meeting, a CSTD session, a summit phase ...). Dates are
 * ISO strings; any field the text does not give is null.
 */
public record EventMention(String kind, Integer ordinal, Integer year, String start, String end, String city,
                           String country, String in, String text, Span span) {
}
