/** Step 4: raw matches resolved into a document's report: footnote citations to the paragraphs that carry them, citing functions, self-references dropped; and the same event seen in several texts settled to one set of values. */
package org.wsiskg.resolve;
