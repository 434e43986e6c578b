package org.wsiskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsiskg.HostileText;
import org.wsiskg.LinearTime;
import org.wsiskg.text.Language;

/**
 * Every English event and mandate extractor reads a hostile paragraph (one form repeated with
 * no clause break) in time that grows about linearly: 40,000 characters may take at most 12 times
 * as long as 10,000 (a quadratic reader takes 16 times), unless both are too fast to measure. (The
 * Chinese readers are not held to this yet: the CSTD's body lookup and the clause search of
 * ParagraphSetting scan back to the paragraph's start for every match.)
 */
class EventExtractorScalingTest {

    private static final Gazetteer GAZETTEER = Readings.GAZETTEER;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "en:the fourth meeting of the Internet Governance Forum, held in Sharm el-Sheikh, Egypt, from 15 to 18 November 2009, ",
            "en:IGF 2009 Rio de Janeiro (2007), Athens 2006, held in ",
            "en:the Commission at its twenty-first session of the Commission on Science and Technology for Development (",
            "en:Requests the Secretary-General to submit through the Economic and Social Council to extend the mandate of the Forum ",
            "en:first, second, third meetings of the IGF held in Athens in 2006, ",
    })
    void readsInLinearTime(String spec) {
        Language language = Language.ofCode(spec.substring(0, 2)).orElseThrow();
        String unit = spec.substring(3);
        EventExtractors extractors = EventExtractors.forLanguage(language, GAZETTEER);
        long t10 = time(extractors, repeat(unit, 10_000));
        time(extractors, repeat(unit, 20_000));
        long t40 = time(extractors, repeat(unit, 40_000));
        assertTrue(t40 < 200_000_000L || t40 < 12 * Math.max(t10, 1), "10k: " + t10 / 1_000_000 + " ms, 40k: "
                + t40 / 1_000_000 + " ms");
    }

    static Stream<Arguments> chineseReadersAndTexts() {
        EventExtractors chinese = EventExtractors.forLanguage(Language.ZH, GAZETTEER);
        EventContext context = new EventContext(2010, true, true, true);
        List<Arguments> all = new ArrayList<>();
        for (HostileText text : HostileText.CHINESE) {
            for (EventExtractor e : chinese.events()) {
                all.add(reader(e.getClass().getSimpleName(), text, t -> e.find(t, context)));
            }
            for (MandateExtractor e : chinese.mandates()) {
                all.add(reader(e.getClass().getSimpleName(), text, t -> e.find(t, context)));
            }
            all.add(reader("NamedBodies", text, t -> chinese.bodies().after(t, context)));
        }
        return all.stream();
    }

    private static Arguments reader(String name, HostileText text, Consumer<String> read) {
        return Arguments.of(name, text, read);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("chineseReadersAndTexts")
    void chineseReadsInLinearTime(String name, HostileText text, Consumer<String> read) {
        LinearTime.assertLinear(name, text, read);
    }

    private static String repeat(String unit, int length) {
        StringBuilder b = new StringBuilder(length + unit.length());
        while (b.length() < length) {
            b.append(unit);
        }
        return b.substring(0, length);
    }

    /** The best of three runs of every extractor, in nanoseconds. */
    private static long time(EventExtractors extractors, String text) {
        EventContext context = new EventContext(2010, true, true, true);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = org.wsiskg.LinearTime.cpuNanos();
            for (EventExtractor e : extractors.events()) {
                List<EventMatch> found = e.find(text, context);
                assertTrue(found.size() >= 0);
            }
            for (MandateExtractor e : extractors.mandates()) {
                e.find(text, context);
            }
            extractors.bodies().after(text, context);
            best = Math.min(best, org.wsiskg.LinearTime.cpuNanos() - start);
        }
        return best;
    }
}
