package org.wsiskg.text;

import java.util.Optional;

/**
 * The languages whose texts wsis-kg reads. Each has its own phrase tables (structure forms,
 * citation forms, citing verbs, dates and ordinals) plugged into the one pipeline; {@code code}
 * is the BCP 47 tag written on literals ({@code @zh}, {@code @en}) and in reports.
 */
public enum Language {
    ZH("zh"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
