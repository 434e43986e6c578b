/** Step 7: the graph written out for other tools: RDF serialisations, network files, a citation table. */
package org.wsiskg.export;
