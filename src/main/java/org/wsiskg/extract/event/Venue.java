package org.wsiskg.extract.event;

/** A venue read from {@code 在<place>举行}: the place and where its name stands, {@code [from, to)}. */
public record Venue(Place place, int from, int to) {
}
