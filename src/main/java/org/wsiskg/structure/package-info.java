/** Step 2: the normalised text read as a UN document: header, footer, paragraphs, footnotes and their markers. */
package org.wsiskg.structure;
