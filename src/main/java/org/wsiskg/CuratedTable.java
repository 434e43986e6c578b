package org.wsiskg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A curated data file of the project ({@code data/*.tsv}, packaged into the jar under
 * {@code /data/}): lines of tab-separated cells, with {@code #} comment lines (which name the
 * file's sources) and blank lines skipped. Every reader of curated data goes through here, so
 * each reports a missing file and a malformed row the same way: a {@link WsisException} whose
 * message names the file and the line.
 */
public final class CuratedTable {

    /** One row: its line number in the file, the line as written, and its cells (stripped). */
    public record Row(String file, int line, String text, List<String> cells, String badRowCode) {

        /** Cell {@code i}, or "" when the row is shorter. */
        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        /** The error to throw for this row: the file's bad-row code, the file, the line and what is wrong. */
        public WsisException bad(String whatIsWrong) {
            return new WsisException(badRowCode, file + " line " + line + ": " + whatIsWrong + ": '" + text + "'",
                    WsisException.FAILURE);
        }
    }

    private final List<Row> rows;

    private CuratedTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The packaged file {@code resource}; {@code missingCode} when the jar lacks it, {@code badRowCode} for its bad rows. */
    public static CuratedTable load(String resource, String missingCode, String badRowCode) {
        try (InputStream in = CuratedTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new WsisException(missingCode, "the jar holds no " + resource + "; rebuild it with mvn package",
                        WsisException.FAILURE);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), badRowCode);
        } catch (IOException e) {
            throw new WsisException(missingCode, "cannot read " + resource + ": " + e.getMessage(), WsisException.FAILURE, e);
        }
    }

    /** The rows of {@code text}, a file's content, named {@code file} in error messages. */
    public static CuratedTable parse(String file, String text, String badRowCode) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(cell.strip());
            }
            rows.add(new Row(file, i + 1, line, cells, badRowCode));
        }
        return new CuratedTable(rows);
    }

    /** Every data row. */
    public List<Row> rows() {
        return rows;
    }

    /** The data rows after the first, for files whose first row names the columns. */
    public List<Row> rowsAfterHeader() {
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }
}
