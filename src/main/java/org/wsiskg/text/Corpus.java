package org.wsiskg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.wsiskg.WsisException;

/** The source texts of a corpus directory: every {@code .txt} file below it, in path order. */
public final class Corpus {

    private Corpus() {
    }

    public static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new WsisException("CORPUS_NOT_FOUND", "no corpus directory at " + directory, WsisException.USAGE);
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new WsisException("CORPUS_EMPTY", "no .txt files below " + directory, WsisException.USAGE);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How reports and the graph name a file: its path as given, with forward slashes, without a leading ./ */
    public static String nameOf(Path file) {
        String s = file.normalize().toString().replace('\\', '/');
        return s.startsWith("./") ? s.substring(2) : s;
    }

    public static SourceText read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WsisException("SOURCE_NOT_FOUND", "no such file: " + file, WsisException.USAGE);
        }
        try {
            return SourceText.read(file, nameOf(file));
        } catch (IOException e) {
            throw new WsisException("SOURCE_UNREADABLE", "cannot read " + file + ": " + e.getMessage(),
                    WsisException.USAGE, e);
        }
    }
}
