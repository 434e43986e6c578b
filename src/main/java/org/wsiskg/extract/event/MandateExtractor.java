package org.wsiskg.extract.event;

import java.util.List;

/**
 * Finds one form of mandate action or request in the text of a paragraph. Implementations are
 * stateless; each documents the literal forms it accepts and those it deliberately rejects.
 */
public interface MandateExtractor {

    List<MandateMatch> find(String text, EventContext context);
}
