package org.wsiskg.structure;

import org.wsiskg.text.Span;

/** A piece of the text that belongs to no paragraph, footnote or header field, and why: it is read by no extractor. */
public record Boilerplate(Span span, Reason reason) {

    /** Why a piece of text is not part of the document's content. */
    public enum Reason {
        /** Site text around a web copy: menus, breadcrumbs, footer links, copyright and cookie notices. */
        SITE_TEXT("site text"),
        /** A page number or counter ({@code 2/7}, {@code - 3 -}, a number line no footnote has). */
        PAGE_COUNTER("page counter"),
        /** The document's symbol repeated at the head of each page. */
        RUNNING_HEADER("running header"),
        /** A UN job number ({@code 10-52345 (C)}, {@code GE.11-12345}, {@code K0952728}). */
        JOB_NUMBER("job number"),
        /** A link line printed at the foot of a page ({@code https://undocs.org/...}). */
        URL_LINE("URL line"),
        /** The recycling note at the foot of the first page ({@code 请回收}, {@code Please recycle}). */
        RECYCLING_NOTE("recycling note"),
        /** The rule that opens a footnote block. */
        FOOTNOTE_RULE("footnote rule"),
        /** The marks a mailing-list message sets before each line it quotes ({@code >}, {@code > >}). */
        MAIL_QUOTE_MARK("mail quote mark");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
