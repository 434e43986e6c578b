/** The terms the code writes, one class per vocabulary, each a plain list of constants; the ontology declares exactly these. */
package org.wsiskg.rdf.vocab;
