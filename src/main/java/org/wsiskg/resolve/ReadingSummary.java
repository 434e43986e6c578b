package org.wsiskg.resolve;

import java.util.ArrayList;
import java.util.List;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.Issue;
import org.wsiskg.source.SourceProblem;

/**
 * What reading a set of files gave, for the user: the files read and skipped, the documents and
 * citations, the issues by level; and a line for every error (file, position, code, message),
 * since an error is something the user must act on and must never be only counted.
 *
 * <p>Errors are files that could not be read although they were meant as texts, and texts read
 * with loss ({@code INVALID_UTF8}, {@code EXTRACTOR_FAILED}); warnings are stray files that are no
 * texts (skipped) and what the structure step noticed in a text.
 */
public final class ReadingSummary {

    private int filesRead;
    private int skipped;
    private int documents;
    private int citations;
    private int errors;
    private int warnings;
    private final List<String> errorLines = new ArrayList<>();
    private final List<String> warningLines = new ArrayList<>();

    public synchronized void skipped(SourceProblem p) {
        skipped++;
        String line = p.file() + (p.position() >= 0 ? " at byte " + p.position() : "") + ": " + p.code() + ": " + p.message();
        count(p.severity() == SourceProblem.Severity.ERROR, line);
    }

    public synchronized void read(DocumentExtraction d) {
        read(d.source(), d.references().size(), d.issues());
    }

    /**
     * Counts a text by what reading it gave: an incremental build that keeps a text's graph from the
     * last build reports it again from these, so its counts and issues never depend on whether the
     * text was read this time.
     */
    public synchronized void read(String source, int references, List<Issue> issues) {
        filesRead++;
        documents++;
        citations += references;
        for (Issue i : issues) {
            String line = source + " at " + i.span().start() + ": " + i.code() + ": " + i.message();
            count(i.level() == Issue.Level.ERROR, line);
        }
    }

    private void count(boolean error, String line) {
        if (error) {
            errors++;
            errorLines.add(line);
        } else {
            warnings++;
            warningLines.add(line);
        }
    }

    public synchronized int errors() {
        return errors;
    }

    public synchronized int warnings() {
        return warnings;
    }

    public synchronized int skippedFiles() {
        return skipped;
    }

    public synchronized int documents() {
        return documents;
    }

    /** One line per error, in the order they were met: "file at position: CODE: message". */
    public synchronized List<String> errorLines() {
        return List.copyOf(errorLines);
    }

    /** One line per warning of a skipped file or a text, as {@link #errorLines()}. */
    public synchronized List<String> warningLines() {
        return List.copyOf(warningLines);
    }

    /** The closing line of a build or an extract run. */
    public synchronized String line() {
        return String.format("%d files read, %d skipped; %d documents, %d citations; issues: %d errors, %d warnings",
                filesRead, skipped, documents, citations, errors, warnings);
    }
}
