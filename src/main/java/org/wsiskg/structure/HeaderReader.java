package org.wsiskg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.Span;

/**
 * Reads the lines before the first paragraph and the footer lines after the last one, with one language's
 * {@link HeaderForms}. The own symbol comes from the symbol lines of the header ({@link SymbolLines}), in every language; a
 * page title ending in a symbol counts when it is the header's first line. Header lines of no form (the agenda item's title,
 * the adoption note {@code [on the report of the Second Committee (A/65/433)]}) are kept as heading paragraphs, so that what
 * they cite is found, and so are lines of resolution numbers and titles when there are several (a list, none the own number).
 * Web copies move or mangle header lines: the adoption footer may stand above the title (a date alone next to the plenary
 * meeting line), the own number may lose its dot (then only the line right above the acting body counts), and an editor's
 * note may introduce the text by its title, date and symbol ({@link HeaderLine.Introduction}: the own symbol when no
 * symbol line, page title or page head gives one).
 */
final class HeaderReader {

    /** The header as read, and the header lines kept as heading paragraphs. */
    record Result(DocumentHeader header, List<List<Line>> notes) {
    }

    private HeaderReader() {
    }

    /**
     * @param pageHeads the symbols the pages print as their own (running heads, else a masthead below the header), the own
     *                  symbol when the header prints none; looked for only then, since it reads every line of the text
     * @param resolution whether the body read as a resolution (an opener or a preamble); the header may say so too
     */
    static Result read(AnchoredText doc, HeaderForms forms, List<Line> header, String actingBody, List<Line> footer,
                       Supplier<List<OwnSymbol>> pageHeads, boolean resolution) {
        Integer session = null;
        Integer agenda = null;
        String ownNumber = null;
        Span ownNumberSpan = null;
        String title = null;
        String body = actingBody;
        String kind = null;
        boolean draft = false;
        boolean decision = false;
        boolean titleNext = false;
        boolean isResolution = resolution;
        LocalDate adopted = null;
        Integer plenary = null;
        List<OwnSymbol> own = new ArrayList<>();
        OwnSymbol introduced = null;
        List<List<Line>> notes = new ArrayList<>();
        // Each line's form, read once: the count of number lines needs them all before the first is taken.
        List<HeaderLine> readings = new ArrayList<>(header.size());
        for (Line line : header) {
            readings.add(line.kind() == Line.Kind.TEXT ? forms.read(line.content()) : null);
        }
        boolean numberList = readings.stream().filter(f -> f instanceof HeaderLine.OwnNumber || f instanceof HeaderLine.NamedNumber)
                .count() > 1;
        int lastText = header.size() - 1;
        while (lastText >= 0 && header.get(lastText).kind() != Line.Kind.TEXT) {
            lastText--;
        }
        if (actingBody != null && lastText >= 0 && readings.get(lastText) instanceof HeaderLine.UndottedNumber u
                && readings.stream().noneMatch(f -> f instanceof HeaderLine.OwnNumber)) {
            // Right above the acting body, a number without its dot is the document's own number and title.
            readings.set(lastText, new HeaderLine.OwnNumber(u.number(), u.start(), u.end(), u.title()));
        }
        for (int i = 0; i < header.size(); i++) {
            Line line = header.get(i);
            String content = line.content();
            if (line.kind() != Line.Kind.TEXT) {
                continue;
            }
            List<SymbolLines.Found> symbols = SymbolLines.symbolLine(content);
            SymbolLines.Titled titled = i == 0 && symbols.isEmpty() ? SymbolLines.pageTitle(content) : null;
            if (!symbols.isEmpty() || titled != null) {
                for (SymbolLines.Found f : titled != null ? titled.symbols() : symbols) {
                    own.add(OwnSymbol.in(doc, line, f));
                }
                if (titled != null && title == null) {
                    title = titled.title();
                }
                continue;
            }
            Integer meeting = forms.plenaryMeeting(content);
            if (meeting != null) {
                // The adoption footer printed above the title, as web copies of older resolutions have it
                // (8 July 1987 / 36th plenary meeting): the meeting, and the date alone on the line next to it.
                plenary = meeting;
                LocalDate date = dateNextTo(header, i, forms);
                adopted = date != null ? date : adopted;
                continue;
            }
            HeaderLine read = readings.get(i);
            if (content.length() >= FlattenedLines.SHORTEST_FLATTENED) {
                // A flattened first page: the field's form starts the line, and the summary and citations go on after it. A
                // header field of a paper copy is never this long, so the line is kept as a heading too, and what it cites is read.
                keepAsNote(notes, line);
            }
            if (read instanceof HeaderLine.Session s) {
                session = s.number();
            } else if (read instanceof HeaderLine.AgendaItem a) {
                agenda = a.number();
            } else if (read instanceof HeaderLine.OwnNumber o && !numberList) {
                ownNumber = o.number();
                ownNumberSpan = doc.originalSpan(line.start() + o.start(), line.start() + o.end());
                isResolution = true;
                StringBuilder t = new StringBuilder(o.title());
                // A title wrapped by the PDF continues on the very next line, with no blank line between.
                while (i + 1 < header.size() && header.get(i + 1).index() == line.index() + 1
                        && header.get(i + 1).kind() == Line.Kind.TEXT) {
                    line = header.get(++i);
                    t.append(joint(t, line.trimmed())).append(line.trimmed());
                }
                title = t.toString();
            } else if (read instanceof HeaderLine.NamedNumber n && !numberList) {
                // (联合国大会决议  57/239 under the title: the body and the number; the title is the line above, if any.
                ownNumber = n.number();
                ownNumberSpan = doc.originalSpan(line.start() + n.start(), line.start() + n.end());
                body = body == null ? n.body() : body;
                decision |= n.decision();
                isResolution = true;
            } else if (read instanceof HeaderLine.Draft d) {
                draft = true;
                isResolution = true;
                decision = d.decision();
                titleNext = title == null;
            } else if (titleNext) {
                title = line.trimmed();
                titleNext = false;
            } else if (read instanceof HeaderLine.Adoption a) {
                adopted = a.date() != null ? a.date() : adopted;
                decision |= a.decision();
                body = body == null ? a.body() : body;
                isResolution = true;
                if (a.note()) {
                    keepAsNote(notes, line);
                }
            } else if (read instanceof HeaderLine.Introduction n) {
                adopted = n.date() != null ? n.date() : adopted;
                decision |= n.decision();
                introduced = OwnSymbol.in(doc, line, new SymbolLines.Found(n.symbol(), n.start(), n.end()));
                keepAsNote(notes, line);
            } else if (read instanceof HeaderLine.Kind k) {
                kind = kind == null ? k.kind() : kind;
                keepAsNote(notes, line);
            } else if (!(read instanceof HeaderLine.Label label) || label.namesBody()) {
                keepAsNote(notes, line);
            }
        }
        if (isResolution) {
            for (Line line : footer) {
                Integer meeting = forms.plenaryMeeting(line.content());
                if (meeting != null) {
                    plenary = meeting;
                } else {
                    LocalDate date = forms.footerDate(line.content());
                    adopted = date != null ? date : adopted;
                }
            }
        }
        if (own.isEmpty()) {
            own.addAll(pageHeads.get());
        }
        if (own.isEmpty() && introduced != null) {
            own.add(introduced);
        }
        return new Result(new DocumentHeader(session, agenda, ownNumber, ownNumberSpan, title, body,
                draft, decision, adopted, plenary, own, isResolution, isResolution ? null : kind), notes);
    }

    /** Keeps {@code line} as a heading paragraph of its own, once. */
    private static void keepAsNote(List<List<Line>> notes, Line line) {
        if (notes.isEmpty() || notes.get(notes.size() - 1).size() != 1 || notes.get(notes.size() - 1).get(0).index() != line.index()) {
            notes.add(List.of(line));
        }
    }

    /** The date of a line that is a date alone, the nearest text line above or below the header line {@code i}; or null. */
    private static LocalDate dateNextTo(List<Line> header, int i, HeaderForms forms) {
        for (int step : new int[] {-1, 1}) {
            Line next = Line.nearestText(header, i, step);
            if (next != null && forms.isFooterLine(next.content()) && forms.plenaryMeeting(next.content()) == null) {
                LocalDate date = forms.footerDate(next.content());
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** Between two lines of a wrapped title: nothing in Chinese, a space between two Latin words. */
    private static String joint(CharSequence before, String next) {
        if (before.length() == 0 || next.isEmpty()) {
            return "";
        }
        char last = before.charAt(before.length() - 1);
        char first = next.charAt(0);
        return last < 128 && Character.isLetterOrDigit(last) && first < 128 && Character.isLetterOrDigit(first) ? " " : "";
    }
}
