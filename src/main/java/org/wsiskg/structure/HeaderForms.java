package org.wsiskg.structure;

import java.time.LocalDate;
import org.wsiskg.text.Language;

/**
 * One language's phrase table of header and footer forms, plugged into the one header reader: the opener naming the acting
 * body, what each header line says, and the footer lines (plenary meeting, adoption date). Lines of no form are kept as
 * heading paragraphs, so that what they cite is read.
 */
interface HeaderForms {

    static HeaderForms of(Language language) {
        return switch (language) {
            case ZH -> ChineseHeaderForms.INSTANCE;
            case EN -> EnglishHeaderForms.INSTANCE;
        };
    }

    /** The acting body an opener line names ({@code 大会，}, {@code The General Assembly,}), or null when the line is no opener. */
    String opener(String line);

    /** What a header line says, or null when it is none of the forms (then it is kept as a heading paragraph). */
    HeaderLine read(String line);

    /** True for a line that belongs to the footer after the last paragraph: the plenary meeting, a date alone. */
    boolean isFooterLine(String line);

    /** The meeting number of a footer line ({@code 第 69 次全体会议}, {@code 69th plenary meeting}), or null. */
    Integer plenaryMeeting(String line);

    /** The date a footer line gives, or null. */
    LocalDate footerDate(String line);
}
