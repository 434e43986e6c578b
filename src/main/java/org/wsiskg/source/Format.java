package org.wsiskg.source;

/** The file formats a corpus may hold, each with the name the graph records and its media type. */
public enum Format {
    TEXT("text", "text/plain"),
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("doc", "application/msword"),
    HTML("html", "text/html");

    private final String label;
    private final String mediaType;

    Format(String label, String mediaType) {
        this.label = label;
        this.mediaType = mediaType;
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code label} ({@code pdf}, {@code docx} ...). */
    public static Format byLabel(String label) {
        for (Format f : values()) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no format " + label);
    }
}
