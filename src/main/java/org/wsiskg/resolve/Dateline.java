package org.wsiskg.resolve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.structure.DocumentStructure;
import org.wsiskg.structure.Paragraph;

/**
 * The year a web copy is dated: the first full date (year, month and day) written in the text's
 * first {@value #HEAD} characters, where news items, blog posts and reposts print their dateline
 * ({@code 2019-11-27 09:31:52}, {@code 时间:2021-05-06}, {@code 2019年11月27日}, {@code 2019/11/27},
 * {@code 27 November 2019}, {@code November 27, 2019}). A relative year (去年, 今年) is read against
 * it when the document gives no year of its own. A year alone, or a month and year, is no
 * dateline: it is more often the year of something the text speaks of.
 */
final class Dateline {

    /** How far from the start of the file a dateline stands. */
    static final int HEAD = 300;
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<![\\d/\\-])(?<iso>(?:19|20)\\d\\d)[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])(?![\\d/\\-])"
                    + "|(?<zh>(?:19|20)\\d\\d)\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"
                    + "|(?<![\\d])\\d{1,2}\\s" + MONTH + ",?\\s(?<dmy>(?:19|20)\\d\\d)(?!\\d)"
                    + "|" + MONTH + "\\s\\d{1,2},\\s(?<mdy>(?:19|20)\\d\\d)(?!\\d)");

    private Dateline() {
    }

    static Optional<Integer> yearOf(DocumentStructure structure) {
        Integer year = null;
        int earliest = HEAD;
        for (Paragraph p : structure.paragraphs()) {
            if (p.span().start() >= earliest) {
                continue;
            }
            Matcher m = FULL_DATE.matcher(p.text());
            if (m.find() && p.text().originalStart(m.start()) < earliest) {
                earliest = p.text().originalStart(m.start());
                year = Integer.valueOf(m.group("iso") != null ? m.group("iso") : m.group("zh") != null ? m.group("zh")
                        : m.group("dmy") != null ? m.group("dmy") : m.group("mdy"));
            }
        }
        return Optional.ofNullable(year);
    }
}
