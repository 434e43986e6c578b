package org.wsiskg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.extract.ReferenceExtractor;
import org.wsiskg.extract.ReferenceMatch;
import org.wsiskg.structure.Paragraph;

/**
 * Titled instruments cited by their title in 《…》: the WSIS outcome documents, the 2030 Agenda,
 * declarations, covenants, publications.
 *
 * <p>Accepts, with kind instrument:
 * <ul>
 *   <li>a title the curated table knows, white space ignored: {@code 《信息社会突尼斯议程》},
 *       {@code 《突尼斯议程》} → WSIS-05/TUNIS/DOC/6(Rev.1); {@code 《原则宣言》} →
 *       WSIS-03/GENEVA/DOC/4; {@code 《2030 年可持续发展议程》}, {@code 《2030年议程》} → A/RES/70/1;</li>
 *   <li>a title followed by its symbol in brackets:
 *       {@code 《大会正式记录，第六十九届会议，补编第 53 号》(A/69/53)} → A/69/53;</li>
 *   <li>any other title, with no target yet: the resolve step reads the footnote whose marker
 *       follows the title ({@code 《新城市议程》³} with footnote {@code 第 71/256 号决议，附件。}) or
 *       reports the title as unresolved.</li>
 * </ul>
 * Rejects: titles the table lists as having no document symbol ({@code 《联合国宪章》}), empty
 * brackets, and titles broken over a paragraph end. Quoted names in “…” are not titles of
 * instruments (题为“数字合作路线图”的报告) and are left alone.
 */
public final class InstrumentExtractor implements ReferenceExtractor {

    static final Pattern TITLE = Pattern.compile("《(?<title>[^《》\\n]{1,120})》");
    private static final Pattern SYMBOL_AFTER = Pattern.compile(
            "\\s?\\(\\s?(?<symbol>" + DocumentSymbolExtractor.BODY + ")" + DocumentSymbolExtractor.END + "\\s?\\)");
    private final InstrumentTable table;

    public InstrumentExtractor(InstrumentTable table) {
        this.table = table;
    }

    @Override
    public List<ReferenceMatch> find(Paragraph paragraph) {
        return find(paragraph.text().toString());
    }

    List<ReferenceMatch> find(String text) {
        List<ReferenceMatch> found = new ArrayList<>();
        Matcher m = TITLE.matcher(text);
        while (m.find()) {
            String title = m.group("title");
            if (title.isBlank()) {
                continue;
            }
            Optional<InstrumentTable.Entry> known = table.lookup(title);
            if (known.isPresent()) {
                if (known.get().hasSymbol()) {
                    found.add(new ReferenceMatch("instrument", known.get().symbol(), null, m.start(), m.end(), title));
                }
                continue;
            }
            Matcher after = SYMBOL_AFTER.matcher(text).region(m.end(), text.length());
            String target = after.lookingAt() ? after.group("symbol") : null;
            found.add(new ReferenceMatch("instrument", target, null, m.start(), m.end(), title));
        }
        return found;
    }
}
