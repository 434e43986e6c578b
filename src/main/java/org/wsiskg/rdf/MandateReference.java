package org.wsiskg.rdf;

import java.util.ArrayList;
import java.util.List;
import org.wsiskg.CuratedTable;

/**
 * The curated mandate actions of {@code data/igf-mandate.tsv}, read from the classpath copy the
 * build packages: actions the corpus cites but does not take itself, such as the creation of the
 * IGF by paragraph 72 of the Tunis Agenda and its first period, each with the basis it rests on.
 */
final class MandateReference {

    static final String RESOURCE = "/data/igf-mandate.tsv";

    /** One curated action: who, what, by which paragraph of which document, the period and its basis. */
    record Action(String subject, String action, String document, String paragraph, int begin, int end,
                  String basis) {
    }

    private MandateReference() {
    }

    static List<Action> load() {
        List<Action> actions = new ArrayList<>();
        for (CuratedTable.Row row : CuratedTable.load(RESOURCE, "MANDATE_DATA_MISSING", "MANDATE_DATA_BAD_ROW").rowsAfterHeader()) {
            if (row.cells().size() != 7) {
                throw row.bad("a row needs 7 columns");
            }
            try {
                actions.add(new Action(row.cell(0), row.cell(1), row.cell(2), row.cell(3),
                        Integer.parseInt(row.cell(4)), Integer.parseInt(row.cell(5)), row.cell(6)));
            } catch (NumberFormatException e) {
                throw row.bad("the first and last years must be numbers");
            }
        }
        return List.copyOf(actions);
    }
}
