package org.wsiskg.extract;

import java.util.List;
import org.wsiskg.structure.Paragraph;

/**
 * Finds one form of citation in a paragraph. Implementations are stateless; each documents the
 * literal forms it accepts and those it deliberately rejects.
 */
public interface ReferenceExtractor {

    List<ReferenceMatch> find(Paragraph paragraph);
}
