package org.wsiskg.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.wsiskg.text.EnglishNumerals;

/**
 * A synthetic resolution in English, laid out as the General Assembly's and the Council's English
 * resolutions are: session, agenda item, {@code Resolution adopted by the General Assembly on …},
 * {@code 70/125. Title}, {@code The General Assembly,}, preambular paragraphs opening with a
 * participle ({@code Recalling its resolutions 56/183 of 21 December 2001 …,}), numbered
 * operative paragraphs opening with a verb ({@code 1. Decides …;}), plenary meeting and date last.
 */
final class EnglishResolutionText extends ResolutionText {

    private static final String GA_TITLE = "Information and communications technologies for sustainable development";
    private static final String ECOSOC_TITLE = "Assessment of the progress made in the implementation of and follow-up to "
            + "the outcomes of the World Summit on the Information Society";
    private static final List<String> PREAMBULAR_OPENERS = List.of("Reaffirming that", "Recognizing that",
            "Recognizing also that", "Stressing that", "Emphasizing that", "Noting with concern that", "Convinced that",
            "Acknowledging that", "Conscious that", "Bearing in mind that");
    private static final List<String> OPERATIVE_OPENERS = List.of("Encourages Governments to bear in mind that",
            "Calls upon all stakeholders to recognize that", "Urges the international community to consider that",
            "Stresses that", "Recognizes that", "Reaffirms that", "Invites the entities of the United Nations system to bear in mind that",
            "Emphasizes that", "Encourages the private sector and civil society to recognize that", "Underlines that");
    private static final List<String> CLAUSES = List.of(
            "information and communications technologies have great potential to advance the Sustainable Development Goals",
            "the digital divides between and within countries, including the gender digital divide, must be bridged",
            "developing countries still face serious challenges in gaining affordable broadband connectivity",
            "multi-stakeholder cooperation is essential to a people-centred, inclusive and development-oriented information society",
            "capacity-building needs to be strengthened, in particular in the least developed countries, landlocked developing "
                    + "countries and small island developing States",
            "security and confidence in the use of information and communications technologies are indispensable to the "
                    + "digital economy",
            "Governments, the private sector, civil society, international organizations, the technical community and "
                    + "academia should participate fully",
            "digital technologies are profoundly changing employment, education, health and the delivery of public services",
            "domestic and international resources need to be mobilized in support of information and communications "
                    + "technologies for development",
            "the creation of multilingual and local content should be promoted, respecting cultural and linguistic diversity",
            "the transfer of technology on mutually agreed terms strengthens the productive capacities of developing countries",
            "emerging technologies, including artificial intelligence, bring both opportunities and risks",
            "privacy and personal data should be protected and human rights respected online as offline",
            "universal, inclusive and meaningful connectivity is the foundation of digital transformation",
            "the measurement of the information society and the collection and analysis of statistics need to improve",
            "the regional commissions play an important role in supporting countries in implementing the outcomes",
            "electronic government and digital public infrastructure can make public institutions more efficient and transparent",
            "the participation of micro-, small and medium-sized enterprises in the digital economy needs enabling policies",
            "women and girls should be empowered to make full use of information and communications technologies",
            "North-South, South-South and triangular cooperation can contribute to the sharing of knowledge",
            "practical measures are needed to address the spread of misinformation and disinformation",
            "digital skills and digital literacy are a precondition for everyone to share in the digital dividend",
            "sustainable and resilient infrastructure is essential to closing connectivity gaps",
            "science, technology and innovation are key to economic growth and social inclusion");

    EnglishResolutionText(List<PlannedText> plan) {
        super(plan);
    }

    @Override
    String header(PlannedText t) {
        StringBuilder h = new StringBuilder("\n\n");
        if (t.ecosoc()) {
            h.append("Resolution adopted by the Economic and Social Council on ").append(date(t.adopted())).append("\n\n");
            h.append("[on the recommendation of the Commission on Science and Technology for Development (E/")
                    .append(t.session()).append("/31)]\n\n");
            h.append(t.shortNumber()).append(". ").append(ECOSOC_TITLE).append("\n\n");
            h.append("The Economic and Social Council,\n\n");
        } else {
            h.append(capitalized(SpelledNumbers.englishOrdinal(t.session()))).append(" session\n");
            h.append("Agenda item ").append(t.agendaItem()).append("\n\n");
            h.append("Resolution adopted by the General Assembly on ").append(date(t.adopted())).append("\n\n");
            h.append("[on the report of the Second Committee (A/").append(t.session()).append('/')
                    .append(400 + t.agendaItem()).append(")]\n\n");
            h.append(t.shortNumber()).append(". ").append(GA_TITLE).append("\n\n");
            h.append("The General Assembly,\n\n");
        }
        return h.toString();
    }

    @Override
    String recallsOwn(PlannedText t, List<Cited> cited) {
        return "Recalling its resolution" + (cited.size() > 1 ? "s " : " ") + list(cited) + ",";
    }

    @Override
    String recallsOther(PlannedText t, List<Cited> cited) {
        return "Recalling also " + (t.ecosoc() ? "General Assembly" : "Economic and Social Council") + " resolution"
                + (cited.size() > 1 ? "s " : " ") + list(cited) + ",";
    }

    @Override
    String tunisParagraph(int paragraph) {
        return "Reaffirming paragraph " + paragraph + " of the Tunis Agenda for the Information Society,";
    }

    @Override
    String takesNoteOfReport(String symbol) {
        return "Taking note of the report of the Secretary-General on progress made in the implementation of and follow-up "
                + "to the outcomes of the World Summit on the Information Society at the regional and international levels ("
                + symbol + "),";
    }

    @Override
    String notesIgfMeeting(WsisMeetings.IgfMeeting m, boolean also) {
        return (also ? "Noting also" : "Noting") + " the " + SpelledNumbers.englishOrdinal(m.ordinal())
                + " meeting of the Internet Governance Forum, held in " + m.cityEn() + ", " + m.countryEn() + ", from "
                + range(m.start(), m.end()) + ",";
    }

    @Override
    String notesCstdSession(WsisMeetings.CstdSession s) {
        return "Noting the " + SpelledNumbers.englishOrdinal(s.ordinal())
                + " session of the Commission on Science and Technology for Development, held in Geneva from "
                + range(s.start(), s.end()) + ",";
    }

    @Override
    String preambularProse(SplittableRandom random) {
        return pick(PREAMBULAR_OPENERS, random) + " " + clauses(CLAUSES, random, ", and that ") + ",";
    }

    @Override
    String operativeProse(int number, SplittableRandom random, boolean last) {
        return number + ". " + pick(OPERATIVE_OPENERS, random) + " " + clauses(CLAUSES, random, ", and that ")
                + (last ? "." : ";");
    }

    @Override
    String requestsReport(int session) {
        return "Requests the Secretary-General to submit to the General Assembly at its "
                + SpelledNumbers.englishOrdinal(session) + " session, through the Commission on Science and Technology for "
                + "Development and the Economic and Social Council, a report on the implementation of the present resolution;";
    }

    @Override
    String includesAgendaItem(int session) {
        return "Decides to include in the provisional agenda of its " + SpelledNumbers.englishOrdinal(session)
                + " session the item entitled “" + GA_TITLE + "”.";
    }

    @Override
    String footer(PlannedText t) {
        return t.plenary() + EnglishNumerals.ordinalSuffix(t.plenary()) + " plenary meeting\n" + date(t.adopted()) + "\n";
    }

    /** {@code 56/183 of 21 December 2001, 57/238 of 20 December 2002 and 64/187 of 21 December 2009}. */
    private static String list(List<Cited> cited) {
        List<String> items = new ArrayList<>();
        for (Cited c : cited) {
            items.add(c.shortNumber() + " of " + date(c.adopted()));
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String date(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
    }

    /** {@code 17 to 21 May 2010}, {@code 30 October to 2 November 2006}. */
    static String range(LocalDate start, LocalDate end) {
        String head = start.getMonthValue() == end.getMonthValue() ? String.valueOf(start.getDayOfMonth())
                : start.getDayOfMonth() + " " + month(start);
        return head + " to " + date(end);
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
