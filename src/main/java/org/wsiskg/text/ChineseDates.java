package org.wsiskg.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads full dates written the Chinese way, {@code 2010 年 12 月 20 日}, spaces optional. */
public final class ChineseDates {

    /** Groups {@code y}, {@code m}, {@code d}. */
    public static final Pattern FULL_DATE = Pattern.compile(
            "(?<y>(?:19|20)\\d\\d)\\s*年\\s*(?<m>1[0-2]|0?[1-9])\\s*月\\s*(?<d>3[01]|[12]\\d|0?[1-9])\\s*日");

    private ChineseDates() {
    }

    /** The date of a {@link #FULL_DATE} match, empty when the calendar has no such day. */
    public static Optional<LocalDate> of(Matcher fullDate) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(fullDate.group("y")),
                    Integer.parseInt(fullDate.group("m")), Integer.parseInt(fullDate.group("d"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
