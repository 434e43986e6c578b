package org.wsiskg.extract.event;

/**
 * A venue as written in a text and, when the gazetteer knows it, its canonical English city name
 * and country. {@code city} is null for a place given only as a country (沙特阿拉伯); both are null
 * for a place the gazetteer does not know, which is kept as written.
 */
public record Place(String asWritten, String city, String country) {

    public boolean known() {
        return city != null || country != null;
    }
}
