package org.wsiskg.extract.citation;

import java.util.List;
import java.util.regex.Pattern;
import org.wsiskg.extract.ReferenceMatch;

/**
 * The parts of a joint symbol, one document under two or more symbols ({@code A/74/66–E/2019/7}): what is cited of one part
 * (its paragraphs) is cited of each, in both languages.
 */
final class JointSymbols {

    private JointSymbols() {
    }

    /** Between the parts of a joint symbol: a hyphen or a dash, spaces around it optional. */
    private static final Pattern JOINT_GAP = Pattern.compile("\\s?[-\u2013\u2014]\\s?");

    /**
     * The parts of the joint symbol an anchor belongs to, in text order ({@code A/74/66–E/2019/7, paras. 45–48}: the
     * paragraphs of both, one document under two symbols), or the anchor alone. {@code anchors} are in the order they start;
     * only the neighbours of the anchor are looked at, so that a paragraph of many symbols is read in linear time.
     */
    static List<ReferenceMatch> partsOf(String text, ReferenceMatch anchor, List<ReferenceMatch> anchors) {
        int at = indexOf(anchor, anchors);
        if (!anchor.kind().equals("document") || at < 0) {
            return List.of(anchor);
        }
        int first = at;
        while (first > 0 && joined(text, anchors.get(first - 1), anchors.get(first))) {
            first--;
        }
        int last = at;
        while (last + 1 < anchors.size() && joined(text, anchors.get(last), anchors.get(last + 1))) {
            last++;
        }
        return List.copyOf(anchors.subList(first, last + 1));
    }

    private static boolean joined(String text, ReferenceMatch a, ReferenceMatch b) {
        return a.kind().equals("document") && b.kind().equals("document") && a.end() <= b.start()
                && JOINT_GAP.matcher(text).region(a.end(), b.start()).matches();
    }

    /** Where {@code anchor} stands in {@code anchors} (ordered by start), found by binary search; -1 when it is not there. */
    private static int indexOf(ReferenceMatch anchor, List<ReferenceMatch> anchors) {
        int lo = 0;
        int hi = anchors.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (anchors.get(mid).start() < anchor.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < anchors.size() && anchors.get(i).start() == anchor.start(); i++) {
            if (anchors.get(i) == anchor) {
                return i;
            }
        }
        return -1;
    }
}
