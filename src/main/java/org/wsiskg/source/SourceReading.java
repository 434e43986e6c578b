package org.wsiskg.source;

import java.util.Optional;
import org.wsiskg.text.SourceText;

/** What reading one file gave: its text, or the one problem that kept it out of the graph. */
public record SourceReading(String file, SourceText text, SourceProblem problem) {

    public SourceReading {
        if ((text == null) == (problem == null)) {
            throw new IllegalArgumentException("a reading has either a text or a problem");
        }
    }

    static SourceReading of(SourceText text) {
        return new SourceReading(text.name(), text, null);
    }

    static SourceReading refused(SourceProblem problem) {
        return new SourceReading(problem.file(), null, problem);
    }

    public Optional<SourceText> textIfRead() {
        return Optional.ofNullable(text);
    }
}
