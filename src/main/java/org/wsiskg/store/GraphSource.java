package org.wsiskg.store;

import org.apache.jena.query.Dataset;

/**
 * Where a server reads its graph from, one request at a time. A request takes a {@link Lease} and
 * reads only its dataset until it closes the lease, so it sees one generation of the store from
 * start to end even when a rebuild switches generations meanwhile.
 */
public interface GraphSource {

    /** The dataset one request reads; closing it lets the generation go once no request reads it. */
    interface Lease extends AutoCloseable {
        Dataset dataset();

        @Override
        void close();
    }

    Lease lease();

    /** A source that always answers with the same dataset (an in-memory store, a test). */
    static GraphSource fixed(Dataset dataset) {
        Lease lease = new Lease() {
            @Override
            public Dataset dataset() {
                return dataset;
            }

            @Override
            public void close() {
                // The dataset belongs to the caller, not to the lease.
            }
        };
        return () -> lease;
    }
}
