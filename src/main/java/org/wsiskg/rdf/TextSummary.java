package org.wsiskg.rdf;

import java.util.List;
import org.wsiskg.extract.DocumentExtraction;
import org.wsiskg.extract.EventMention;

/**
 * What the graphs of the other texts need of one text, and nothing more: which document it is
 * (symbol, or source for a draft), its language, how many preambular paragraphs it has (so the
 * texts of one document can pair theirs, see {@link ParagraphNames}) and the events it mentions
 * (so every graph can say the same of each event). A build keeps one per text instead of the text's
 * extraction, so what is derived across texts costs memory by the summary, not by the corpus.
 */
public record TextSummary(String source, String language, String symbol, int preambles, List<EventMention> events) {

    public TextSummary {
        events = List.copyOf(events);
    }

    public static TextSummary of(DocumentExtraction d) {
        int preambles = (int) d.paragraphs().stream().filter(p -> p.kind().equals("preambular")).count();
        return new TextSummary(d.source(), d.language(), d.symbol(), preambles, d.events());
    }
}
