package org.wsiskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.wsiskg.WsisException;

/**
 * The persistent store at one directory, as generations: each build writes a complete TDB2
 * database into a new subdirectory {@code gen-000N}, and a one-line pointer file {@code CURRENT}
 * names the generation that is the store. The switch is one atomic rename of a staged pointer
 * over {@code CURRENT}, so a process killed at any instant leaves either the previous generation
 * or the new one as the store, both complete; a half-written generation is never named, and the
 * next build (or {@code serve}) deletes it. A server holds a lock on the generation it reads
 * ({@code serving.lock}, an OS lock that dies with the process), and no generation a server holds
 * is deleted. Queries see the union of all named graphs as the default graph.
 */
public final class GraphStore {

    static final String POINTER = "CURRENT";
    static final String STAGED_POINTER = "CURRENT.staged";
    static final String COMPLETE_MARKER = "wsis-store-complete";
    static final String SERVING_LOCK = "serving.lock";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{1,9})");
    /** What a store built before generations left at the top of the directory: a TDB2 database and its marker. */
    private static final Pattern LEGACY_ENTRY = Pattern.compile("Data-\\d{1,9}|tdb\\.lock|" + COMPLETE_MARKER);

    /**
     * A test hook: with the system property {@code wsis.store.haltAt} naming one of these steps, the
     * process halts right after it, as if killed there, so a test can reach every step of the switch.
     */
    enum Step { GENERATION_CREATED, DATA_WRITTEN, MARKER_WRITTEN, POINTER_STAGED, POINTER_SWITCHED, CLEANED }

    private final Path directory;

    public GraphStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** True when the pointer names a complete generation. */
    public boolean exists() {
        return current().isPresent();
    }

    /** The directory of the generation the pointer names, when it is complete. */
    public Optional<Path> current() {
        try {
            String name = Files.readString(directory.resolve(POINTER), StandardCharsets.UTF_8).strip();
            if (!GENERATION.matcher(name).matches()) {
                return Optional.empty();
            }
            Path generation = directory.resolve(name);
            return Files.isRegularFile(generation.resolve(COMPLETE_MARKER)) ? Optional.of(generation) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new WsisException("STORE_UNREADABLE", "cannot read the store pointer " + directory.resolve(POINTER)
                    + ": " + e.getMessage(), WsisException.FAILURE, e);
        }
    }

    /** The fingerprint of what the store was built from, or empty when there is no complete store. */
    public Optional<String> fingerprint() {
        return current().flatMap(g -> {
            try {
                return Optional.of(Files.readString(g.resolve(COMPLETE_MARKER)).strip());
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** Writes {@code content} as the new store and swaps it in. */
    public void replace(DatasetGraph content) {
        replace(content, "complete");
    }

    /**
     * Writes {@code content} as a new generation, remembering {@code fingerprint}, and makes it the
     * store with one atomic rename of the pointer. The generation a running server reads stays
     * until that server lets it go.
     */
    public void replace(DatasetGraph content, String fingerprint) {
        try (GenerationWriter fresh = begin()) {
            DatasetGraph tdb = fresh.dataset();
            content.find().forEachRemaining(q -> tdb.add(q.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q));
            fresh.commit(fingerprint);
        } catch (UncheckedIOException e) {
            throw writeFailed(e);
        }
    }

    /**
     * Starts a new generation for a build to write; nothing names it until the build commits it
     * ({@link GenerationWriter#commit}), which switches the store to it as {@link #replace} does.
     */
    public GenerationWriter begin() {
        return begin(Optional.empty());
    }

    /**
     * Starts a new generation as {@link #begin()}, holding at first a copy of the database of
     * {@code copyOf} (a complete generation, which stays as it is): an incremental build then changes
     * only what changed. The copy is of the files, which no one writes once a generation is complete,
     * so it is safe while a server reads that generation.
     */
    public GenerationWriter begin(Optional<Path> copyOf) {
        try {
            Files.createDirectories(directory);
            cleanUp();
            Path fresh = directory.resolve(nextGenerationName());
            Files.createDirectory(fresh);
            reached(Step.GENERATION_CREATED);
            if (copyOf.isPresent()) {
                copyDatabase(copyOf.get(), fresh);
            }
            return new GenerationWriter(this, fresh);
        } catch (IOException | UncheckedIOException e) {
            throw writeFailed(e);
        }
    }

    /** Writes the marker of a generation whose data is complete and makes it the store with one atomic rename. */
    void switchTo(Path fresh, String fingerprint) throws IOException {
        reached(Step.DATA_WRITTEN);
        writeDurably(fresh.resolve(COMPLETE_MARKER), fingerprint + "\n");
        reached(Step.MARKER_WRITTEN);
        Path staged = directory.resolve(STAGED_POINTER);
        writeDurably(staged, fresh.getFileName() + "\n");
        reached(Step.POINTER_STAGED);
        Files.move(staged, directory.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(directory);
        reached(Step.POINTER_SWITCHED);
        cleanUp();
        reached(Step.CLEANED);
    }

    /** Copies the TDB2 database directories ({@code Data-NNNN}) of one generation into another. */
    private static void copyDatabase(Path from, Path to) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from, "Data-*")) {
            for (Path data : entries) {
                Path target = Files.createDirectory(to.resolve(data.getFileName()));
                try (DirectoryStream<Path> files = Files.newDirectoryStream(data)) {
                    for (Path file : files) {
                        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    private WsisException writeFailed(Exception e) {
        return new WsisException("STORE_WRITE_FAILED", "cannot write the store at " + directory + ": " + e.getMessage()
                + " (the previous store is left as it was)", WsisException.FAILURE, e);
    }

    /**
     * Deletes what no one needs: generations other than the current one that no server holds, a
     * staged pointer left by a killed build, and the files of a store built before generations.
     */
    public void cleanUp() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        Optional<Path> current = current();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (GENERATION.matcher(name).matches()) {
                    if (!entry.equals(current.orElse(null)) && !heldByAServer(entry)) {
                        deleteTree(entry);
                    }
                } else if (name.equals(STAGED_POINTER) || LEGACY_ENTRY.matcher(name).matches()) {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the current generation for reading; the default graph is the union of the named graphs. */
    public Dataset open() {
        Path generation = current().orElseThrow(() -> new WsisException("STORE_MISSING", "no store at " + directory
                + "; run './wsis build' first", WsisException.USAGE));
        return openGeneration(generation);
    }

    static Dataset openGeneration(Path generation) {
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(generation.toString());
        } catch (DBOpEnvException | OverlappingFileLockException e) {
            // TDB2 lets one process at a time hold a database (another part of this one overlaps the same
            // lock); the usual holder is a running serve.
            throw new WsisException("STORE_IN_USE", "the store at " + generation.getParent() + " is already open ("
                    + (e.getMessage() == null ? "locked" : e.getMessage())
                    + "); stop './wsis serve' first, or ask its endpoint at /wsis/sparql", WsisException.USAGE, e);
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    /** Lets go of the store's files, so it can be replaced or deleted. */
    public static void close(Dataset dataset) {
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    /** Takes the lock that tells builds a server reads {@code generation}; empty when another process holds it. */
    static Optional<FileLock> holdForServing(Path generation) throws IOException {
        FileChannel channel = FileChannel.open(generation.resolve(SERVING_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return Optional.ofNullable(lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    private static boolean heldByAServer(Path generation) throws IOException {
        if (!Files.exists(generation.resolve(SERVING_LOCK))) {
            return false;
        }
        Optional<FileLock> lock = holdForServing(generation);
        if (lock.isEmpty()) {
            return true;
        }
        lock.get().channel().close();
        return false;
    }

    private String nextGenerationName() throws IOException {
        int highest = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                Matcher m = GENERATION.matcher(entry.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        return String.format(Locale.ROOT, "gen-%06d", highest + 1);
    }

    private static void writeDurably(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode(text));
            channel.force(true);
        }
    }

    /** Makes a rename in {@code dir} survive a power cut (where the platform lets a directory be synced). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory; the rename itself is still atomic there.
        }
    }

    private static void reached(Step step) {
        String haltAt = System.getProperty("wsis.store.haltAt");
        if (step.name().equals(haltAt)) {
            Runtime.getRuntime().halt(137);
        }
    }

    /** The generations in the directory, oldest first (for tests and diagnostics). */
    List<Path> generations() throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (GENERATION.matcher(entry.getFileName().toString()).matches()) {
                    out.add(entry);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Deletes a directory and everything in it; nothing when it is not there. Another thread may
     * delete the same tree at the same time (a server letting an old generation go while a build
     * cleans up), so a file or directory that is already gone is not an error.
     */
    public static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                    if (exc instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw exc;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null && !(exc instanceof NoSuchFileException)) {
                        throw exc;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // The root went before the walk reached it: nothing left to delete.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
