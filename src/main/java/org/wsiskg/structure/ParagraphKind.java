package org.wsiskg.structure;

/** What a paragraph is in the document; {@link #label()} is the name the extraction report uses. */
public enum ParagraphKind {
    PREAMBULAR("preambular", "pp"),
    OPERATIVE("operative", "op"),
    HEADING("heading", "h"),
    /** A paragraph of a text that is no resolution (a report, a note, a news item, a page), numbered or not. */
    BODY("body", "p"),
    FOOTNOTE("footnote", "fn");

    private final String label;
    private final String idPrefix;

    ParagraphKind(String label, String idPrefix) {
        this.label = label;
        this.idPrefix = idPrefix;
    }

    public String label() {
        return label;
    }

    public String idPrefix() {
        return idPrefix;
    }
}
