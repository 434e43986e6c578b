package org.wsiskg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query file with its header comment. The header is the leading {@code #} lines:
 * <pre>
 * # title: IGF meetings
 * # question: When and where did the IGF meet, and which texts mention each meeting?
 * # param: symbol = A/RES/65/141 | the cited document's symbol
 * # example: ./wsis query cited-by --bind symbol=A/RES/65/141
 * </pre>
 * A parameter is a variable of the query that {@code --bind name=value} (or a request parameter
 * on the web) sets; the value after {@code =} is the example value shown in forms.
 */
public record NamedQuery(String name, String title, String question, List<Parameter> parameters, String example,
                         String sparql) {

    /** A bindable variable, with an example value and a description. */
    public record Parameter(String name, String example, String description) {
    }

    private static final Pattern FIELD = Pattern.compile("^#\\s*(title|question|param|example)\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s*(?:=\\s*([^|]*?))?\\s*(?:\\|\\s*(.*))?$");

    public static NamedQuery parse(String name, String sparql) {
        String title = name;
        StringBuilder question = new StringBuilder();
        String example = null;
        List<Parameter> params = new ArrayList<>();
        for (String line : sparql.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = FIELD.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> title = value;
                case "question" -> question.append(question.length() > 0 ? " " : "").append(value);
                case "example" -> example = value;
                default -> {
                    Matcher p = PARAM.matcher(value);
                    if (p.matches()) {
                        params.add(new Parameter(p.group(1), p.group(2) == null ? "" : p.group(2).strip(),
                                p.group(3) == null ? "" : p.group(3).strip()));
                    }
                }
            }
        }
        return new NamedQuery(name, title, question.toString(), List.copyOf(params), example, sparql);
    }
}
