package org.wsiskg.extract.event;

import java.util.List;

/**
 * Finds one form of event mention in the text of a paragraph (lines joined, footnote markers cut
 * out). Implementations are stateless; each documents the literal forms it accepts and those it
 * deliberately rejects. Offsets are into the text given.
 */
public interface EventExtractor {

    List<EventMatch> find(String text, EventContext context);
}
