package org.wsiskg.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.wsiskg.text.Span;

/**
 * Writes extraction reports in the fixed {@code extract --format json} schema. Fields are written
 * in the schema's order and null fields are written as null, so the output is byte-for-byte the
 * same for the same input.
 */
public final class ExtractionReportJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(List<DocumentExtraction> documents) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        for (DocumentExtraction d : documents) {
            docs.add(document(d));
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode document(DocumentExtraction d) {
        ObjectNode n = mapper.createObjectNode();
        n.put("source", d.source());
        n.put("language", d.language());
        n.put("symbol", d.symbol());
        n.put("body", d.body());
        n.put("kind", d.kind());
        n.put("session", d.session());
        n.put("adopted", d.adopted());
        n.put("plenary_meeting", d.plenaryMeeting());
        n.put("agenda_item", d.agendaItem());
        n.put("title", d.title());
        ArrayNode paragraphs = n.putArray("paragraphs");
        for (ParagraphEntry p : d.paragraphs()) {
            ObjectNode o = paragraphs.addObject();
            o.put("id", p.id());
            o.put("kind", p.kind());
            o.put("number", p.number());
            span(o, p.span());
        }
        ArrayNode references = n.putArray("references");
        for (Reference r : d.references()) {
            ObjectNode o = references.addObject();
            o.put("kind", r.kind());
            o.put("target", r.target());
            o.put("paragraph", r.paragraph());
            o.put("function", r.function());
            o.put("in", r.in());
            o.put("text", r.text());
            span(o, r.span());
        }
        ArrayNode events = n.putArray("events");
        for (EventMention e : d.events()) {
            ObjectNode o = events.addObject();
            o.put("kind", e.kind());
            o.put("ordinal", e.ordinal());
            o.put("year", e.year());
            o.put("start", e.start());
            o.put("end", e.end());
            o.put("city", e.city());
            o.put("country", e.country());
            o.put("in", e.in());
            o.put("text", e.text());
            span(o, e.span());
        }
        ArrayNode mandates = n.putArray("mandates");
        for (MandateMention m : d.mandates()) {
            ObjectNode o = mandates.addObject();
            o.put("subject", m.subject());
            o.put("action", m.action());
            o.put("years", m.years());
            o.put("until", m.until());
            o.put("year", m.year());
            o.put("addressee", m.addressee());
            ArrayNode channels = o.putArray("channels");
            m.channels().forEach(channels::add);
            o.put("session", m.session());
            o.put("item", m.item());
            o.put("in", m.in());
            o.put("text", m.text());
            span(o, m.span());
        }
        ArrayNode issues = n.putArray("issues");
        for (Issue i : d.issues()) {
            ObjectNode o = issues.addObject();
            o.put("level", i.level().label());
            o.put("code", i.code());
            o.put("message", i.message());
            span(o, i.span());
        }
        return n;
    }

    private static void span(ObjectNode o, Span span) {
        ArrayNode a = o.putArray("span");
        a.add(span.start());
        a.add(span.end());
    }
}
