/** Step 3: citation, event and mandate records found in a document's paragraphs; plain Java records, no RDF. */
package org.wsiskg.extract;
