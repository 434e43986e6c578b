package org.wsiskg.text;

import java.util.Arrays;

/**
 * Text in which every character remembers the range of the original file text it came from.
 *
 * <p>Each cleaning step (dropping noise, folding widths, joining lines, cutting out footnote
 * markers) builds a new {@code AnchoredText} from an old one, so the anchors compose for free:
 * whatever an extractor finds in the final text maps straight back to the file with
 * {@link #originalSpan(int, int)}. A character that replaced a longer run (the four-times
 * repeated bold word) is anchored to the whole run, so quoting the span gives back what the
 * file really says.
 */
public final class AnchoredText implements CharSequence {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private AnchoredText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The file text itself, each character anchored to its own position. */
    public static AnchoredText of(String original) {
        int n = original.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new AnchoredText(original, original, s, e);
    }

    /** The complete file text this one is anchored to. */
    public String original() {
        return original;
    }

    /** The span of the original text that characters {@code [from, to)} of this text came from. */
    public Span originalSpan(int from, int to) {
        if (from < 0 || to > text.length() || from >= to) {
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + text.length());
        }
        int s = Integer.MAX_VALUE;
        int e = 0;
        // Anchors are monotone for every step we have, but taking min/max keeps this right even if not.
        for (int i = from; i < to; i++) {
            s = Math.min(s, starts[i]);
            e = Math.max(e, ends[i]);
        }
        return new Span(s, e);
    }

    /** Where character {@code index} of this text starts in the original. */
    public int originalStart(int index) {
        return index == text.length() ? (text.isEmpty() ? 0 : ends[index - 1]) : starts[index];
    }

    /** Original text quoted by {@code [from, to)} of this text. */
    public String quote(int from, int to) {
        Span span = originalSpan(from, to);
        return original.substring(span.start(), span.end());
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public AnchoredText subSequence(int from, int to) {
        return new AnchoredText(original, text.substring(from, to),
                Arrays.copyOfRange(starts, from, to), Arrays.copyOfRange(ends, from, to));
    }

    @Override
    public String toString() {
        return text;
    }

    public Builder toBuilder() {
        return new Builder(original);
    }

    public static Builder builder(String original) {
        return new Builder(original);
    }

    /** Assembles a new anchored text from pieces of older ones and replacements. */
    public static final class Builder {
        private final String original;
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[64];
        private int[] ends = new int[64];

        private Builder(String original) {
            this.original = original;
        }

        public int length() {
            return text.length();
        }

        /** The last character written so far; the builder must not be empty. */
        public char lastChar() {
            return text.charAt(text.length() - 1);
        }

        /** Copies characters {@code [from, to)} of {@code source} with their anchors. */
        public Builder append(AnchoredText source, int from, int to) {
            requireSameOriginal(source);
            for (int i = from; i < to; i++) {
                push(source.text.charAt(i), source.starts[i], source.ends[i]);
            }
            return this;
        }

        /** Copies one character of {@code source} with its anchor. */
        public Builder append(AnchoredText source, int index) {
            return append(source, index, index + 1);
        }

        /**
         * Writes {@code replacement} in place of characters {@code [from, to)} of {@code source}:
         * every character of the replacement is anchored to the whole replaced range.
         */
        public Builder replace(AnchoredText source, int from, int to, String replacement) {
            requireSameOriginal(source);
            Span span = source.originalSpan(from, to);
            for (int i = 0; i < replacement.length(); i++) {
                push(replacement.charAt(i), span.start(), span.end());
            }
            return this;
        }

        /**
         * Writes {@code inserted} anchored to the empty point just before character {@code at} of
         * {@code source}; used for the separator that joins two lines.
         */
        public Builder insert(AnchoredText source, int at, String inserted) {
            requireSameOriginal(source);
            int point = source.originalStart(at);
            for (int i = 0; i < inserted.length(); i++) {
                push(inserted.charAt(i), point, point);
            }
            return this;
        }

        public AnchoredText build() {
            int n = text.length();
            return new AnchoredText(original, text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }

        private void push(char c, int s, int e) {
            int n = text.length();
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            text.append(c);
            starts[n] = s;
            ends[n] = e;
        }

        private void requireSameOriginal(AnchoredText source) {
            if (source.original != original) {
                throw new IllegalArgumentException("pieces of different source texts cannot be mixed");
            }
        }
    }
}
