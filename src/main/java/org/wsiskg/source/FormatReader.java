package org.wsiskg.source;

import org.wsiskg.text.SourceText;

/** Reads the bytes of one file format into the text the pipeline reads, or refuses them with a code. */
interface FormatReader {

    SourceText read(String name, byte[] bytes) throws UnreadableFile;
}
