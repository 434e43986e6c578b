package org.wsiskg.text;

/**
 * A date or a range of dates read from a text, at the precision the text gives: {@code start} and
 * {@code end} are ISO strings ({@code 2010-05-17}, {@code 2016-09}) or both null when the text
 * gives only a year. {@code yearFromContext} is true when the text gave no year and {@code year}
 * was taken from the surrounding text. {@code [from, to)} is where it stands in the text read.
 */
public record DateRange(int year, String start, String end, boolean yearFromContext, int from, int to) {
}
