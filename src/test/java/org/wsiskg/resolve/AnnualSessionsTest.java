package org.wsiskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The year of a session named without one, from the curated table of bodies that meet yearly and of meetings held once. */
class AnnualSessionsTest {

    private static final AnnualSessions SESSIONS = AnnualSessions.standard();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "cstd-session, 9, 2006",
            "cstd-session, 13, 2010",
            "cstd-session, 8, none",
            "igf-meeting, 1, 2006",
            "igf-meeting, 4, 2009",
            "igf-meeting, 0, none",
            "wsis-summit, 1, 2003",
            "wsis-summit, 2, 2005",
            "wsis-summit, 3, none",
            "wsis-forum, 1, none",
    })
    void yearOfASessionByItsOrdinal(String kind, int ordinal, Integer year) {
        assertEquals(Optional.ofNullable(year), SESSIONS.yearOf(kind, ordinal));
    }
}
