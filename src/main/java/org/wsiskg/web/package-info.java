/** The analyst's desk: web pages over the store (home, named queries, a page per resource with content negotiation, the citation network), served beside the SPARQL endpoint. */
package org.wsiskg.web;
