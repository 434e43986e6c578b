package org.wsiskg.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.wsiskg.WsisException;

/**
 * Runs one task per item on a pool of {@code threads} and hands the results to one consumer in the
 * items' order. At most twice as many tasks as threads are started ahead of the result the consumer
 * waits for, so memory holds a few results, never all of them, and the consumer (the one thread
 * that writes the store) sees them in an order that does not depend on which task finished first.
 */
final class OrderedWork {

    private OrderedWork() {
    }

    static <T, R> void run(List<T> items, int threads, Function<T, R> task, Consumer<R> consumer) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "wsis-build-worker");
            t.setDaemon(true);
            return t;
        });
        int window = 2 * threads;
        Deque<Future<R>> running = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < items.size() || !running.isEmpty()) {
                while (next < items.size() && running.size() < window) {
                    T item = items.get(next++);
                    running.add(pool.submit(() -> task.apply(item)));
                }
                consumer.accept(await(running.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WsisException("BUILD_INTERRUPTED", "the build was interrupted", WsisException.FAILURE, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
