package org.wsiskg.structure;

import java.time.LocalDate;
import org.wsiskg.text.Span;

/**
 * What the header and footer of a document say about the document itself. Any field may be
 * null when the text does not give it (drafts carry no number of their own).
 *
 * @param session      the GA session in the header (第七十八届会议), or null
 * @param agendaItem   议程项目 N
 * @param ownNumber    the document's own number as printed before its title (78/132, 2012/5)
 * @param ownNumberSpan where that number stands
 * @param title        the title line
 * @param actingBody   the body named before the preamble (大会, 经济及社会理事会 ...)
 * @param draft        true when the header says 决议草案 (draft resolution)
 * @param decision     true when the header says the text is a decision (决定)
 * @param adopted      the adoption date from the footer or the header
 * @param plenaryMeeting 第 N 次全体会议 in the footer
 */
public record DocumentHeader(Integer session, Integer agendaItem, String ownNumber, Span ownNumberSpan,
                             String title, String actingBody, boolean draft, boolean decision,
                             LocalDate adopted, Integer plenaryMeeting) {
}
