package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.wsiskg.CuratedTable;

/**
 * The curated table of titled instruments ({@code data/instruments.tsv}, read from the classpath
 * copy the build packages as {@code /data/instruments.tsv}): each title variant, compared without
 * white space, gives the instrument's canonical symbol and the document it is published in. It is
 * the fallback for titles whose text attaches no footnote, and it names the instrument itself
 * where a footnote names only the document that publishes it ({@code 见 A/60/687}).
 */
public final class InstrumentTable {

    public static final String RESOURCE = "/data/instruments.tsv";
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /**
     * One instrument: canonical symbol (empty when it has none), where it is published (or empty),
     * and whether its provisions are articles (a treaty, the Universal Declaration) rather than
     * paragraphs: "article 72 of the Tunis Agenda" can only mean its paragraph 72.
     */
    public record Entry(String symbol, String publishedIn, boolean numberedInArticles) {
        public boolean hasSymbol() {
            return !symbol.isEmpty();
        }
    }

    private final Map<String, Entry> byTitle;
    private final List<String> titlesLongestFirst;

    InstrumentTable(Map<String, Entry> byTitle, List<String> titlesAsWritten) {
        this.byTitle = Map.copyOf(byTitle);
        List<String> titles = new ArrayList<>(titlesAsWritten);
        titles.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.titlesLongestFirst = List.copyOf(titles);
    }

    /** The table packaged with the application. */
    public static InstrumentTable load() {
        return of(CuratedTable.load(RESOURCE, "INSTRUMENT_TABLE_MISSING", "INSTRUMENT_TABLE_BAD_ROW"));
    }

    static InstrumentTable of(CuratedTable table) {
        Map<String, Entry> byTitle = new HashMap<>();
        List<String> titles = new ArrayList<>();
        for (CuratedTable.Row row : table.rows()) {
            if (row.cell(0).isEmpty()) {
                throw row.bad("a row needs its titles in the first column");
            }
            String numbering = row.cell(3);
            if (!numbering.isEmpty() && !numbering.equals("articles")) {
                throw row.bad("the fourth column is 'articles' or empty (paragraphs), not '" + numbering + "'");
            }
            Entry entry = new Entry(row.cell(1), row.cell(2), numbering.equals("articles"));
            for (String title : row.cell(0).split("\\|")) {
                byTitle.put(key(title), entry);
                titles.add(title.strip());
            }
        }
        return new InstrumentTable(byTitle, titles);
    }

    /** The instrument a title names, white space ignored ({@code 2030 年议程} = {@code 2030年议程}). */
    public Optional<Entry> lookup(String title) {
        return Optional.ofNullable(byTitle.get(key(title)));
    }

    /**
     * Whether {@code title} is a short form of a longer title of the same instrument
     * ({@code Tunis Agenda} of {@code Tunis Agenda for the Information Society}): written without
     * brackets, such a form may be part of another name.
     */
    public boolean isShortForm(String title) {
        return longerTitleOfSameInstrument(title, String::contains);
    }

    /**
     * Whether {@code title} is a short form that keeps the opening words of a longer title of the same instrument ({@code Tunis
     * Agenda}, {@code 2030 Agenda}): it keeps the name that sets the instrument apart, where a short form that drops them
     * ({@code Declaration of Principles}, {@code Plan of Action}) is a name many texts share.
     */
    public boolean isLeadingShortForm(String title) {
        return longerTitleOfSameInstrument(title, String::startsWith);
    }

    /** Whether another title of the instrument {@code title} names holds it as {@code holds} says (white space ignored). */
    private boolean longerTitleOfSameInstrument(String title, BiPredicate<String, String> holds) {
        Entry entry = byTitle.get(key(title));
        String k = key(title);
        return titlesLongestFirst.stream().anyMatch(t -> !key(t).equals(k) && holds.test(key(t), k) && entry.equals(byTitle.get(key(t))));
    }

    /** Every title variant as the table writes it, longest first, so that a scan finds 信息社会突尼斯议程 before 突尼斯议程. */
    public List<String> titlesLongestFirst() {
        return titlesLongestFirst;
    }

    static String key(String title) {
        return SPACE.matcher(title).replaceAll("");
    }
}
