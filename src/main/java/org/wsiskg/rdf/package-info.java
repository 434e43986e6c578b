/** Step 5: extraction reports turned into triples against the project ontology, one named graph per source text. */
package org.wsiskg.rdf;
