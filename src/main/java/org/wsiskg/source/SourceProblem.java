package org.wsiskg.source;

/**
 * Why a file of the corpus is not (or not wholly) read as a text: the file as reports name it, a
 * stable {@code code}, a message in words, and the byte {@code position} in the file it concerns
 * ({@code -1} when it concerns the file as a whole).
 *
 * <p>An {@link Severity#ERROR} is a text the user meant to give that could not be read (a
 * corrupt, encrypted or truncated file, a scan without text, a file too large, a path that cannot
 * be read); a {@link Severity#WARNING} is a file that is not a text at all (empty, binary, an
 * unknown format, not a UN document), most likely a stray file in the folder.
 */
public record SourceProblem(String file, Severity severity, String code, String message, long position) {

    public enum Severity {
        WARNING, ERROR;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static SourceProblem error(String file, String code, String message) {
        return new SourceProblem(file, Severity.ERROR, code, message, -1);
    }

    public static SourceProblem warning(String file, String code, String message) {
        return new SourceProblem(file, Severity.WARNING, code, message, -1);
    }

    /** The line a build or an extract run prints for a file it skips: {@code skipped FILE: CODE message}. */
    public String skippedLine() {
        return String.format("skipped %s: %s %s", file, code, message);
    }
}
