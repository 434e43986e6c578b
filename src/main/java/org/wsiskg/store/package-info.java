/** Step 6: the graph kept in a persistent TDB2 store, rebuilt beside the old one and swapped in when complete. */
package org.wsiskg.store;
