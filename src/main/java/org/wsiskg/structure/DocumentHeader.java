package org.wsiskg.structure;

import java.time.LocalDate;
import java.util.List;
import org.wsiskg.text.Span;

/**
 * What the header and footer of a document say about the document itself. Any field may be
 * null when the text does not give it (drafts carry no number of their own).
 *
 * @param session      the GA session in the header (第七十八届会议, Sixty-fifth session), or null
 * @param agendaItem   议程项目 N, Agenda item N
 * @param ownNumber    the document's own number as printed before its title (78/132, 2012/5)
 * @param ownNumberSpan where that number stands
 * @param title        the title line
 * @param actingBody   the body named before the preamble (大会, The General Assembly ...) or in the adoption line
 * @param draft        true when the header says 决议草案 (draft resolution)
 * @param decision     true when the header says the text is a decision (决定)
 * @param adopted      the adoption date from the footer or the header
 * @param plenaryMeeting 第 N 次全体会议 in the footer
 * @param ownSymbols   the symbols the document prints as its own (masthead, document-number line, page title, page heads),
 *                     in text order; a joint symbol gives each of its parts
 * @param resolution   true when the text reads as a resolution or decision (an opener, a preamble, an own number, an adoption
 *                     line); false for reports, notes, news and pages, whose numbered paragraphs are body paragraphs
 * @param documentKind what the header says a document that is no resolution is ({@code report}, {@code note}), or null
 */
public record DocumentHeader(Integer session, Integer agendaItem, String ownNumber, Span ownNumberSpan,
                             String title, String actingBody, boolean draft, boolean decision,
                             LocalDate adopted, Integer plenaryMeeting, List<OwnSymbol> ownSymbols, boolean resolution,
                             String documentKind) {

    public DocumentHeader {
        ownSymbols = List.copyOf(ownSymbols);
    }
}
