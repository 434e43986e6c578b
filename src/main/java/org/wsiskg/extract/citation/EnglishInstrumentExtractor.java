package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.structure.Paragraph;

/**
 * Titled instruments cited by their English title, which UN English writes without quotes: the
 * curated table's English titles ({@code data/instruments.tsv}), matched as whole words, capitals
 * as written, longest first.
 *
 * <p>Accepts, with kind instrument and the table's symbol:
 * <ul>
 *   <li>{@code the Tunis Agenda for the Information Society}, {@code the Tunis Commitment},
 *       {@code the Geneva Declaration of Principles}, {@code the Geneva Plan of Action},
 *       {@code the 2030 Agenda for Sustainable Development}, {@code the Addis Ababa Action Agenda},
 *       {@code the Universal Declaration of Human Rights};</li>
 *   <li>a short form of a longer title of the same instrument ({@code Tunis Agenda},
 *       {@code 2030 Agenda}, {@code Declaration of Principles}, {@code Plan of Action}) not followed by {@code for}, {@code on},
 *       {@code of} or {@code to}, which would make it part of another name ({@code the Plan of Action for Africa}); one that drops
 *       the title's opening words ({@code Declaration of Principles}, {@code Plan of Action}) only after {@code the}, since
 *       other texts share it ({@code a national Plan of Action}); one that keeps them ({@code Tunis Agenda}) also without it
 *       ({@code according to Tunis Agenda paragraphs 72 to 78}).</li>
 * </ul>
 * The title is the match's {@code title}, so that a footnote whose marker follows it
 * ({@code the Tunis Agenda for the Information Society,1}) settles or confirms its symbol; a marker may be glued to it, with the
 * footnote's text right after ({@code the Tunis Agenda for the Information Society1See A/60/687}).
 * Rejects: titles the table gives no symbol ({@code the Charter of the United Nations}), other
 * capitalisation ({@code the tunis agenda}), and titles inside longer words.
 */
public final class EnglishInstrumentExtractor implements ReferenceExtractor {

    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9][ -~’]*");
    private static final Pattern CONTINUES_ANOTHER_NAME = Pattern.compile("\\s{1,3}(?:for|on|of|to)\\s");
    private static final Pattern THE_BEFORE = Pattern.compile("(?:^|[^A-Za-z])[Tt]he\\s{1,3}$");
    private final InstrumentTable table;
    private final List<String> titles = new ArrayList<>();
    /** The titles that are short forms of longer ones, found once: the table is compared with itself for each. */
    private final java.util.Set<String> shortForms = new java.util.HashSet<>();
    /** The short forms that keep their title's opening words, and so need no {@code the} before them. */
    private final java.util.Set<String> leadingShortForms = new java.util.HashSet<>();

    public EnglishInstrumentExtractor(InstrumentTable table) {
        this.table = table;
        for (String title : table.titlesLongestFirst()) {
            if (LATIN.matcher(title).matches() && table.lookup(title).orElseThrow().hasSymbol()) {
                titles.add(title);
                if (table.isShortForm(title)) {
                    shortForms.add(title);
                }
                if (table.isLeadingShortForm(title)) {
                    leadingShortForms.add(title);
                }
            }
        }
    }

    @Override
    public List<ReferenceMatch> find(Paragraph paragraph) {
        return find(paragraph.text().toString());
    }

    List<ReferenceMatch> find(String text) {
        List<ReferenceMatch> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (String title : titles) {
            boolean shortForm = shortForms.contains(title);
            for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
                int end = at + title.length();
                if (taken[at] || !wholeWords(text, at, end)
                        || (shortForm && !shortFormStandsAlone(text, at, end, leadingShortForms.contains(title)))) {
                    continue;
                }
                for (int k = at; k < end; k++) {
                    taken[k] = true;
                }
                found.add(new ReferenceMatch("instrument", table.lookup(title).orElseThrow().symbol(), null, at, end, title));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * Whether the title stands as whole words: no letter or digit touches it, but a footnote marker may follow it glued, as a web
     * copy glues the marker and the footnote's own text ({@code the Tunis Agenda for the Information Society1See A/60/687}).
     */
    private static boolean wholeWords(String text, int at, int end) {
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                        || GLUED_MARKER.matcher(text).region(end, text.length()).lookingAt());
    }

    /** One to three digits right after a title, then no digit, slash or letter of the same word: a footnote marker. */
    private static final Pattern GLUED_MARKER = Pattern.compile("\\d{1,3}(?![\\d/])(?:\\p{Lu}|\\s|[,.;:)]|$)");

    private static boolean shortFormStandsAlone(String text, int at, int end, boolean keepsOpeningWords) {
        Matcher the = THE_BEFORE.matcher(text).region(Math.max(0, at - 6), at);
        Matcher after = CONTINUES_ANOTHER_NAME.matcher(text).region(end, text.length());
        return (keepsOpeningWords || the.find()) && !after.lookingAt();
    }
}
