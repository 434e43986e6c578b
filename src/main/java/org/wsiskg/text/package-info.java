/** Step 1: a source file read as text, cleaned of PDF artefacts, with every character anchored to its offset in the file. */
package org.wsiskg.text;
