package org.wsiskg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.Locale;
import java.util.Map;

/**
 * Files built into the jar, served from the classpath under a fixed root: the desk's own
 * scripts and styles ({@code web/} at {@code /static/}) and WebJars
 * ({@code META-INF/resources/webjars/} at {@code /webjars/}). Nothing is fetched from the
 * network, by the server or, through these pages, by the browser.
 */
final class StaticFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "map", "application/json",
            "woff2", "font/woff2",
            "woff", "font/woff");

    private final String root;

    StaticFiles(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || path.contains("\\") || path.endsWith("/")) {
            PageServlet.error(response, 404, "No such file.");
            return;
        }
        String name = root + path.substring(1);
        URL resource = StaticFiles.class.getClassLoader().getResource(name);
        if (resource == null || isDirectory(resource)) {
            PageServlet.error(response, 404, "No such file: " + path);
            return;
        }
        try (InputStream in = resource.openStream()) {
            if (in == null) {
                PageServlet.error(response, 404, "No such file: " + path);
                return;
            }
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            response.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            response.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }

    /**
     * True for a folder of the jar or of the class path: the class loader hands those out as
     * resources too (an empty stream, or a listing), which must not be served as a file.
     */
    private static boolean isDirectory(URL resource) throws IOException {
        switch (resource.getProtocol()) {
            case "jar" -> {
                JarURLConnection jar = (JarURLConnection) resource.openConnection();
                jar.setUseCaches(false);
                JarEntry entry = jar.getJarEntry();
                return entry == null || entry.isDirectory();
            }
            case "file" -> {
                try {
                    return !Files.isRegularFile(Path.of(resource.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return true;
                }
            }
            default -> {
                return false;
            }
        }
    }
}
