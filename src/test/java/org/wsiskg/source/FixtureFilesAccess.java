package org.wsiskg.source;

import java.io.IOException;
import java.nio.file.Path;

/** The fixture writers for tests of other packages (the command line, the graph). */
public final class FixtureFilesAccess {

    private FixtureFilesAccess() {
    }

    public static Path englishPdf(Path file) throws IOException {
        return FixtureFiles.pdf(SyntheticResolution.english(), file);
    }

    public static Path englishDocx(Path file) throws IOException {
        return FixtureFiles.docx(SyntheticResolution.english(), file);
    }
}
