package org.wsiskg.extract;

import java.util.List;
import org.wsiskg.structure.Paragraph;

/**
 * Finds one form of citation in a paragraph. Implementations are stateless; each documents the
 * literal forms it accepts and those it deliberately rejects.
 */
public interface ReferenceExtractor {

    List<ReferenceMatch> find(Paragraph paragraph);

    /**
     * The same, in a text that says of itself what {@code citing} holds. Forms whose reading
     * depends on the citing text (a bare resolution number is the acting body's) override it.
     */
    default List<ReferenceMatch> find(Paragraph paragraph, CitingText citing) {
        return find(paragraph);
    }
}
