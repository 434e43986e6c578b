package org.wsiskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsiskg.WsisException;

/** Opening the store: a missing one and one held by another process are usage errors with their own codes. */
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
