package org.wsiskg.extract.event;

/**
 * What an extractor may know about the document beyond the paragraph: the year the document was
 * adopted (or the year its General Assembly session opened), or null when unknown, against which
 * dates with no year and extensions counted in years are read; and, for the bare 委员会 / "the
 * Commission", 工作组 / "the working group" and 论坛 / "the Forum" of a paragraph, whether the
 * commission named last before it is the CSTD, whether the working group named last is the working
 * group on enhanced cooperation, and whether the Internet Governance Forum was named before;
 * and the year the text is dated ({@code textYear}: the document's year, else the dateline of a
 * web copy), against which 去年, 今年 and 明年 are read; and the place its dateline gives ({@code textPlace}, as written, or
 * null), where {@code this meeting} of a speech or message delivered there was held, with the year of the meeting that
 * dateline dates when it is a meeting's days ({@code meetingYear}: {@code IGF 2014} / {@code 2-5 September 2014, Istanbul,
 * Turkey}), or null.
 */
public record EventContext(Integer documentYear, boolean commissionIsCstd, boolean workingGroupIsWgec,
                           boolean forumIsIgf, Integer textYear, String textPlace, Integer meetingYear) {

    /** A context whose text gives no place in its dateline. */
    public EventContext(Integer documentYear, boolean commissionIsCstd, boolean workingGroupIsWgec, boolean forumIsIgf,
                        Integer textYear) {
        this(documentYear, commissionIsCstd, workingGroupIsWgec, forumIsIgf, textYear, null, null);
    }

    /** A context dated by the document's year alone. */
    public EventContext(Integer documentYear, boolean commissionIsCstd, boolean workingGroupIsWgec, boolean forumIsIgf) {
        this(documentYear, commissionIsCstd, workingGroupIsWgec, forumIsIgf, documentYear);
    }

    /** A context with no commission, working group or forum named before. */
    public EventContext(Integer documentYear) {
        this(documentYear, false, false, false);
    }

    /** A context with no forum named before. */
    public EventContext(Integer documentYear, boolean commissionIsCstd, boolean workingGroupIsWgec) {
        this(documentYear, commissionIsCstd, workingGroupIsWgec, false);
    }
}
