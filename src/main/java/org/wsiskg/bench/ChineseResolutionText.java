package org.wsiskg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic resolution in Chinese, laid out as the seed texts are once cleaned of their PDF
 * noise (78/132's shape): session, agenda item, adoption line and note, {@code 78/132. 标题},
 * {@code 大会，}, preambular paragraphs ending in {@code ，}, numbered operative paragraphs
 * ending in {@code ；}, the date and plenary meeting last.
 */
final class ChineseResolutionText extends ResolutionText {

    private static final String GA_TITLE = "信息和通信技术促进可持续发展";
    private static final String ECOSOC_TITLE = "评估信息社会世界首脑会议成果执行和后续行动方面的进展情况";
    private static final List<String> PREAMBULAR_OPENERS = List.of("重申", "认识到", "又认识到", "强调", "还强调", "确认",
            "关切地注意到", "欢迎", "深信", "意识到");
    private static final List<String> OPERATIVE_OPENERS = List.of("鼓励各国政府铭记", "吁请所有利益攸关方认识到",
            "敦促国际社会考虑到", "邀请联合国系统各实体铭记", "强调", "确认", "重申", "促请各会员国认识到", "鼓励私营部门和民间社会铭记",
            "认识到");
    private static final List<String> CLAUSES = List.of(
            "信息和通信技术在推动实现可持续发展目标方面具有巨大潜力",
            "必须缩小各国之间和各国内部的数字鸿沟，包括性别数字鸿沟",
            "发展中国家在获取负担得起的宽带连通方面仍面临严重挑战",
            "多利益攸关方合作对于建设以人为本、具有包容性和面向发展的信息社会至关重要",
            "需要加强能力建设，特别是在最不发达国家、内陆发展中国家和小岛屿发展中国家",
            "网络安全和在使用信息和通信技术方面建立信任对数字经济的发展不可或缺",
            "政府、私营部门、民间社会、国际组织、技术界和学术界应当充分参与",
            "数字技术正在深刻改变就业、教育、卫生和公共服务的提供方式",
            "需要调动国内和国际资源，支持信息和通信技术促进发展",
            "应当促进多语文内容和地方内容的创作，尊重文化和语言多样性",
            "技术转让应按照相互商定的条件进行，以加强发展中国家的生产能力",
            "新兴技术，包括人工智能，既带来机遇，也带来风险",
            "应当保护隐私和个人数据，并在网上和网下同样尊重人权",
            "普遍、包容和有意义的连通是数字转型的基础",
            "需要衡量信息社会的发展情况，改进统计数据的收集和分析",
            "区域委员会在支持各国落实首脑会议成果方面发挥着重要作用",
            "电子政务和数字公共基础设施可以提高公共机构的效率和透明度",
            "中小微企业参与数字经济需要有利的政策和监管环境",
            "应当增强妇女和女童的权能，使其能够充分利用信息和通信技术",
            "南北合作、南南合作和三角合作可以为知识共享作出贡献",
            "需要采取切实措施，应对错误信息和虚假信息的传播",
            "数字技能和数字素养是人人享有数字红利的前提",
            "可持续和有韧性的基础设施对于弥合连通差距必不可少",
            "科学、技术和创新对于实现经济增长和社会包容具有关键意义");

    ChineseResolutionText(List<PlannedText> plan) {
        super(plan);
    }

    @Override
    String header(PlannedText t) {
        StringBuilder h = new StringBuilder("\n\n");
        if (t.ecosoc()) {
            h.append("经济及社会理事会决议\n\n");
            h.append("[根据科学和技术促进发展委员会的建议(E/").append(t.session()).append("/31)通过]\n\n");
            h.append(t.shortNumber()).append(". ").append(ECOSOC_TITLE).append("\n\n");
            h.append("经济及社会理事会，\n\n");
        } else {
            h.append("第").append(SpelledNumbers.chinese(t.session())).append("届会议\n\n");
            h.append("议程项目 ").append(t.agendaItem()).append("\n\n");
            h.append(GA_TITLE).append("\n\n");
            h.append(date(t.adopted())).append("大会决议\n\n");
            h.append("[根据第二委员会的报告(A/").append(t.session()).append('/').append(400 + t.agendaItem())
                    .append(", 第 ").append(8 + t.agendaItem() % 9).append(" 段)通过]\n\n");
            h.append(t.shortNumber()).append(". ").append(GA_TITLE).append("\n\n");
            h.append("大会，\n\n");
        }
        return h.toString();
    }

    @Override
    String recallsOwn(PlannedText t, List<Cited> cited) {
        return "回顾其 " + list(cited) + "决议，";
    }

    @Override
    String recallsOther(PlannedText t, List<Cited> cited) {
        return "又回顾" + (t.ecosoc() ? "大会 " : "经济及社会理事会 ") + list(cited) + "决议，";
    }

    @Override
    String tunisParagraph(int paragraph) {
        return "重申《信息社会突尼斯议程》第 " + paragraph + " 段，";
    }

    @Override
    String takesNoteOfReport(String symbol) {
        return "表示注意到秘书长关于在区域和国际两级执行信息社会世界首脑会议成果和采取后续行动方面取得的进展的报告（" + symbol + "），";
    }

    @Override
    String notesIgfMeeting(WsisMeetings.IgfMeeting m, boolean also) {
        return (also ? "又注意到 " : "注意到 ") + range(m.start(), m.end()) + "在" + m.countryZh() + m.cityZh()
                + "举行的因特网治理论坛第" + SpelledNumbers.chinese(m.ordinal()) + "次会议，";
    }

    @Override
    String notesCstdSession(WsisMeetings.CstdSession s) {
        return "注意到 " + range(s.start(), s.end()) + "在日内瓦举行的科学和技术促进发展委员会第"
                + SpelledNumbers.chinese(s.ordinal()) + "届会议，";
    }

    @Override
    String preambularProse(SplittableRandom random) {
        return pick(PREAMBULAR_OPENERS, random) + clauses(CLAUSES, random, "，并且") + "，";
    }

    @Override
    String operativeProse(int number, SplittableRandom random, boolean last) {
        return number + ". " + pick(OPERATIVE_OPENERS, random) + clauses(CLAUSES, random, "，同时")
                + (last ? "。" : "；");
    }

    @Override
    String requestsReport(int session) {
        return "请秘书长通过科学和技术促进发展委员会和经济及社会理事会向大会第" + SpelledNumbers.chinese(session)
                + "届会议提交一份关于本决议执行情况的报告；";
    }

    @Override
    String includesAgendaItem(int session) {
        return "决定将题为“" + GA_TITLE + "”的项目列入大会第" + SpelledNumbers.chinese(session) + "届会议临时议程。";
    }

    @Override
    String footer(PlannedText t) {
        return date(t.adopted()) + "\n\n第 " + t.plenary() + " 次全体会议\n";
    }

    /** {@code 2010 年 12 月 20 日第 65/141 号、…和 2012 年 12 月 21 日第 67/195 号}: the list before 决议. */
    private static String list(List<Cited> cited) {
        List<String> items = new ArrayList<>();
        for (Cited c : cited) {
            items.add(date(c.adopted()) + "第 " + c.shortNumber() + " 号");
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join("、", items.subList(0, items.size() - 1)) + "和" + items.get(items.size() - 1);
    }

    static String date(LocalDate d) {
        return d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
    }

    /** {@code 2010 年 5 月 17 日至 21 日}, {@code 2006 年 10 月 30 日至 11 月 2 日}. */
    static String range(LocalDate start, LocalDate end) {
        String tail = start.getMonthValue() == end.getMonthValue() ? end.getDayOfMonth() + " 日"
                : end.getMonthValue() + " 月 " + end.getDayOfMonth() + " 日";
        return date(start) + "至 " + tail;
    }
}
