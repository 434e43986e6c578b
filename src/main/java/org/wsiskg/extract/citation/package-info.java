/** One extractor per citation form: resolutions and decisions, document symbols, paragraphs, titled instruments. */
package org.wsiskg.extract.citation;
