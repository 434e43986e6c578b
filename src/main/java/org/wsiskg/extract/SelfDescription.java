package org.wsiskg.extract;

import org.wsiskg.structure.DocumentHeader;

/**
 * What a document is, from its header: the canonical symbol of its own number
 * ({@code 65/141.} under 大会 is A/RES/65/141, {@code 2012/5.} under 经济及社会理事会 is
 * E/RES/2012/5), the acting body (GA, ECOSOC, HRC) and the kind (resolution, decision, draft
 * resolution, draft decision).
 */
public record SelfDescription(String symbol, String body, String kind, Integer session) {

    public static SelfDescription of(DocumentHeader header) {
        String body = bodyCode(header.actingBody(), header.ownNumber());
        String kind = (header.draft() ? "draft " : "") + (header.decision() ? "decision" : "resolution");
        Integer session = header.session();
        String symbol = null;
        String own = header.ownNumber();
        if (own != null && !header.draft()) {
            boolean yearFirst = own.length() > 4 && own.indexOf('/') == 4;
            String series = switch (body == null ? "" : body) {
                case "ECOSOC" -> "E/";
                case "HRC" -> "A/HRC/";
                default -> yearFirst ? "E/" : "A/";
            };
            symbol = series + (header.decision() ? "DEC/" : "RES/") + own;
            if (session == null && !yearFirst && !"ECOSOC".equals(body)) {
                session = Integer.valueOf(own.substring(0, own.indexOf('/')));
            }
        }
        return new SelfDescription(symbol, body, kind, session);
    }

    private static String bodyCode(String actingBody, String ownNumber) {
        if (actingBody == null) {
            return ownNumber != null && ownNumber.indexOf('/') == 4 ? "ECOSOC" : null;
        }
        return switch (actingBody) {
            case "大会" -> "GA";
            case "经济及社会理事会", "经社理事会" -> "ECOSOC";
            case "人权理事会" -> "HRC";
            case "安全理事会" -> "SC";
            default -> actingBody;
        };
    }
}
