package org.wsiskg.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets (Java String indices) into the text as
 * decoded from a source file, so that {@code original.substring(start, end)} is the quoted text.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
