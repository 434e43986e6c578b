package org.wsiskg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The project's own terms, for what no standard vocabulary names; declared in ontology/wsis.ttl. */
public final class Wsis {

    public static final String NS = "https://w3id.org/wsis-kg/ontology#";

    public static final Resource Document = ResourceFactory.createResource(NS + "Document");
    public static final Resource Resolution = ResourceFactory.createResource(NS + "Resolution");
    public static final Resource Decision = ResourceFactory.createResource(NS + "Decision");
    public static final Resource DraftResolution = ResourceFactory.createResource(NS + "DraftResolution");
    public static final Resource DraftDecision = ResourceFactory.createResource(NS + "DraftDecision");
    public static final Resource OutcomeDocument = ResourceFactory.createResource(NS + "OutcomeDocument");
    public static final Resource Paragraph = ResourceFactory.createResource(NS + "Paragraph");
    public static final Resource PreambularParagraph = ResourceFactory.createResource(NS + "PreambularParagraph");
    public static final Resource OperativeParagraph = ResourceFactory.createResource(NS + "OperativeParagraph");
    public static final Resource Heading = ResourceFactory.createResource(NS + "Heading");
    public static final Resource Footnote = ResourceFactory.createResource(NS + "Footnote");
    public static final Resource Citation = ResourceFactory.createResource(NS + "Citation");
    public static final Resource CitingFunction = ResourceFactory.createResource(NS + "CitingFunction");
    public static final Resource SourceText = ResourceFactory.createResource(NS + "SourceText");
    public static final Resource Body = ResourceFactory.createResource(NS + "Body");
    public static final Resource citingFunctions = ResourceFactory.createResource(NS + "citingFunctions");
    public static final Property symbol = ResourceFactory.createProperty(NS + "symbol");
    public static final Property session = ResourceFactory.createProperty(NS + "session");
    public static final Property plenaryMeeting = ResourceFactory.createProperty(NS + "plenaryMeeting");
    public static final Property agendaItem = ResourceFactory.createProperty(NS + "agendaItem");
    public static final Property paragraphNumber = ResourceFactory.createProperty(NS + "paragraphNumber");
    public static final Property paragraphId = ResourceFactory.createProperty(NS + "paragraphId");
    public static final Property text = ResourceFactory.createProperty(NS + "text");
    public static final Property quote = ResourceFactory.createProperty(NS + "quote");
    public static final Property citingDocument = ResourceFactory.createProperty(NS + "citingDocument");
    public static final Property citedDocument = ResourceFactory.createProperty(NS + "citedDocument");
    public static final Property citingFunction = ResourceFactory.createProperty(NS + "citingFunction");
    public static final Property footnoteTo = ResourceFactory.createProperty(NS + "footnoteTo");
    public static final Property sourcePath = ResourceFactory.createProperty(NS + "sourcePath");
    public static final Property fileFormat = ResourceFactory.createProperty(NS + "fileFormat");
    public static final Property fileSize = ResourceFactory.createProperty(NS + "fileSize");
    public static final Property fileSha256 = ResourceFactory.createProperty(NS + "fileSha256");
    public static final Property textSha256 = ResourceFactory.createProperty(NS + "textSha256");
    public static final Property pageCount = ResourceFactory.createProperty(NS + "pageCount");
    public static final Property paragraphCount = ResourceFactory.createProperty(NS + "paragraphCount");
    public static final Property citationCount = ResourceFactory.createProperty(NS + "citationCount");
    public static final Property page = ResourceFactory.createProperty(NS + "page");
    public static final Property contentDigest = ResourceFactory.createProperty(NS + "contentDigest");

    // events and mandates
    public static final Resource IgfMeeting = ResourceFactory.createResource(NS + "IgfMeeting");
    public static final Resource CstdSession = ResourceFactory.createResource(NS + "CstdSession");
    public static final Resource SummitPhase = ResourceFactory.createResource(NS + "SummitPhase");
    public static final Resource WsisForum = ResourceFactory.createResource(NS + "WsisForum");
    public static final Resource ReviewMeeting = ResourceFactory.createResource(NS + "ReviewMeeting");
    public static final Resource NetmundialMeeting = ResourceFactory.createResource(NS + "NetmundialMeeting");
    public static final Resource WgecMeeting = ResourceFactory.createResource(NS + "WgecMeeting");
    public static final Resource Mention = ResourceFactory.createResource(NS + "Mention");
    public static final Resource Conflict = ResourceFactory.createResource(NS + "Conflict");
    public static final Resource MandateAction = ResourceFactory.createResource(NS + "MandateAction");
    public static final Resource ReportRequest = ResourceFactory.createResource(NS + "ReportRequest");
    public static final Resource AgendaItem = ResourceFactory.createResource(NS + "AgendaItem");
    public static final Property ordinal = ResourceFactory.createProperty(NS + "ordinal");
    public static final Property year = ResourceFactory.createProperty(NS + "year");
    public static final Property mentionOf = ResourceFactory.createProperty(NS + "mentionOf");
    public static final Property mentionedIn = ResourceFactory.createProperty(NS + "mentionedIn");
    public static final Property conflictAbout = ResourceFactory.createProperty(NS + "conflictAbout");
    public static final Property conflictProperty = ResourceFactory.createProperty(NS + "conflictProperty");
    public static final Property conflictingValue = ResourceFactory.createProperty(NS + "conflictingValue");
    public static final Property conflictingMention = ResourceFactory.createProperty(NS + "conflictingMention");
    public static final Property mandateOf = ResourceFactory.createProperty(NS + "mandateOf");
    public static final Property action = ResourceFactory.createProperty(NS + "action");
    public static final Property durationYears = ResourceFactory.createProperty(NS + "durationYears");
    public static final Property period = ResourceFactory.createProperty(NS + "period");
    public static final Property setBy = ResourceFactory.createProperty(NS + "setBy");
    public static final Property basis = ResourceFactory.createProperty(NS + "basis");
    public static final Property addressee = ResourceFactory.createProperty(NS + "addressee");
    public static final Property channel = ResourceFactory.createProperty(NS + "channel");
    public static final Property dueAtSession = ResourceFactory.createProperty(NS + "dueAtSession");
    public static final Property itemTitle = ResourceFactory.createProperty(NS + "itemTitle");

    private Wsis() {
    }
}
