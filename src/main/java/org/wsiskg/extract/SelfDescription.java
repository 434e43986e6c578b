package org.wsiskg.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import org.wsiskg.structure.DocumentHeader;
import org.wsiskg.structure.OwnSymbol;

/**
 * What a document is, from its header: the canonical symbol of its own number
 * ({@code 65/141.} under 大会 or The General Assembly is A/RES/65/141, {@code 2012/5.} under 经济及社会理事会 is
 * E/RES/2012/5, {@code 32/13.} under The Human Rights Council is A/HRC/RES/32/13), else the first symbol it prints as its own
 * (masthead, document-number line, page title, page heads); the acting body (GA, ECOSOC, HRC) and the kind (resolution,
 * decision, draft resolution, draft decision; report, note or document for a text that is no resolution). {@code own} holds
 * every symbol the document goes by (both parts of a joint symbol, the number's symbol and a printed one): a reference to any
 * of them is the document naming itself, not a citation.
 */
public record SelfDescription(String symbol, String body, String kind, Integer session, Set<String> own) {

    public SelfDescription {
        own = Set.copyOf(own);
    }

    public static SelfDescription of(DocumentHeader header) {
        String body = bodyCode(header.actingBody(), header.ownNumber());
        String kind = header.resolution() ? (header.draft() ? "draft " : "") + (header.decision() ? "decision" : "resolution")
                : header.documentKind() != null ? header.documentKind() : "document";
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
        Set<String> names = new LinkedHashSet<>();
        if (symbol != null) {
            names.add(symbol);
        }
        for (OwnSymbol s : header.ownSymbols()) {
            names.add(s.symbol());
        }
        if (symbol == null && !header.ownSymbols().isEmpty()) {
            symbol = header.ownSymbols().get(0).symbol();
        }
        return new SelfDescription(symbol, body, kind, session, names);
    }

    /** True when {@code target} is one of the symbols the document goes by. */
    public boolean isOwn(String target) {
        return target != null && own.contains(target);
    }

    /** A page counter ({@code 2/74}) and a letter after it, glued to a page head by a PDF copy that lost the spaces. */
    private static final java.util.regex.Pattern GLUED_COUNTER = java.util.regex.Pattern.compile("\\d{1,3}/\\d{1,3}[A-Z]?");

    /**
     * True when {@code target} is the document's own symbol with the page counter of its running head glued to it
     * ({@code A/74/1302/74V}: the head A/74/130, page 2 of 74): page furniture that a copy without spaces made look like a symbol.
     */
    public boolean isOwnPageHead(String target) {
        if (target == null) {
            return false;
        }
        for (String name : own) {
            if (target.length() > name.length() && target.startsWith(name)
                    && GLUED_COUNTER.matcher(target.substring(name.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String bodyCode(String actingBody, String ownNumber) {
        if (actingBody == null) {
            return ownNumber != null && ownNumber.indexOf('/') == 4 ? "ECOSOC" : null;
        }
        return switch (actingBody) {
            case "大会", "General Assembly" -> "GA";
            case "经济及社会理事会", "经社理事会", "Economic and Social Council" -> "ECOSOC";
            case "人权理事会", "Human Rights Council" -> "HRC";
            case "安全理事会", "Security Council" -> "SC";
            default -> actingBody;
        };
    }
}
