/** Step 7: the store served over HTTP by an embedded, read-only Fuseki. */
package org.wsiskg.server;
