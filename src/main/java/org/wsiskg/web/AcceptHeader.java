package org.wsiskg.web;

import java.util.List;
import java.util.Locale;

/**
 * Picks what to answer from an HTTP {@code Accept} header (RFC 9110 §12.5.1): among the media
 * types offered, the one the client weighs highest ({@code q}), an exact type beating
 * {@code type/*} beating {@code *}{@code /*} at equal weight, and the earlier offer winning a tie.
 */
final class AcceptHeader {

    private AcceptHeader() {
    }

    /** The index in {@code offers} to answer with, or -1 if the client accepts none of them. */
    static int choose(String header, List<String> offers) {
        int best = -1;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String range = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (range.isEmpty()) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            int specificity = range.equals("*/*") ? 0 : range.endsWith("/*") ? 1 : 2;
            for (int i = 0; i < offers.size(); i++) {
                if (q <= 0 || !matches(range, offers.get(i))) {
                    continue;
                }
                boolean better = q > bestQ || (q == bestQ && specificity > bestSpecificity)
                        || (q == bestQ && specificity == bestSpecificity && i < best);
                if (better) {
                    best = i;
                    bestQ = q;
                    bestSpecificity = specificity;
                }
            }
        }
        return best;
    }

    private static boolean matches(String range, String offer) {
        if (range.equals("*/*")) {
            return true;
        }
        if (range.endsWith("/*")) {
            return offer.startsWith(range.substring(0, range.length() - 1));
        }
        return range.equals(offer);
    }
}
