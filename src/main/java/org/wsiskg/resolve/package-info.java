/** Step 4: raw matches resolved into a document's report: footnote citations to the paragraphs that carry them, citing functions, self-references dropped. */
package org.wsiskg.resolve;
