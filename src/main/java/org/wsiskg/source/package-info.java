/**
 * Step 0: a file as the analyst downloaded it (plain text in any usual encoding, PDF, Word, HTML)
 * read into the text every later step indexes into, with the file's provenance; or, for a file
 * that cannot be read as a text, one problem naming the file and the reason.
 */
package org.wsiskg.source;
