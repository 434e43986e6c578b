package org.wsiskg.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.wsiskg.WsisException;

/** Every export format, by the name the command line takes, and which exporter writes it. */
public enum ExportFormat {
    TURTLE, NTRIPLES, NQUADS, TRIG, JSONLD, RDFXML, GRAPHML, GEXF, DOT, CYTOSCAPE, CSV;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the network formats, the ones that {@link NetworkReader.Include} applies to. */
    public boolean isNetwork() {
        return this == GRAPHML || this == GEXF || this == DOT || this == CYTOSCAPE;
    }

    public static ExportFormat byName(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WsisException("UNKNOWN_FORMAT", "'" + name + "' is not one of " + names(), WsisException.USAGE);
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }

    /** Writes {@code dataset} in this format; {@code include} says what a network holds. */
    public void write(DatasetGraph dataset, NetworkReader.Include include, OutputStream out) {
        if (isNetwork()) {
            Network network = new NetworkReader().read(dataset, include);
            new NetworkExporter().write(network, NetworkExporter.Format.valueOf(name()), out);
        } else if (this == CSV) {
            new CitationCsv().write(dataset, out);
        } else {
            RdfExporter.standard().write(dataset, RdfExporter.Format.valueOf(name()), out);
        }
    }
}
