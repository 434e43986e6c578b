package org.wsiskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsiskg.structure.StructureParser;
import org.wsiskg.text.Language;
import org.wsiskg.text.Normalizer;

/**
 * The year and place a text is dated by, and the meeting a report's heading dates, from its first lines: phrase tables
 * ({@code ⏎} is a line break, {@code -} none).
 */
class DatelineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Athens, Greece⏎⏎30 October 2006⏎⏎It gives me pleasure to greet this meeting of the Forum.            | 2006 | Athens, Greece
            Riyadh, Kingdom of Saudi Arabia,19 December – The Internet Governance Forum in Riyadh concluded. | -    | Riyadh, Kingdom of Saudi Arabia
            GENEVA, 19 December 2024 – The Forum closed.                                                       | 2024 | GENEVA
            News⏎⏎27 November 2019⏎⏎The Forum opened in Berlin.                                                | 2019 | News
            The Forum met in Athens in 2006 and again later on in Rio de Janeiro.                              | -    | -
            Athens, Greece⏎⏎The Forum met there for the first time.                                            | -    | -
            Welcome to the United Nations - Department of Economic and Social Affairs⏎⏎Internet Governance Forum concludes Press Release 5 Sept final⏎⏎Internet Governance Forum concludes with many actions taken including on protecting privacy, increasing internet access and protecting children online⏎⏎IGF 2014 draws more than 3,500 participants on-site and remotely to debate key issues on the future of the Internet and the topics most likely to impact Internet users today⏎⏎Istanbul, Turkey, 5 September 2014—The Ninth Annual Meeting of the IGF concluded today. | -    | Istanbul, Turkey
            """)
    void yearAndPlace(String head, String year, String place) {
        var structure = new StructureParser().parse(new Normalizer().normalize(head.replace("⏎", "\n")), Language.EN);
        assertEquals(year, Dateline.yearOf(structure).map(String::valueOf).orElse("-"), "year of " + head);
        assertEquals(place, Dateline.placeOf(structure).orElse("-"), "place of " + head);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            IGF 2014⏎⏎Chair's Summary⏎⏎2-5 September 2014, Istanbul, Turkey⏎⏎The Road to IGF 2014.                | Istanbul, Turkey 2014
            Intersessional panel⏎⏎Palais des Nations⏎⏎15-17 December 2010, Geneva⏎⏎The IGF 2010 met in Vilnius.  | -
            IGF news⏎⏎19 December 2024, Riyadh⏎⏎The Forum closed.                                                 | -
            """)
    void meetingDateline(String head, String meeting) {
        var structure = new StructureParser().parse(new Normalizer().normalize(head.replace("⏎", "\n")), Language.EN);
        assertEquals(meeting, Dateline.meetingOf(structure).map(m -> m.place() + " " + m.year()).orElse("-"), head);
    }
}
