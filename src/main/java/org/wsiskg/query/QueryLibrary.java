package org.wsiskg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.wsiskg.WsisException;

/**
 * The named queries: one {@code NAME.rq} file each in the queries directory ({@code queries/}
 * of the project by default), read at each use so that an analyst can add one without
 * rebuilding anything.
 */
public final class QueryLibrary {

    private final Path directory;

    public QueryLibrary(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Every named query, in name order. */
    public List<NamedQuery> all() {
        List<NamedQuery> queries = new ArrayList<>();
        for (String name : names()) {
            queries.add(byName(name));
        }
        return queries;
    }

    public List<String> names() {
        if (!Files.isDirectory(directory)) {
            throw new WsisException("QUERIES_NOT_FOUND", "no queries directory at " + directory, WsisException.USAGE);
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            throw new WsisException("QUERIES_UNREADABLE", "cannot list " + directory + ": " + e.getMessage(),
                    WsisException.FAILURE, e);
        }
    }

    /** A query by its name, or by the path of a {@code .rq} file. */
    public NamedQuery resolve(String nameOrFile) {
        if (nameOrFile.endsWith(".rq")) {
            Path file = Path.of(nameOrFile);
            if (!Files.isRegularFile(file)) {
                throw new WsisException("QUERY_NOT_FOUND", "no query file " + nameOrFile, WsisException.USAGE);
            }
            String name = file.getFileName().toString();
            return NamedQuery.parse(name.substring(0, name.length() - 3), read(file));
        }
        return byName(nameOrFile);
    }

    public NamedQuery byName(String name) {
        Path file = name.matches("[A-Za-z0-9][A-Za-z0-9_-]*") ? directory.resolve(name + ".rq") : null;
        if (file == null || !Files.isRegularFile(file)) {
            throw new WsisException("QUERY_NOT_FOUND", "no named query '" + name + "'; the names are: "
                    + String.join(", ", names()), WsisException.USAGE);
        }
        return NamedQuery.parse(name, read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WsisException("QUERIES_UNREADABLE", "cannot read " + file + ": " + e.getMessage(),
                    WsisException.USAGE, e);
        }
    }
}
