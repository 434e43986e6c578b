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

    private Wsis() {
    }
}
