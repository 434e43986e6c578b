package org.wsiskg.query;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wsiskg.Golden;
import org.wsiskg.SeedCorpus;

/**
 * One test per file in queries/: the query runs on the seed corpus with the example value of
 * each of its parameters, and its TSV result must equal golden/queries/NAME.tsv. A query added
 * later gets its test without any edit here (and fails until its expected file is reviewed in).
 */
class QueryFilesTest {

    @TestFactory
    List<DynamicTest> everyNamedQueryGivesItsExpectedResultOnTheSeedCorpus() {
        Dataset dataset = unionView(SeedCorpus.dataset());
        QueryLibrary library = new QueryLibrary(Path.of("queries"));
        return library.all().stream().map(q -> dynamicTest(q.name(), () -> {
            Map<String, String> bindings = new LinkedHashMap<>();
            q.parameters().forEach(p -> bindings.put(p.name(), p.example()));
            String tsv = QueryRunner.run(dataset, q, bindings, QueryRunner.Format.TSV);
            Golden.assertMatches("queries/" + q.name() + ".tsv", tsv);
        })).toList();
    }

    /** The seed dataset seen as the store serves it: the default graph is the union of the named graphs. */
    static Dataset unionView(DatasetGraph dsg) {
        DatasetGraph union = DatasetGraphFactory.wrap(dsg.getUnionGraph());
        return DatasetFactory.wrap(union);
    }
}
