package org.wsiskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.wsiskg.SeedCorpus;
import org.wsiskg.extract.CitingFunctions;
import org.wsiskg.rdf.vocab.Cito;
import org.wsiskg.rdf.vocab.Dct;
import org.wsiskg.rdf.vocab.Eli;
import org.wsiskg.rdf.vocab.Oa;
import org.wsiskg.rdf.vocab.Prov;
import org.wsiskg.rdf.vocab.Rdfs;
import org.wsiskg.rdf.vocab.Schema;
import org.wsiskg.rdf.vocab.Time;
import org.wsiskg.rdf.vocab.Skos;
import org.wsiskg.rdf.vocab.Wsis;

/** The ontology declares exactly the terms the code writes, each labelled in English and Chinese and commented. */
class OntologyTest {

    /** Every vocabulary class of rdf.vocab; a new one must be added here, or the test below misses its terms. */
    static final List<Class<?>> VOCABULARIES = List.of(Wsis.class, Eli.class, Cito.class, Oa.class, Prov.class,
            Dct.class, Skos.class, Rdfs.class, Schema.class, Time.class);

    private static final Set<String> DECLARATION_TYPES = Set.of(OWL.Class.getURI(), OWL.ObjectProperty.getURI(),
            OWL.DatatypeProperty.getURI(), OWL.AnnotationProperty.getURI(), Wsis.CitingFunction.getURI(),
            org.apache.jena.vocabulary.SKOS.ConceptScheme.getURI());

    private final Graph ontology = Ontology.load();

    @Test
    void declaresExactlyTheVocabularyConstants() {
        assertEquals(vocabularyTerms(), declaredTerms());
    }

    @Test
    void everyPredicateAndClassInTheSeedGraphIsDeclared() {
        Set<String> declared = declaredTerms();
        Set<String> used = new TreeSet<>();
        Node ontologyGraph = NodeFactory.createURI(new GraphBuilder(IriScheme.standard()).ontologyGraphIri());
        SeedCorpus.dataset().find().forEachRemaining(q -> {
            if (q.getGraph().equals(ontologyGraph)) {
                return;
            }
            if (!q.getPredicate().equals(RDF.type.asNode())) {
                used.add(q.getPredicate().getURI());
            } else {
                used.add(q.getObject().getURI());
            }
        });
        used.removeAll(declared);
        assertEquals(Set.of(), used, "written by the code but not declared in ontology/wsis.ttl");
    }

    @Test
    void everyTermHasEnglishAndChineseLabelsAndAComment() {
        for (String term : declaredTerms()) {
            Node s = NodeFactory.createURI(term);
            Set<String> languages = new TreeSet<>();
            ontology.find(s, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> languages.add(t.getObject().getLiteralLanguage()));
            assertTrue(languages.containsAll(Set.of("en", "zh")), term + " has labels in " + languages);
            assertTrue(ontology.contains(s, RDFS.comment.asNode(), Node.ANY), term + " has no rdfs:comment");
        }
    }

    @Test
    void citingFunctionConceptsAreExactlyTheFunctionsTheExtractorWrites() {
        Set<String> concepts = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Wsis.CitingFunction.asNode())
                .forEachRemaining(t -> concepts.add(t.getSubject().getURI()));
        Set<String> expected = new TreeSet<>();
        CitingFunctions.labels().forEach(l -> expected.add(CitingFunctionTerms.iri(l)));
        assertEquals(expected, concepts);
    }

    private Set<String> declaredTerms() {
        Set<String> declared = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && DECLARATION_TYPES.contains(t.getObject().getURI()) && t.getSubject().isURI()) {
                declared.add(t.getSubject().getURI());
            }
        });
        // Citing-function individuals are checked against the extractor by their own test.
        ontology.find(Node.ANY, RDF.type.asNode(), Wsis.CitingFunction.asNode())
                .forEachRemaining(t -> declared.remove(t.getSubject().getURI()));
        return declared;
    }

    static Set<String> vocabularyTerms() {
        Set<String> terms = new TreeSet<>();
        for (Class<?> vocabulary : VOCABULARIES) {
            for (Field f : vocabulary.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                    try {
                        terms.add(((Resource) f.get(null)).getURI());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return terms;
    }

    @Test
    void noBlankNodesAnywhere() {
        long blanks = SeedCorpus.dataset().stream()
                .filter(q -> q.getSubject().isBlank() || q.getObject().isBlank())
                .map(Quad::toString).count();
        assertEquals(0, blanks);
    }
}
