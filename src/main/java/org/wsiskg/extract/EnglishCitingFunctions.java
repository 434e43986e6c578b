package org.wsiskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citing function in UN English, read from the verb that opens the clause: the preambular
 * participle ({@code Recalling}, {@code Taking note of}, {@code Noting with appreciation}) or the
 * operative verb ({@code Decides}, {@code Requests}, {@code Calls upon}), after the paragraph's
 * number ({@code 1.}, {@code PP6.bis}, {@code (a)}) and adverbs ({@code also}, {@code further}).
 * The same labels as the Chinese verbs ({@link CitingFunctions}). A verb is looked for at the
 * paragraph start and after each comma or semicolon before the citation, after an optional
 * {@code and} ({@code ..., and recalling also General Assembly resolutions ...}); the last one
 * found wins, and a full stop starts afresh. Only the forms that open a UN clause count
 * ({@code recalls}, {@code recalling}; not {@code recalled}, which reports what another text did).
 */
final class EnglishCitingFunctions {

    private static final String NOTE = "(?:tak(?:es|ing)|take)\\s{1,3}(?:(?:also|further)\\s{1,3})?note";
    /** Verb forms and their labels, the more specific first (Noting with appreciation before Noting). */
    private static final List<Map.Entry<Pattern, String>> VERBS = table(
            NOTE + "\\s{1,3}(?:\\w{1,12}\\s{1,3})?with\\s{1,3}(?:\\w{1,12}\\s{1,3})?(?:appreciation|satisfaction)", "notes-with-appreciation",
            NOTE + "\\s{1,3}(?:\\w{1,12}\\s{1,3})?with\\s{1,3}(?:\\w{1,12}\\s{1,3})?concern", "notes-with-concern",
            NOTE, "takes-note-of",
            "not(?:es|ing)\\s{1,3}(?:\\w{1,12}\\s{1,3})?with\\s{1,3}(?:\\w{1,12}\\s{1,3})?(?:appreciation|satisfaction)", "notes-with-appreciation",
            "not(?:es|ing)\\s{1,3}(?:\\w{1,12}\\s{1,3})?with\\s{1,3}(?:\\w{1,12}\\s{1,3})?concern", "notes-with-concern",
            "not(?:es|ing)", "notes",
            "recall(?:s|ing)", "recalls",
            "reaffirm(?:s|ing)", "reaffirms",
            "welcom(?:es|ing)", "welcomes",
            "recogni[sz](?:es|ing)", "recognizes",
            "acknowledg(?:es|ing)", "acknowledges",
            "decid(?:es|ing)", "decides",
            "request(?:s|ing)", "requests",
            "urg(?:es|ing)", "urges",
            "encourag(?:es|ing)", "encourages",
            "invit(?:es|ing)", "invites",
            "call(?:s|ing)\\s{1,3}(?:up)?on", "calls-upon",
            "(?:stress(?:es|ing)|emphasi[sz](?:es|ing)|underlin(?:es|ing))", "stresses",
            "look(?:s|ing)\\s{1,3}forward", "looks-forward-to",
            "express(?:es|ing)\\s{1,3}(?:its\\s{1,3})?(?:\\w{1,12}\\s{1,3})?appreciation", "appreciates",
            "appreciat(?:es|ing)", "appreciates",
            "endors(?:es|ing)", "endorses",
            "approv(?:es|ing)", "approves",
            "affirm(?:s|ing)", "affirms",
            "support(?:s|ing)", "supports",
            "recommend(?:s|ing)", "recommends");

    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile(
            "[\\s\\[]{0,5}(?:(?:PP|OP|Pp|Op|pp|op)\\.?\\s{0,2})?(?:\\d{1,3}(?:\\.\\d{1,2})?\\.?(?:\\s{0,2}(?:bis|ter|quater)\\.?)?"
                    + "|\\([a-z]{1,3}\\)|[a-z]\\))?[\\s\\]]{0,5}");
    private static final Pattern LEAD_IN = Pattern.compile("\\s{0,5}(?:and\\s{1,3})?(?:(?:also|further|again|once\\s{1,3}again|in\\s{1,3}this\\s{1,3}regard|in\\s{1,3}that\\s{1,3}regard)[\\s,]{1,3})?");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\.\\s");

    private EnglishCitingFunctions() {
    }

    static List<String> labels() {
        return VERBS.stream().map(Map.Entry::getValue).distinct().toList();
    }

    static Optional<String> at(String text, int position) {
        int limit = Math.min(position, text.length());
        Matcher number = PARAGRAPH_NUMBER.matcher(text).region(0, limit);
        Optional<String> found = verbAt(text, number.lookingAt() ? number.end() : 0);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '.' && SENTENCE_BREAK.matcher(text).region(i, text.length()).lookingAt()) {
                found = verbAt(text, i + 1);
            } else if (c == ',' || c == ';') {
                Optional<String> v = verbAt(text, i + 1);
                if (v.isPresent()) {
                    found = v;
                }
            }
        }
        return found;
    }

    private static Optional<String> verbAt(String text, int from) {
        Matcher lead = LEAD_IN.matcher(text).region(from, text.length());
        int i = lead.lookingAt() ? lead.end() : from;
        for (Map.Entry<Pattern, String> verb : VERBS) {
            Matcher m = verb.getKey().matcher(text).region(i, text.length());
            if (m.lookingAt()) {
                return Optional.of(verb.getValue());
            }
        }
        return Optional.empty();
    }

    private static List<Map.Entry<Pattern, String>> table(String... formsAndLabels) {
        List<Map.Entry<Pattern, String>> verbs = new ArrayList<>();
        for (int i = 0; i < formsAndLabels.length; i += 2) {
            verbs.add(Map.entry(Pattern.compile("(?:" + formsAndLabels[i] + ")(?![A-Za-z])", Pattern.CASE_INSENSITIVE),
                    formsAndLabels[i + 1]));
        }
        return List.copyOf(verbs);
    }
}
