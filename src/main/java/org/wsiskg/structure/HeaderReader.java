package org.wsiskg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.AnchoredText;
import org.wsiskg.text.ChineseDates;
import org.wsiskg.text.ChineseNumerals;
import org.wsiskg.text.Span;

/**
 * Reads the lines before the preamble and the footer lines after the last paragraph.
 *
 * <p>Header forms: {@code 第七十八届会议} (GA session), {@code 议程项目 15} (agenda item),
 * {@code 78/132. 信息和通信技术促进可持续发展} or {@code 2012/5. ...} (the document's own number and
 * title, the title possibly wrapped onto the next line), {@code 决议草案} / {@code 大会主席提出的决议草案}
 * (a draft: its title is the next line), {@code 决定} in that line (a decision),
 * {@code 2023 年 12 月 19 日大会决议} (adoption date). Footer forms: a line that is only a date,
 * {@code 第 69 次全体会议}. Header lines that are none of these (the agenda item's title, the
 * adoption note {@code [根据第二委员会的报告(A/78/458, 第 11 段)通过]}) are kept as heading
 * paragraphs, so that what they cite is found.
 */
final class HeaderReader {

    static final Pattern OPENER = Pattern.compile(
            "[ \\t]*(大会|经济及社会理事会|经社理事会|人权理事会|安全理事会|\\p{IsHan}{2,24}委员会)[ \\t]*[，,][ \\t]*");
    private static final Pattern SESSION = Pattern.compile("[ \\t]*第([〇零一二三四五六七八九十百\\d]+)届会议[ \\t]*");
    private static final Pattern AGENDA = Pattern.compile("议程项目[ \\t]*(\\d{1,3})");
    private static final Pattern OWN_NUMBER = Pattern.compile(
            "[ \\t]*((?:19|20)\\d\\d/\\d{1,3}|\\d{1,2}/\\d{1,3})[ \\t]*\\.[ \\t]*(\\S.*?)[ \\t]*");
    private static final Pattern DRAFT = Pattern.compile("(决议|决定)草案");
    private static final Pattern PLENARY = Pattern.compile("[ \\t]*第[ \\t]*(\\d{1,3})[ \\t]*次全体会议[ \\t]*");
    private static final Pattern DATE_ONLY = Pattern.compile("[ \\t]*" + ChineseDates.FULL_DATE.pattern() + "[ \\t]*");

    record Result(DocumentHeader header, List<List<Line>> notes) {
    }

    private HeaderReader() {
    }

    static Result read(AnchoredText doc, List<Line> header, String actingBody, List<Line> footer) {
        Integer session = null;
        Integer agenda = null;
        String ownNumber = null;
        Span ownNumberSpan = null;
        String title = null;
        boolean draft = false;
        boolean decision = false;
        boolean titleNext = false;
        LocalDate adopted = null;
        List<List<Line>> notes = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Line line = header.get(i);
            String content = line.content();
            Matcher m;
            if ((m = SESSION.matcher(content)).matches()) {
                session = positive(ChineseNumerals.parse(m.group(1)));
            } else if ((m = AGENDA.matcher(content)).find() && content.strip().startsWith("议程项目")) {
                agenda = Integer.parseInt(m.group(1));
            } else if ((m = OWN_NUMBER.matcher(content)).matches()) {
                ownNumber = m.group(1);
                ownNumberSpan = doc.originalSpan(line.start() + m.start(1), line.start() + m.end(1));
                StringBuilder t = new StringBuilder(m.group(2));
                // A title wrapped by the PDF continues on the very next line, with no blank line between.
                while (i + 1 < header.size() && header.get(i + 1).index() == line.index() + 1
                        && header.get(i + 1).kind() == Line.Kind.TEXT) {
                    line = header.get(++i);
                    t.append(line.trimmed());
                }
                title = t.toString();
            } else if ((m = DRAFT.matcher(content)).find()) {
                draft = true;
                decision = m.group(1).equals("决定");
                titleNext = title == null;
            } else if (titleNext && line.kind() == Line.Kind.TEXT) {
                title = line.trimmed();
                titleNext = false;
            } else if (line.kind() == Line.Kind.TEXT) {
                Matcher date = ChineseDates.FULL_DATE.matcher(content);
                if (content.contains("决") && date.find()) {
                    adopted = ChineseDates.of(date).orElse(null);
                    decision |= content.contains("决定") && !content.contains("决议");
                }
                notes.add(List.of(line));
            }
        }
        Integer plenary = null;
        for (Line line : footer) {
            Matcher m;
            if ((m = PLENARY.matcher(line.content())).matches()) {
                plenary = Integer.parseInt(m.group(1));
            } else if ((m = ChineseDates.FULL_DATE.matcher(line.content())).find()) {
                adopted = ChineseDates.of(m).orElse(adopted);
            }
        }
        return new Result(new DocumentHeader(session, agenda, ownNumber, ownNumberSpan, title, actingBody,
                draft, decision, adopted, plenary), notes);
    }

    static boolean isFooterLine(Line line) {
        return PLENARY.matcher(line.content()).matches() || DATE_ONLY.matcher(line.content()).matches();
    }

    private static Integer positive(int n) {
        return n > 0 ? n : null;
    }
}
