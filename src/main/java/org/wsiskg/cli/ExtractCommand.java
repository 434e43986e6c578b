package org.wsiskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wsiskg.WsisException;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.ExtractionReportJson;
import org.wsiskg.resolve.DocumentReader;
import org.wsiskg.resolve.ReadingSummary;
import org.wsiskg.source.SourceProblem;
import org.wsiskg.source.SourceReader;
import org.wsiskg.source.SourceReading;
import org.wsiskg.text.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code wsis extract FILE... --format json}: the extraction report of each file, without the store.
 * {@code --format text} prints instead the text each file was read as, the text every span and
 * quote of the graph indexes into (the readers are deterministic: it is the same byte for byte
 * each time), so that a span from a PDF or a Word file can be checked by hand.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the extraction report of each text (references, events, mandates, issues) without building the store.")
final class ExtractCommand implements Runnable {

    enum Format { json, text }

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Source files: plain text (UTF-8, UTF-16, GB18030), PDF, Word (.docx, .doc) or HTML.")
    List<Path> files;

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "json", description = "Report format: ${COMPLETION-CANDIDATES} (text: the text each "
            + "file was read as, which spans index into). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        DocumentReader reader = new DocumentReader();
        SourceReader sources = input.sourceReader();
        ReadingSummary summary = new ReadingSummary();
        List<DocumentExtraction> docs = new ArrayList<>();
        StringBuilder texts = new StringBuilder();
        // Every file is reported on its own: one that cannot be read is listed, the others still are.
        for (Path f : files) {
            SourceReading reading = sources.read(f, Corpus.nameOf(f));
            if (reading.problem() != null) {
                summary.skipped(reading.problem());
                SourceProblem p = reading.problem();
                if (p.severity() != SourceProblem.Severity.ERROR) {
                    // Errors are listed with the closing summary; a file skipped for a lesser reason is named here, as build names it.
                    spec.commandLine().getErr().println("wsis: " + p.skippedLine());
                }
                continue;
            }
            if (format == Format.text) {
                texts.append(reading.text().text());
                continue;
            }
            DocumentExtraction d = reader.read(reading.text());
            summary.read(d);
            docs.add(d);
        }
        write(format == Format.text ? texts.toString() : new ExtractionReportJson().write(docs));
        input.report(summary, spec.commandLine().getErr());
    }

    private void write(String json) {
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(json);
            w.flush();
            return;
        }
        try {
            Files.writeString(out, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WsisException("OUTPUT_UNWRITABLE", "cannot write " + out + ": " + e.getMessage(), WsisException.USAGE, e);
        }
    }
}
