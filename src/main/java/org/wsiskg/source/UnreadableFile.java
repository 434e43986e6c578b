package org.wsiskg.source;

/**
 * A reader's refusal of a file, with the stable code and the reason; {@link SourceReader} turns it
 * into the file's one {@link SourceProblem}.
 */
final class UnreadableFile extends Exception {

    private static final long serialVersionUID = 1L;

    private final SourceProblem.Severity severity;
    private final String code;
    private final long position;

    UnreadableFile(SourceProblem.Severity severity, String code, String message, long position) {
        super(message);
        this.severity = severity;
        this.code = code;
        this.position = position;
    }

    static UnreadableFile error(String code, String message) {
        return new UnreadableFile(SourceProblem.Severity.ERROR, code, message, -1);
    }

    static UnreadableFile warning(String code, String message) {
        return new UnreadableFile(SourceProblem.Severity.WARNING, code, message, -1);
    }

    SourceProblem problem(String file) {
        return new SourceProblem(file, severity, code, getMessage(), position);
    }

    String code() {
        return code;
    }
}
