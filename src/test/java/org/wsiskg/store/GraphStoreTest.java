package org.wsiskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.WsisException;

/**
 * Opening the store: a missing one and one held by another process are usage errors with their own
 * codes; deleting a generation tolerates another deleter of the same tree.
 */
class GraphStoreTest {

    @Test
    void aMissingStoreSaysToBuild(@TempDir Path dir) {
        WsisException e = assertThrows(WsisException.class, () -> new GraphStore(dir.resolve("none")).open());
        assertEquals("STORE_MISSING", e.code());
    }

    @Test
    void aStoreHeldByAnotherProcessIsInUse(@TempDir Path dir) throws IOException, InterruptedException {
        GraphStore store = new GraphStore(dir.resolve("store"));
        store.replace(DatasetGraphFactory.createTxnMem(), "test");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), store.directory().toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", out.readLine(), "the other process opened the store");
            WsisException e = assertThrows(WsisException.class, store::open);
            assertEquals("STORE_IN_USE", e.code());
            assertEquals(WsisException.USAGE, e.exitStatus());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    /**
     * A server lets an old generation go while a build's clean-up deletes it too (the CI failure of
     * ServeWhileBuildTest): two deleters of one tree both finish, neither fails, and the tree is gone.
     */
    @Test
    void twoDeletersOfOneTreeBothFinish(@TempDir Path dir) throws IOException, InterruptedException, ExecutionException {
        for (int round = 0; round < 40; round++) {
            Path tree = dir.resolve("gen-" + round);
            for (int d = 0; d < 4; d++) {
                Path sub = Files.createDirectories(tree.resolve("Data-000" + d));
                for (int f = 0; f < 50; f++) {
                    Files.writeString(sub.resolve("f" + f + ".dat"), "x");
                }
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    runs.add(two.submit(() -> {
                        start.await();
                        GraphStore.deleteTree(tree);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> run : runs) {
                    run.get();
                }
            } finally {
                two.shutdownNow();
            }
            assertFalse(Files.exists(tree), "round " + round);
        }
        GraphStore.deleteTree(dir.resolve("never-there"));
    }

    /** Another process that opens a store, as a running server does, and holds it until its input closes. */
    public static final class StoreHolder {
        public static void main(String[] args) throws IOException {
            Dataset held = new GraphStore(Path.of(args[0])).open();
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the store until the test closes our input.
            }
            GraphStore.close(held);
        }
    }
}
