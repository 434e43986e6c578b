package org.wsiskg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.wsiskg.text.SourceText;

/**
 * The first step of the pipeline, one call per file: a file of any format read here (plain text,
 * PDF, Word {@code .docx} and {@code .doc}, HTML) becomes the {@link SourceText} every span indexes
 * into, or one {@link SourceProblem} says why it does not become a graph source. No file makes it
 * throw: a reader's failure, however it fails, is that file's problem and the next file is read.
 *
 * <p>The format is told by content ({@link FormatSniffer}), not by the file's name. Checked before
 * any reader runs: a dangling link ({@code DANGLING_LINK}), a directory ({@code NOT_A_FILE}), a path
 * that is missing ({@code SOURCE_NOT_FOUND}) or cannot be read ({@code UNREADABLE_FILE}), a file
 * over the size limit ({@code FILE_TOO_LARGE}), an empty file ({@code EMPTY_FILE}). Checked on the
 * text read: a text of nothing but white space ({@code EMPTY_FILE}) and a text that is not a UN text
 * ({@code NOT_A_UN_TEXT}, see {@link UnText}).
 */
public final class SourceReader {

    /** The default size limit, 20 MB: a UN resolution is a few hundred KB even as a PDF. */
    public static final long DEFAULT_MAX_FILE_SIZE = 20L * 1024 * 1024;

    private final long maxFileSize;
    private final Map<Format, FormatReader> readers = Map.of(Format.TEXT, new PlainTextReader(),
            Format.PDF, new PdfReader(), Format.DOCX, new DocxReader(), Format.DOC, new DocReader(),
            Format.HTML, new HtmlReader());

    public SourceReader(long maxFileSize) {
        if (maxFileSize <= 0) {
            throw new IllegalArgumentException("the size limit must be positive");
        }
        this.maxFileSize = maxFileSize;
    }

    public SourceReader() {
        this(DEFAULT_MAX_FILE_SIZE);
    }

    /** The size over which a file is not read: a build records it, since it decides which files become texts. */
    public long maxFileSize() {
        return maxFileSize;
    }

    /** Reads {@code file}, which reports and the graph call {@code name}. */
    public SourceReading read(Path file, String name) {
        try {
            return SourceReading.of(readChecked(file, name));
        } catch (UnreadableFile e) {
            return SourceReading.refused(e.problem(name));
        }
    }

    private SourceText readChecked(Path file, String name) throws UnreadableFile {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw UnreadableFile.error("DANGLING_LINK", "a link to a file that does not exist");
        }
        if (Files.isDirectory(file)) {
            throw UnreadableFile.error("NOT_A_FILE", "a directory, not a file");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            throw UnreadableFile.error("SOURCE_NOT_FOUND", "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw UnreadableFile.error("NOT_A_FILE", "not a regular file (a device, a pipe or a socket)");
        }
        byte[] bytes = bytes(file);
        if (bytes.length == 0) {
            throw UnreadableFile.warning("EMPTY_FILE", "the file is empty");
        }
        FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(bytes, name);
        if (sniffed.format() == null) {
            throw UnreadableFile.warning("UNSUPPORTED_FORMAT", sniffed.rejection());
        }
        SourceText text = readAs(sniffed.format(), name, bytes);
        if (text.text().isBlank()) {
            throw UnreadableFile.warning("EMPTY_FILE", "the file holds no text, only white space");
        }
        if (!UnText.looksLikeOne(text.text())) {
            throw UnreadableFile.warning("NOT_A_UN_TEXT",
                    "its text (read as " + sniffed.format().label() + ") names no UN body, resolution or document symbol: not a UN text");
        }
        return text;
    }

    private byte[] bytes(Path file) throws UnreadableFile {
        try {
            long size = Files.size(file);
            if (size > maxFileSize) {
                throw UnreadableFile.error("FILE_TOO_LARGE", "the file has " + size + " bytes, over the limit of "
                        + maxFileSize + " (--max-file-size)");
            }
            return Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw UnreadableFile.error("UNREADABLE_FILE", "cannot be read: " + PdfReader.oneLine(e));
        }
    }

    /** Runs the format's reader; a reader that breaks in a way it did not foresee still only loses this file. */
    private SourceText readAs(Format format, String name, byte[] bytes) throws UnreadableFile {
        try {
            return readers.get(format).read(name, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            throw UnreadableFile.error("READER_FAILED", "the " + format.label() + " reader failed on it: "
                    + PdfReader.oneLine(e));
        }
    }
}
