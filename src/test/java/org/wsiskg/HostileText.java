package org.wsiskg;

import java.util.List;

/**
 * A text built to make a reader slow: an opening ({@code prefix}) and one short form ({@code unit}) repeated with no
 * sentence or clause break, cut to a given length. Each form is the start of something an extractor or the normaliser
 * reads (a resolution list, a symbol, a paragraph run, a title, a session) that never closes, or closes and opens again
 * at once: the inputs on which a pattern that backtracks, or a loop that looks back to the paragraph's start for every
 * match, takes time that grows faster than the text.
 */
public record HostileText(String prefix, String unit) {

    /** The Chinese forms, for the Chinese extractors and the normaliser. */
    public static final List<HostileText> CHINESE = List.of(
            new HostileText("第 1/1 号", " "),
            new HostileText("第1", "和1"),
            new HostileText("第", "1/1和"),
            new HostileText("第1/1号", "、第1/1号"),
            new HostileText("", "第1/1号决议，"),
            new HostileText("", "理事会第1/1号决议，"),
            new HostileText("人权理事会", "理事会第 1/1 号决议"),
            new HostileText("", "第1/1号决议该决议第1段"),
            new HostileText("", "A/1-"),
            new HostileText("", "A/1/"),
            new HostileText("A/1 和 ", "Corr.1和"),
            new HostileText("", "第一、"),
            new HostileText("第1", "至1"),
            new HostileText("《突尼斯议程》", "第1段，"),
            new HostileText("《突尼斯议程》第1段。。", "第1段"),
            new HostileText("", "第1段"),
            new HostileText("", "1"),
            new HostileText("", "/"),
            new HostileText("", " "),
            new HostileText("", "《"),
            new HostileText("", "《信息社会突尼斯议程"),
            new HostileText("", "届会议"),
            new HostileText("", "科学和技术促进发展委员会第十三届会议"),
            new HostileText("", "委员会第二十届会议"),
            new HostileText("", "因特网治理论坛第四次会议"),
            new HostileText("", "第一、第二和第三次会议"),
            new HostileText("", "2009 年 11 月 15 日至 18 日在日内瓦举行"),
            new HostileText("", "在日内瓦和突尼斯举行的信息社会世界峰会"),
            new HostileText("", "决定将因特网治理论坛的任务期限再延长 10 年"),
            new HostileText("", "请秘书长通过经济及社会理事会向大会第七十届会议提交报告"),
            new HostileText("", "加强合作工作组"),
            new HostileText("", "回顾回顾回顾"),
            new HostileText("", "&amp"),
            new HostileText("", "[1]("),
            new HostileText("", "**1"),
            new HostileText("", "聯(lián"));

    /** The text of exactly {@code length} characters (the last unit cut short). */
    public String ofLength(int length) {
        StringBuilder b = new StringBuilder(length + unit.length()).append(prefix);
        while (b.length() < length) {
            b.append(unit);
        }
        return b.substring(0, length);
    }

    @Override
    public String toString() {
        return prefix.isEmpty() ? "'" + unit + "'…" : "'" + prefix + "' + '" + unit + "'…";
    }
}
