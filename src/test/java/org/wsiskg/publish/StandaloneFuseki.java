package org.wsiskg.publish;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real standalone Fuseki ({@code jena-fuseki-server}, copied into target/ by the build) run as
 * its own {@code java -jar} process on a loopback port, with one in-memory dataset {@code /ds}
 * open to updates. Its working files stay in a temporary directory.
 */
final class StandaloneFuseki implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private StandaloneFuseki(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static StandaloneFuseki start(Path workDir) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("wsis.fusekiServerJar", "target/fuseki-server/jena-fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no standalone Fuseki at " + jar + ": run the tests through Maven, which copies it");
        }
        int port = freePort();
        Path log = workDir.resolve("fuseki.log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--localhost", "--port=" + port, "--mem", "--update", "/ds")
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("FUSEKI_BASE", workDir.resolve("run").toString());
        StandaloneFuseki server = new StandaloneFuseki(pb.start(), port, log);
        server.awaitReady();
        return server;
    }

    String dataEndpoint() {
        return "http://127.0.0.1:" + port + "/ds/data";
    }

    int port() {
        return port;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki stopped at start: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("Fuseki did not answer within 90 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
