package org.wsiskg.extract.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UN body named just before a citation, within the same clause: 人权理事会 26/13 is a Human
 * Rights Council resolution while 26/13 alone would be read as the General Assembly's.
 */
final class BodyNames {

    enum Body { GENERAL_ASSEMBLY, ECONOMIC_AND_SOCIAL_COUNCIL, HUMAN_RIGHTS_COUNCIL, NONE }

    private static final int LOOK_BACK = 60;
    private static final Pattern NAME = Pattern.compile("人权理事会|经济及社会理事会|经社理事会|大会");
    private static final String CLAUSE_END = "。；;";

    Body nearestBefore(String text, int position) {
        int from = Math.max(0, position - LOOK_BACK);
        for (int i = position - 1; i >= from; i--) {
            if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        Body last = Body.NONE;
        Matcher m = NAME.matcher(text).region(from, position);
        while (m.find()) {
            last = switch (m.group()) {
                case "人权理事会" -> Body.HUMAN_RIGHTS_COUNCIL;
                case "大会" -> Body.GENERAL_ASSEMBLY;
                default -> Body.ECONOMIC_AND_SOCIAL_COUNCIL;
            };
        }
        return last;
    }
}
