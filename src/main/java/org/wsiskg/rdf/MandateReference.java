package org.wsiskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wsiskg.WsisException;

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
        try (InputStream in = MandateReference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WsisException("MANDATE_DATA_MISSING", "the classpath holds no " + RESOURCE
                        + "; rebuild with mvn package", WsisException.FAILURE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WsisException("MANDATE_DATA_MISSING", "cannot read " + RESOURCE + ": " + e.getMessage(),
                    WsisException.FAILURE, e);
        }
    }

    static List<Action> parse(String tsv) {
        List<Action> actions = new ArrayList<>();
        boolean header = true;
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 7) {
                throw new WsisException("MANDATE_DATA_BAD_ROW", RESOURCE + ": a row needs 7 columns: " + line,
                        WsisException.FAILURE);
            }
            try {
                actions.add(new Action(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(),
                        Integer.parseInt(c[4].strip()), Integer.parseInt(c[5].strip()), c[6].strip()));
            } catch (NumberFormatException e) {
                throw new WsisException("MANDATE_DATA_BAD_ROW", RESOURCE + ": years must be numbers: " + line,
                        WsisException.FAILURE, e);
            }
        }
        return List.copyOf(actions);
    }
}
