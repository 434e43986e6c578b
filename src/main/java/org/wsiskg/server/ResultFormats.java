package org.wsiskg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The format of an answer: from {@code ?format=} (or {@code ?output=}) when given, else the best
 * the {@code Accept} header allows, else the first offer. SELECT and ASK results are JSON, XML, CSV
 * or TSV; graphs (CONSTRUCT, DESCRIBE, Graph Store reads) Turtle, N-Triples, JSON-LD or RDF/XML;
 * whole datasets TriG or N-Quads.
 */
final class ResultFormats {

    /** A format: its media type, the short names {@code ?format=} takes, and how Jena writes it. */
    record Offer(String mediaType, List<String> names, Lang resultLang, RDFFormat rdfFormat) {
    }

    static final List<Offer> RESULTS = List.of(
            new Offer("application/sparql-results+json", List.of("json", "srj"), ResultSetLang.RS_JSON, null),
            new Offer("application/sparql-results+xml", List.of("xml", "srx"), ResultSetLang.RS_XML, null),
            new Offer("text/csv", List.of("csv"), ResultSetLang.RS_CSV, null),
            new Offer("text/tab-separated-values", List.of("tsv"), ResultSetLang.RS_TSV, null),
            new Offer("application/json", List.of(), ResultSetLang.RS_JSON, null));

    static final List<Offer> GRAPHS = List.of(
            new Offer("text/turtle", List.of("ttl", "turtle"), null, RDFFormat.TURTLE_PRETTY),
            new Offer("application/n-triples", List.of("nt", "ntriples"), null, RDFFormat.NTRIPLES),
            new Offer("application/ld+json", List.of("jsonld", "json"), null, RDFFormat.JSONLD11),
            new Offer("application/rdf+xml", List.of("rdf", "xml", "rdfxml"), null, RDFFormat.RDFXML_PLAIN));

    static final List<Offer> DATASETS = List.of(
            new Offer("application/trig", List.of("trig"), null, RDFFormat.TRIG_PRETTY),
            new Offer("application/n-quads", List.of("nq", "nquads"), null, RDFFormat.NQUADS));

    private ResultFormats() {
    }

    static Offer choose(List<Offer> offers, String formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            String f = formatParameter.strip().toLowerCase(Locale.ROOT);
            for (Offer o : offers) {
                if (o.names().contains(f) || o.mediaType().equals(f)) {
                    return o;
                }
            }
            List<String> known = new ArrayList<>();
            offers.forEach(o -> known.addAll(o.names()));
            throw new Refusal(400, "format is one of " + String.join(", ", known) + ", not '" + formatParameter + "'.");
        }
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        record Range(String type, double q, int order) {
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",", 64);
        for (int i = 0; i < parts.length; i++) {
            String[] fields = parts[i].split(";", 16);
            double q = 1.0;
            for (int k = 1; k < fields.length; k++) {
                String p = fields[k].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(fields[0].strip().toLowerCase(Locale.ROOT), q, i));
        }
        ranges.sort(Comparator.comparingDouble((Range r) -> -r.q()).thenComparingInt(Range::order));
        for (Range r : ranges) {
            if (r.q() <= 0) {
                continue;
            }
            for (Offer o : offers) {
                if (matches(r.type(), o.mediaType())) {
                    return o;
                }
            }
        }
        return offers.get(0);
    }

    private static boolean matches(String range, String type) {
        if (range.equals("*/*") || range.equals(type)) {
            return true;
        }
        return range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1));
    }
}
