package org.wsiskg.store;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.wsiskg.WsisException;

/**
 * The store as a running server reads it: the current generation, followed as builds switch the
 * pointer. Each request leases the generation that is current when it starts and reads it to the
 * end; the server moves to a new generation between requests, and closes and deletes the old one
 * once its last request is done. So a query sees the old graph or the new one, never a mix, and
 * {@code build} never pulls a store from under a running server.
 */
public final class ServedStore implements GraphSource, AutoCloseable {

    private final GraphStore store;
    private final Consumer<String> progress;
    private final ScheduledExecutorService watcher;
    private Generation current;
    private boolean closed;

    /** One opened generation with the requests reading it. */
    private static final class Generation {
        final Path directory;
        final Dataset dataset;
        final FileLock servingLock;
        int readers;
        boolean retired;

        Generation(Path directory, Dataset dataset, FileLock servingLock) {
            this.directory = directory;
            this.dataset = dataset;
            this.servingLock = servingLock;
        }
    }

    private ServedStore(GraphStore store, Consumer<String> progress) {
        this.store = store;
        this.progress = progress;
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wsis-store-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the store's current generation, and checks the pointer every {@code pollMillis} to move
     * to the generation a later build makes current (0: never).
     */
    public static ServedStore open(GraphStore store, long pollMillis, Consumer<String> progress) {
        ServedStore served = new ServedStore(store, progress);
        Path first = store.current().orElseThrow(() -> new WsisException("STORE_MISSING", "no store at "
                + store.directory() + "; run './wsis build' first", WsisException.USAGE));
        served.current = served.openGeneration(first);
        store.cleanUp();
        if (pollMillis > 0) {
            served.watcher.scheduleWithFixedDelay(served::followPointerQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
        return served;
    }

    /** The generation directory requests are given now. */
    public synchronized Path currentGeneration() {
        return current.directory;
    }

    @Override
    public Lease lease() {
        Generation g;
        synchronized (this) {
            if (closed) {
                throw new WsisException("STORE_CLOSED", "the server is stopping", WsisException.FAILURE);
            }
            g = current;
            g.readers++;
        }
        Generation leased = g;
        return new Lease() {
            private boolean released;

            @Override
            public Dataset dataset() {
                return leased.dataset;
            }

            @Override
            public void close() {
                synchronized (ServedStore.this) {
                    if (released) {
                        return;
                    }
                    released = true;
                    leased.readers--;
                }
                letGoIfUnused(leased);
            }
        };
    }

    /** Moves to the generation the pointer names, when it is not the one served; true when it moved. */
    public boolean followPointer() {
        Optional<Path> named = store.current();
        Generation old;
        synchronized (this) {
            if (closed || named.isEmpty() || named.get().equals(current.directory)) {
                return false;
            }
        }
        Generation fresh = openGeneration(named.get());
        synchronized (this) {
            old = current;
            current = fresh;
            old.retired = true;
        }
        progress.accept("now serving " + fresh.directory + " (a new build)");
        letGoIfUnused(old);
        return true;
    }

    private void followPointerQuietly() {
        try {
            followPointer();
        } catch (RuntimeException e) {
            progress.accept("could not switch to the new store: " + e.getMessage() + "; still serving " + currentGeneration());
        }
    }

    private Generation openGeneration(Path directory) {
        FileLock lock;
        try {
            lock = GraphStore.holdForServing(directory).orElseThrow(() -> new WsisException("STORE_IN_USE",
                    "another server already serves " + directory, WsisException.USAGE));
        } catch (IOException e) {
            throw new WsisException("STORE_UNREADABLE", "cannot lock " + directory + ": " + e.getMessage(),
                    WsisException.FAILURE, e);
        }
        try {
            return new Generation(directory, GraphStore.openGeneration(directory), lock);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /** Closes and deletes a generation no longer current once no request reads it. */
    private void letGoIfUnused(Generation g) {
        synchronized (this) {
            if (!g.retired || g.readers > 0) {
                return;
            }
            g.readers = -1;
        }
        GraphStore.close(g.dataset);
        release(g.servingLock);
        if (!g.directory.equals(store.current().orElse(null))) {
            GraphStore.deleteTree(g.directory);
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            // The lock goes with the process anyway.
        }
    }

    @Override
    public void close() {
        Generation g;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            g = current;
            g.retired = true;
        }
        watcher.shutdownNow();
        // On close the generation stays on disk: it is the store.
        synchronized (this) {
            if (g.readers > 0) {
                return;
            }
            g.readers = -1;
        }
        GraphStore.close(g.dataset);
        release(g.servingLock);
    }
}
