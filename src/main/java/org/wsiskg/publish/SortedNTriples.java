package org.wsiskg.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * A graph as its N-Triples lines in sorted order: the same triples give the same bytes whatever
 * order a store returns them in. The graphs wsis-kg writes have no blank nodes, so this form is
 * canonical, and its digest tells whether a graph changed.
 */
final class SortedNTriples {

    private SortedNTriples() {
    }

    static byte[] of(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        StringBuilder b = new StringBuilder(out.size() + 16);
        for (String line : lines) {
            if (!line.isEmpty()) {
                b.append(line).append('\n');
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
