package org.wsiskg.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one planned text as a resolution: header, preamble (the recalls, the Tunis Agenda
 * paragraphs, the Secretary-General's report, the meetings held before it, then prose), operative
 * paragraphs (prose, then for the Assembly the report request and the agenda item of its next
 * session), footer. What to cite is chosen here, once for both languages; how it reads is each
 * language's ({@link ChineseResolutionText}, {@link EnglishResolutionText}).
 */
abstract class ResolutionText {

    /** A real text the follow-up rests on, cited by the synthetic texts adopted after it. */
    record RealText(boolean ecosoc, String shortNumber, LocalDate adopted) {
    }

    static final List<RealText> REAL_TEXTS = List.of(
            new RealText(false, "56/183", LocalDate.of(2001, 12, 21)),
            new RealText(false, "57/238", LocalDate.of(2002, 12, 20)),
            new RealText(false, "59/220", LocalDate.of(2004, 12, 22)),
            new RealText(false, "60/252", LocalDate.of(2006, 3, 27)),
            new RealText(true, "2006/46", LocalDate.of(2006, 7, 28)),
            new RealText(false, "70/125", LocalDate.of(2015, 12, 16)));

    /** A text cited by number: the body that adopted it, its number and date. */
    record Cited(boolean ecosoc, String shortNumber, LocalDate adopted) {
    }

    private final List<PlannedText> plan;

    ResolutionText(List<PlannedText> plan) {
        this.plan = plan;
    }

    final String render(PlannedText t) {
        SplittableRandom random = new SplittableRandom(t.proseSeed());
        List<Cited> own = new ArrayList<>();
        List<Cited> other = new ArrayList<>();
        for (RealText r : REAL_TEXTS) {
            if (r.adopted().isBefore(t.adopted())) {
                (r.ecosoc() == t.ecosoc() ? own : other).add(new Cited(r.ecosoc(), r.shortNumber(), r.adopted()));
            }
        }
        for (int i : t.recalls()) {
            PlannedText r = plan.get(i);
            (r.ecosoc() == t.ecosoc() ? own : other).add(new Cited(r.ecosoc(), r.shortNumber(), r.adopted()));
        }
        own.sort(java.util.Comparator.comparing(Cited::adopted));
        other.sort(java.util.Comparator.comparing(Cited::adopted));

        StringBuilder text = new StringBuilder();
        text.append(header(t));
        List<String> preamble = new ArrayList<>();
        if (!own.isEmpty()) {
            preamble.add(recallsOwn(t, own));
        }
        if (!other.isEmpty()) {
            preamble.add(recallsOther(t, other));
        }
        for (int p : t.tunisParagraphs()) {
            preamble.add(tunisParagraph(p));
        }
        int year = t.adopted().getYear();
        preamble.add(takesNoteOfReport("A/" + (year - 1945) + "/64-E/" + year + "/" + (10 + year % 37)));
        List<WsisMeetings.IgfMeeting> igf = WsisMeetings.igfBefore(t.adopted());
        if (!igf.isEmpty()) {
            preamble.add(notesIgfMeeting(igf.get(igf.size() - 1), false));
            if (igf.size() > 2 && random.nextBoolean()) {
                preamble.add(notesIgfMeeting(igf.get(random.nextInt(igf.size() - 1)), true));
            }
        }
        WsisMeetings.cstdBefore(t.adopted()).ifPresent(s -> preamble.add(notesCstdSession(s)));
        for (String p : preamble) {
            text.append(p).append("\n\n");
        }
        String closing = footer(t);
        List<String> lastOperative = new ArrayList<>();
        if (!t.ecosoc()) {
            lastOperative.add(requestsReport(t.session() + 1));
            lastOperative.add(includesAgendaItem(t.session() + 1));
        }
        int bytes = utf8(text) + utf8(closing) + lastOperative.stream().mapToInt(ResolutionText::utf8).sum();
        int preambularProse = 2 + random.nextInt(6);
        for (int i = 0; i < preambularProse && bytes < t.targetBytes(); i++) {
            String p = preambularProse(random);
            text.append(p).append("\n\n");
            bytes += utf8(p) + 2;
        }
        int number = 1;
        do {
            String p = operativeProse(number++, random, false);
            text.append(p).append("\n\n");
            bytes += utf8(p) + 2;
        } while (bytes < t.targetBytes());
        if (lastOperative.isEmpty()) {
            text.append(operativeProse(number, random, true)).append("\n\n");
        } else {
            for (int i = 0; i < lastOperative.size(); i++) {
                text.append(number++).append(". ").append(lastOperative.get(i)).append("\n\n");
            }
        }
        text.append(closing);
        return text.toString();
    }

    abstract String header(PlannedText t);

    abstract String recallsOwn(PlannedText t, List<Cited> cited);

    abstract String recallsOther(PlannedText t, List<Cited> cited);

    abstract String tunisParagraph(int paragraph);

    abstract String takesNoteOfReport(String symbol);

    abstract String notesIgfMeeting(WsisMeetings.IgfMeeting meeting, boolean also);

    abstract String notesCstdSession(WsisMeetings.CstdSession session);

    abstract String preambularProse(SplittableRandom random);

    /** An operative paragraph of prose, numbered; {@code last} ends the resolution. */
    abstract String operativeProse(int number, SplittableRandom random, boolean last);

    abstract String requestsReport(int session);

    abstract String includesAgendaItem(int session);

    abstract String footer(PlannedText t);

    /** Two to four clauses of a bank, distinct, joined by {@code joiner}. */
    static String clauses(List<String> bank, SplittableRandom random, String joiner) {
        int n = 2 + random.nextInt(3);
        List<String> picked = new ArrayList<>();
        while (picked.size() < n) {
            String c = bank.get(random.nextInt(bank.size()));
            if (!picked.contains(c)) {
                picked.add(c);
            }
        }
        return String.join(joiner, picked);
    }

    static <T> T pick(List<T> bank, SplittableRandom random) {
        return bank.get(random.nextInt(bank.size()));
    }

    private static int utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
