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

    /** The English synthetic resolution in every format read: {@code resolution.txt}, {@code .pdf}, {@code .docx}, {@code .doc}, {@code .html}. */
    public static void englishInEveryFormat(Path dir) throws IOException {
        SyntheticResolution r = SyntheticResolution.english();
        FixtureFiles.text(r, dir.resolve("resolution.txt"));
        FixtureFiles.pdf(r, dir.resolve("resolution.pdf"));
        FixtureFiles.docx(r, dir.resolve("resolution.docx"));
        FixtureFiles.doc(r, dir.resolve("resolution.doc"));
        FixtureFiles.html(r, dir.resolve("resolution.html"));
    }

    public static Path englishDocx(Path file) throws IOException {
        return FixtureFiles.docx(SyntheticResolution.english(), file);
    }
}
