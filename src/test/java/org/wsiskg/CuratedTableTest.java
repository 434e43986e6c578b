package org.wsiskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Curated data files: comments and blank lines skipped, cells stripped, bad rows named by file and line. */
class CuratedTableTest {

    private static final String TEXT = """
            # a source line
            kind\tfirst\tyear

            cstd-session\t 9 \t2006
            """;

    @Test
    void readsRowsAfterTheCommentsAndTheHeader() {
        CuratedTable table = CuratedTable.parse("/data/example.tsv", TEXT, "EXAMPLE_BAD_ROW");
        assertEquals(2, table.rows().size());
        CuratedTable.Row row = table.rowsAfterHeader().get(0);
        assertEquals(List.of("cstd-session", "9", "2006"), row.cells());
        assertEquals(4, row.line());
        assertEquals("", row.cell(7));
    }

    @Test
    void aBadRowIsReportedWithItsFileAndLine() {
        CuratedTable.Row row = CuratedTable.parse("/data/example.tsv", TEXT, "EXAMPLE_BAD_ROW").rows().get(1);
        WsisException e = row.bad("a year must have four digits");
        assertEquals("EXAMPLE_BAD_ROW", e.code());
        assertTrue(e.getMessage().startsWith("/data/example.tsv line 4: a year must have four digits"), e.getMessage());
    }

    @Test
    void aMissingFileIsAFailureWithItsOwnCode() {
        WsisException e = assertThrows(WsisException.class,
                () -> CuratedTable.load("/data/no-such-file.tsv", "EXAMPLE_MISSING", "EXAMPLE_BAD_ROW"));
        assertEquals("EXAMPLE_MISSING", e.code());
        assertEquals(WsisException.FAILURE, e.exitStatus());
    }
}
