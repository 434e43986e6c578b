package org.wsiskg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.wsiskg.WsisException;

/**
 * The files of a corpus directory: every file below it, in path order, whatever its format (the
 * {@code source} step tells formats apart by content). Hidden files and folders (a name starting
 * with a dot: {@code .DS_Store}, {@code .git}) are not part of a corpus. Links are followed; a
 * folder that cannot be read and a link that leads nowhere are listed as {@link Unlisted}, so the
 * build can say so instead of skipping them without a word.
 */
public final class Corpus {

    /** A path below the corpus that could not be listed, with a stable code and the reason. */
    public record Unlisted(Path path, String code, String message) {
    }

    /** What a corpus directory holds: the files to read and the paths that could not be listed. */
    public record Listing(List<Path> files, List<Unlisted> unlisted) {
    }

    private Corpus() {
    }

    public static List<Path> files(Path directory) {
        return listing(directory).files();
    }

    public static Listing listing(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new WsisException("CORPUS_NOT_FOUND", "no corpus directory at " + directory, WsisException.USAGE);
        }
        List<Path> files = new ArrayList<>();
        List<Unlisted> unlisted = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(directory) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (hidden(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isSymbolicLink()) {
                                unlisted.add(new Unlisted(file, "DANGLING_LINK", "a link to a file that does not exist"));
                            } else if (attrs.isRegularFile()) {
                                files.add(file);
                            } else {
                                unlisted.add(new Unlisted(file, "NOT_A_FILE", "not a regular file (a device, a pipe or a socket)"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!hidden(file)) {
                                unlisted.add(new Unlisted(file, e instanceof FileSystemLoopException ? "LINK_LOOP"
                                        : "UNREADABLE_DIRECTORY", "cannot be read: " + e.getClass().getSimpleName()
                                        + (e.getMessage() == null ? "" : " " + e.getMessage())));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new WsisException("CORPUS_EMPTY", "no files below " + directory, WsisException.USAGE);
        }
        files.sort(null);
        unlisted.sort(java.util.Comparator.comparing(Unlisted::path));
        return new Listing(List.copyOf(files), List.copyOf(unlisted));
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** How reports and the graph name a file: its path as given, with forward slashes, without a leading ./ */
    public static String nameOf(Path file) {
        String s = file.normalize().toString().replace('\\', '/');
        return s.startsWith("./") ? s.substring(2) : s;
    }
}
