package org.wsiskg.extract;

/**
 * What an extractor found in one paragraph's text: the citation's kind, canonical target,
 * cited paragraph (or null), and its place {@code [start, end)} in the paragraph text.
 */
public record ReferenceMatch(String kind, String target, Integer paragraph, int start, int end) {
}
