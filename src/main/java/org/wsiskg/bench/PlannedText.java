package org.wsiskg.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.wsiskg.text.Language;

/**
 * One synthetic text before it is written: who adopts it and when, its own number, the earlier
 * synthetic texts it recalls (indices into the plan, oldest first), the Tunis Agenda paragraphs it
 * cites, and how many bytes of text it should come to.
 *
 * @param session the General Assembly session, or the year for the Economic and Social Council
 */
record PlannedText(int index, Language language, boolean ecosoc, int session, int number, LocalDate adopted,
                   int plenary, int agendaItem, List<Integer> recalls, List<Integer> tunisParagraphs,
                   int targetBytes, long proseSeed) {

    /** As the texts write it after 第 … 号 or "resolution": {@code 77/150}, {@code 2022/15}. */
    String shortNumber() {
        return session + "/" + number;
    }

    String symbol() {
        return (ecosoc ? "E/RES/" : "A/RES/") + shortNumber();
    }

    /** The file the text is written to, below the corpus root. */
    String fileName() {
        return String.format(Locale.ROOT, "%s/s%05d-%s-%d-%d.txt", language.code(), index, ecosoc ? "e-res" : "a-res",
                session, number);
    }
}
