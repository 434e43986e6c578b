package org.wsiskg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.WsisException;
import org.wsiskg.resolve.ReadingSummary;
import org.wsiskg.source.SourceReader;
import picocli.CommandLine.Option;

/**
 * How input files are read and judged, for the commands that read them: the size limit over which
 * a file is not read, and whether warnings count as errors. {@link #report} prints what the user
 * must see (every error, the closing counts) and ends the command with exit status 1 when there
 * were errors, after the work on the other files is done.
 */
final class InputOptions {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([kmg]?)b?", Pattern.CASE_INSENSITIVE);

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "20MB",
            description = "Files larger than this are not read (FILE_TOO_LARGE): bytes, or with K, M or G. Default: ${DEFAULT-VALUE}.")
    String maxFileSize;

    @Option(names = "--strict", description = "Treat warnings (skipped stray files, structure warnings) as errors: exit 1 on any.")
    boolean strict;

    SourceReader sourceReader() {
        return new SourceReader(bytes(maxFileSize));
    }

    static long bytes(String size) {
        Matcher m = SIZE.matcher(size.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new WsisException("BAD_FILE_SIZE", "--max-file-size takes a positive size such as 20MB, 512K or 1000000: "
                    + size, WsisException.USAGE);
        }
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(m.group(1)) * unit;
    }

    /**
     * Prints every error (and every warning under {@code --strict}) and the summary line to
     * {@code err}; then fails the command when the user has something to act on.
     */
    void report(ReadingSummary summary, PrintWriter err) {
        for (String line : summary.errorLines()) {
            err.println("wsis: error: " + line);
        }
        if (strict) {
            for (String line : summary.warningLines()) {
                err.println("wsis: warning: " + line);
            }
        }
        err.println("wsis: " + summary.line());
        err.flush();
        int failing = summary.errors() + (strict ? summary.warnings() : 0);
        if (failing > 0) {
            throw new WsisException(strict ? "INPUT_WARNINGS" : "INPUT_ERRORS", failing + (strict ? " errors and warnings" : " errors")
                    + " in the input (listed above); everything else was read", WsisException.FAILURE);
        }
    }
}
