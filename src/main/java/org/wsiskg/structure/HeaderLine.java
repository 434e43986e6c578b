package org.wsiskg.structure;

import java.time.LocalDate;

/** What one line of a header says, as a language's {@link HeaderForms} read it. */
sealed interface HeaderLine {

    /** The GA or HRC session ({@code 第七十八届会议}, {@code Sixty-fifth session}). */
    record Session(int number) implements HeaderLine {
    }

    /** {@code 议程项目 15}, {@code Agenda item 16}, {@code Item 13 (b) of the provisional agenda}. */
    record AgendaItem(int number) implements HeaderLine {
    }

    /**
     * The document's own number before its title ({@code 65/141. Information and communications technologies for development});
     * {@code start} and {@code end} bound the number in the line.
     */
    record OwnNumber(String number, int start, int end, String title) implements HeaderLine {
    }

    /**
     * An own number printed without its dot ({@code 26/13 The promotion ...}, {@code RES/26/13 The promotion ...}): the
     * document's own only on the header's last line, right above the acting body; elsewhere it is one title of a list.
     */
    record UndottedNumber(String number, int start, int end, String title) implements HeaderLine {
    }

    /**
     * A line that is only the adopting body, the noun and the document's own number ({@code (联合国大会决议  57/239},
     * {@code General Assembly resolution 57/239}), as web copies print it under the title; {@code body} is the body's
     * name as the header forms give it (大会, General Assembly), {@code start} and {@code end} bound the number.
     */
    record NamedNumber(String body, boolean decision, String number, int start, int end) implements HeaderLine {
    }

    /** The line says the text is a draft ({@code 决议草案}, {@code Draft resolution}); its title is the next line. */
    record Draft(boolean decision) implements HeaderLine {
    }

    /**
     * The line says when and by whom the text was adopted ({@code Resolution adopted by the General Assembly on 20 December 2010},
     * {@code 2023 年 12 月 19 日大会决议}); {@code body} may be null, {@code note} keeps the line as a heading paragraph too.
     */
    record Adoption(LocalDate date, boolean decision, String body, boolean note) implements HeaderLine {
    }

    /** What kind of document the text is ({@code Report of the Secretary-General}: report); the line stays a heading too. */
    record Kind(String kind) implements HeaderLine {
    }

    /**
     * A masthead line that says nothing the header keeps: {@code Distr.: General}, {@code Original: English}, a date. One that
     * names a body ({@code Commission on Science and Technology for Development}) stays a heading too, since the text may go
     * on to call that body by a short name ({@code the Commission at its twenty-first session}).
     */
    record Label(boolean namesBody) implements HeaderLine {
    }

    /**
     * A sentence of the header that introduces the text by its title and says what it is, when and with which symbol
     * ({@code 《互联网上人权的促进、保护与享有》…系联合国人权理事会于2017年6月27日通过的一项决议, A/HRC/32/L.20。}): an editor's note
     * before a copy. {@code start} and {@code end} bound the symbol in the line; the line stays a heading too, so what else
     * it cites is read.
     */
    record Introduction(LocalDate date, boolean decision, String symbol, int start, int end) implements HeaderLine {
    }
}
