package org.wsiskg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the site text a web copy keeps around the document: navigation menus and breadcrumbs, language switchers, footer
 * links, copyright and cookie notices. Forms, both languages:
 * <ul>
 *   <li>anywhere: a copyright line ({@code © 2024 United Nations}, {@code (c) 2024}, {@code 版权所有}), a cookie notice (a line
 *       naming cookies), each at most 300 characters: a longer line is a paragraph of the text that speaks of them;</li>
 *   <li>before the document's first sentence and after its last one: a line of three or more short items separated by
 *       {@code | > › » · •} ({@code 首页 > 文件 > A/RES/65/141}, {@code Home | Documents | Meetings}), and a language switcher
 *       (three or more of English, Français, Español, Русский, 中文, العربية).</li>
 * </ul>
 * Inside the document a line of items is a table row or a list, and stays text. Nothing else is guessed to be site text: a
 * short unpunctuated line is as likely a title as a menu item.
 */
final class SiteText {

    /** {@code (C) 2024} is a copyright only with a year: in {@code 16-07644(C)070616} it is a job number's language. */
    private static final Pattern NOTICE = Pattern.compile("©|\\([Cc]\\)[ \\t]*(?:19|20)\\d\\d(?!\\d)|Copyright|版权所有|(?i:cookie)");
    /** A notice is a line of its own; a longer line naming copyright or cookies is the text speaking of them. */
    private static final int LONGEST_NOTICE = 300;
    private static final Pattern SEPARATOR = Pattern.compile("[|>›»·•]");
    private static final List<String> LANGUAGES = List.of("English", "Français", "Español", "Русский", "中文", "العربية");
    private static final int SHORTEST_SENTENCE = 20;
    private static final int LONGEST_ITEM = 40;
    private static final int FEWEST_ITEMS = 3;

    private SiteText() {
    }

    /** The lines, with the site-text ones of kind {@link Line.Kind#SITE}. */
    static List<Line> mark(List<Line> lines) {
        boolean[] site = new boolean[lines.size()];
        int firstSentence = -1;
        int lastSentence = -1;
        for (Line l : lines) {
            if (l.kind() != Line.Kind.TEXT) {
                continue;
            }
            if (l.trimmed().length() <= LONGEST_NOTICE && NOTICE.matcher(l.content()).find()) {
                site[l.index()] = true;
            } else if (isSentence(l)) {
                firstSentence = firstSentence < 0 ? l.index() : firstSentence;
                lastSentence = l.index();
            }
        }
        for (Line l : lines) {
            boolean edge = firstSentence < 0 || l.index() < firstSentence || l.index() > lastSentence;
            if (l.kind() == Line.Kind.TEXT && edge && (isMenu(l.trimmed()) || isLanguageSwitcher(l.trimmed()))) {
                site[l.index()] = true;
            }
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            out.add(site[l.index()] ? new Line(l.index(), l.start(), l.end(), l.content(), Line.Kind.SITE) : l);
        }
        return out;
    }

    private static boolean isSentence(Line l) {
        String t = l.trimmed();
        return t.length() >= SHORTEST_SENTENCE && (StructureParser.endsTerminal(t) || t.contains("。")) && !isMenu(t);
    }

    private static boolean isMenu(String t) {
        String[] items = SEPARATOR.split(t, -1);
        if (items.length < FEWEST_ITEMS) {
            return false;
        }
        int filled = 0;
        for (String item : items) {
            String s = item.strip();
            if (s.length() > LONGEST_ITEM) {
                return false;
            }
            filled += s.isEmpty() ? 0 : 1;
        }
        return filled >= FEWEST_ITEMS - 1;
    }

    private static boolean isLanguageSwitcher(String t) {
        return LANGUAGES.stream().filter(t::contains).count() >= FEWEST_ITEMS;
    }
}
