package org.wsiskg.rdf;

import java.util.Optional;

/** The UN bodies the graph names, by the short code the extraction report uses, with their names in English and Chinese. */
enum Bodies {
    GA("General Assembly", "大会"),
    ECOSOC("Economic and Social Council", "经济及社会理事会"),
    HRC("Human Rights Council", "人权理事会"),
    SC("Security Council", "安全理事会"),
    CSTD("Commission on Science and Technology for Development", "科学和技术促进发展委员会"),
    IGF("Internet Governance Forum", "因特网治理论坛"),
    SG("Secretary-General", "秘书长");

    private final String english;
    private final String chinese;

    Bodies(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    String english() {
        return english;
    }

    String chinese() {
        return chinese;
    }

    static Optional<Bodies> byCode(String code) {
        for (Bodies b : values()) {
            if (b.name().equals(code)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
