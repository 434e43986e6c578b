package org.wsiskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./wsis} passes every argument through unchanged and runs where the user stands (issue 11,
 * Broke 11); the jar finds its default paths in the project through {@code wsis.home}.
 */
class LauncherTest {

    @TempDir
    Path temp;

    @Test
    void theLauncherPassesArgumentsUnchangedAndStaysInTheUsersDirectory() throws Exception {
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("target"));
        Files.copy(Path.of("wsis"), project.resolve("wsis"));
        project.resolve("wsis").toFile().setExecutable(true);
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        writeEchoJar(project.resolve("target/wsis-kg.jar"));
        Path user = temp.resolve("elsewhere");
        Files.createDirectories(user);
        Files.writeString(user.resolve("existing.txt"), "x");
        List<String> args = List.of("extract", "existing.txt", "-o", "r.json", "--store=rel/store", "--corpus", "data/corpus");
        List<String> command = new java.util.ArrayList<>(List.of(project.resolve("wsis").toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(user.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        List<String> lines = out.lines().toList();
        assertEquals("home=" + project.toRealPath(), lines.get(0), out);
        assertEquals("dir=" + user.toRealPath(), lines.get(1), out);
        assertEquals(args, lines.subList(2, lines.size()).stream().map(l -> l.substring(4)).toList(), out);
    }

    @Test
    void defaultPathsAreFoundInTheProjectWhereverTheUserStands() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dwsis.home=" + Path.of("").toAbsolutePath(), WsisCommand.class.getName(), "query")
                .directory(temp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("igf-mandate"), out);
    }

    private static void writeEchoJar(Path jar) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ArgumentEcho.class.getName());
        String entry = ArgumentEcho.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.putNextEntry(new JarEntry(entry));
            try (var in = ArgumentEcho.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo((OutputStream) out);
            }
            out.closeEntry();
        }
    }
}
