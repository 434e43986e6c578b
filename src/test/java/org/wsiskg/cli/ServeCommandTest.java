package org.wsiskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wsis serve}'s options: misuse is one line, and a taken port is found before any build. */
class ServeCommandTest {

    @TempDir
    Path temp;

    private record Run(int status, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int status = WsisCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        return new Run(status, err.toString());
    }

    @Test
    void aTakenPortIsFoundBeforeTheStoreIsBuilt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Path store = temp.resolve("store");
            long t0 = System.nanoTime();
            Run r = run("serve", "--port", Integer.toString(taken.getLocalPort()), "--store", store.toString());
            assertEquals(1, r.status(), r.err());
            assertTrue(r.err().contains("SERVER_START_FAILED"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(store), "serve built the store before finding its port taken");
            assertTrue(System.nanoTime() - t0 < 10_000_000_000L);
        }
    }

    @Test
    void badServerOptionsAreOneLineUsageErrors() {
        String store = temp.resolve("store").toString();
        String[][] cases = {
                {"BAD_HOST", "--host", "example.org"},
                {"BAD_PORT", "--port", "70000"},
                {"BAD_TIMEOUT", "--timeout", "0"},
                {"BAD_LIMIT", "--max-rows", "0"},
                {"BAD_LIMIT", "--max-body", "10"},
                {"BAD_CORS_ORIGIN", "--cors", "not an origin"}};
        for (String[] c : cases) {
            Run r = run("serve", c[1], c[2], "--store", store);
            assertEquals(2, r.status(), String.join(" ", c) + ": " + r.err());
            assertTrue(r.err().contains(c[0]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        Run equalsForm = run("serve", "--port=70000", "--store=" + store);
        assertTrue(equalsForm.err().contains("BAD_PORT"), "--opt=value is read like --opt value: " + equalsForm.err());
    }
}
