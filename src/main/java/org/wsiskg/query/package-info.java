/** Named SPARQL queries (one file each in queries/) and running them against the store with bound parameters. */
package org.wsiskg.query;
