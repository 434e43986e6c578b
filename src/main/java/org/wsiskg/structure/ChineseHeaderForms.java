package org.wsiskg.structure;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsiskg.text.ChineseDates;
import org.wsiskg.text.ChineseNumerals;

/**
 * Chinese header forms: {@code 第七十八届会议} (GA session), {@code 议程项目 15} (agenda item), {@code 78/132. 信息和通信技术促进可持续发展}
 * or {@code 2012/5. ...} (the document's own number and title), {@code (联合国大会决议  57/239} (body, noun and own number alone
 * on a line), {@code 决议草案} / {@code 大会主席提出的决议草案} (a draft: its title
 * is the next line), {@code 2023 年 12 月 19 日大会决议} (adoption date, {@code 决定} in that line: a decision; the line stays a
 * heading; so is {@code 通过日期 联合国大会2024年9月22日通过}, an organ and 通过 with the date). Openers: {@code 大会，}, {@code 经济及社会理事会，}, {@code 经社理事会，}, {@code 人权理事会，}, {@code 安全理事会，}, a
 * {@code …委员会，}. Footer: a line that is only a date, {@code 第 69 次全体会议}. Other header lines (the agenda item's title, the
 * adoption note {@code [根据第二委员会的报告(A/78/458, 第 11 段)通过]}) are kept as heading paragraphs. A draft or adoption
 * line is at most 80 characters and holds no 。: a news item's sentence naming a draft or a date and 决议 is text.
 */
final class ChineseHeaderForms implements HeaderForms {

    static final ChineseHeaderForms INSTANCE = new ChineseHeaderForms();

    private static final Pattern OPENER = Pattern.compile(
            "[ \\t]*(大会|经济及社会理事会|经社理事会|人权理事会|安全理事会|\\p{IsHan}{2,24}委员会)[ \\t]*[，,][ \\t]*");
    private static final Pattern SESSION = Pattern.compile("[ \\t]*第([〇零一二三四五六七八九十百\\d]+)届会议[ \\t]*");
    private static final Pattern AGENDA = Pattern.compile("议程项目[ \\t]*(\\d{1,3})");
    static final Pattern OWN_NUMBER = Pattern.compile(
            "[ \\t]*((?:19|20)\\d\\d/\\d{1,3}|\\d{1,2}/\\d{1,3})[ \\t]*\\.[ \\t]*(\\S.*?)[ \\t]*");
    private static final Pattern DRAFT = Pattern.compile("(决议|决定)草案");
    /** {@code (联合国大会决议  57/239}, {@code 经社理事会决议 2012/5}: the body, the noun and the text's own number, alone on the line. */
    private static final Pattern NAMED_NUMBER = Pattern.compile("[ \\t]*[(（]?[ \\t]*(?:联合国)?[ \\t]*(?<body>大会|联大|经济及社会理事会"
            + "|经社理事会|人权理事会)[ \\t]*(?<noun>决议|决定)[ \\t]*(?:第[ \\t]*)?(?<number>(?:19|20)\\d\\d/\\d{1,3}|\\d{1,2}/\\d{1,3})"
            + "[ \\t]*号?[ \\t]*[)）]?[ \\t]*");
    /** {@code 秘书长的报告}, {@code 秘书长的说明}, {@code 委员会第二十六届会议的报告}: what kind of document the text is, and whose. */
    private static final Pattern KIND = Pattern.compile(
            "[ \\t]*+[\\p{IsHan}]{0,40}?(?:秘书长|秘书处|委员会|工作组|专家组|理事会|会议|报告员)的?(报告|说明)[ \\t]*+");
    /**
     * 《Title》…系(是)…于 date 通过的(一项)决议(决定), then the symbol: a header sentence introducing the text by its title, after the label 编者按 when the note and its label share a line. The
     * title in 《》 comes first, so a sentence that only names some other resolution and its date is not one.
     */
    private static final Pattern INTRODUCTION = Pattern.compile("[ \\t]*+(?:编者按[:：]?[ \\t]*)?《[^》\\n]{1,200}+》[^。\\n]{0,200}?[系是][^。\\n]{0,40}?于[ \\t]*"
            + ChineseDates.FULL_DATE.pattern() + "[ \\t]*通过的(?:一项)?(?<kind>决议|决定)[ \\t]*[,，:：]?");
    /** {@code 通过日期 联合国大会2024年9月22日通过}: an organ and 通过 on a header line say when the text was adopted. */
    private static final Pattern ADOPTED_BY_ORGAN = Pattern.compile("(?:大会|经济及社会理事会|经社理事会|人权理事会|安全理事会)[^。\\n]{0,30}通过");
    private static final Pattern PLENARY = Pattern.compile("[ \\t]*第[ \\t]*(\\d{1,3})[ \\t]*次全体会议[ \\t]*");
    /** The longest header line of the seed texts and the UN's Chinese mastheads is about 40 characters; a title may be longer. */
    private static final int LONGEST_HEADER_LINE = 80;
    private static final Pattern DATE_ONLY = Pattern.compile("[ \\t]*" + ChineseDates.FULL_DATE.pattern() + "[ \\t]*");

    private ChineseHeaderForms() {
    }

    @Override
    public String opener(String line) {
        Matcher m = OPENER.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    @Override
    public HeaderLine read(String content) {
        Matcher m;
        if ((m = SESSION.matcher(content)).matches()) {
            int n = ChineseNumerals.parse(m.group(1));
            return n > 0 ? new HeaderLine.Session(n) : new HeaderLine.Label(false);
        }
        if ((m = AGENDA.matcher(content)).find() && content.strip().startsWith("议程项目")) {
            return new HeaderLine.AgendaItem(Integer.parseInt(m.group(1)));
        }
        if ((m = OWN_NUMBER.matcher(content)).matches()) {
            return new HeaderLine.OwnNumber(m.group(1), m.start(1), m.end(1), m.group(2));
        }
        if ((m = NAMED_NUMBER.matcher(content)).matches()) {
            String body = m.group("body").equals("联大") ? "大会" : m.group("body");
            return new HeaderLine.NamedNumber(body, m.group("noun").equals("决定"), m.group("number"), m.start("number"),
                    m.end("number"));
        }
        if ((m = INTRODUCTION.matcher(content)).lookingAt()) {
            SymbolLines.Found symbol = SymbolLines.symbolAt(content, m.end());
            if (symbol != null) {
                return new HeaderLine.Introduction(ChineseDates.of(m).orElse(null), m.group("kind").equals("决定"), symbol.symbol(),
                        symbol.start(), symbol.end());
            }
        }
        // A header line is short and no sentence: a news item's paragraph that names a draft or a date with 决议 is text.
        boolean headerShaped = content.strip().length() <= LONGEST_HEADER_LINE && !content.contains("。");
        if (headerShaped && (m = KIND.matcher(content)).matches()) {
            return new HeaderLine.Kind(m.group(1).equals("报告") ? "report" : "note");
        }
        if (headerShaped && (m = DRAFT.matcher(content)).find()) {
            return new HeaderLine.Draft(m.group(1).equals("决定"));
        }
        Matcher date = ChineseDates.FULL_DATE.matcher(content);
        if (headerShaped && (content.contains("决") || ADOPTED_BY_ORGAN.matcher(content).find()) && date.find()) {
            LocalDate adopted = ChineseDates.of(date).orElse(null);
            return new HeaderLine.Adoption(adopted, content.contains("决定") && !content.contains("决议"), null, true);
        }
        return null;
    }

    @Override
    public boolean isFooterLine(String line) {
        return PLENARY.matcher(line).matches() || DATE_ONLY.matcher(line).matches();
    }

    @Override
    public Integer plenaryMeeting(String line) {
        Matcher m = PLENARY.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(1)) : null;
    }

    @Override
    public LocalDate footerDate(String line) {
        Matcher m = ChineseDates.FULL_DATE.matcher(line);
        return m.find() ? ChineseDates.of(m).orElse(null) : null;
    }
}
