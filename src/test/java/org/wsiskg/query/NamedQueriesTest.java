package org.wsiskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.wsiskg.store.SeedStore;

/**
 * Every named query in {@code queries/}, run with the example values of its parameters on the seed
 * corpus, gives the result stored beside this test in {@code src/test/resources/queries/NAME.expected.tsv}.
 * A query without an expected file fails; {@code -Drecreate=true} rewrites the files from the
 * current results (then read the diff before committing it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamedQueriesTest {

    private static final Path EXPECTED = Path.of("src/test/resources/queries");

    private Dataset seeds;

    @BeforeAll
    void buildSeedStore() {
        seeds = SeedStore.build();
    }

    @TestFactory
    Stream<DynamicTest> eachQueryGivesItsExpectedResult() {
        List<NamedQuery> queries = new QueryLibrary(Path.of("queries")).all();
        assertFalse(queries.isEmpty(), "no named queries in queries/");
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> check(q)));
    }

    @TestFactory
    Stream<DynamicTest> eachQueryHasItsHeader() {
        return new QueryLibrary(Path.of("queries")).all().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            assertFalse(q.title().equals(q.name()), q.name() + ": no '# title:' line");
            assertFalse(q.question().isBlank(), q.name() + ": no '# question:' line");
            assertFalse(q.example() == null || q.example().isBlank(), q.name() + ": no '# example:' line");
            for (NamedQuery.Parameter p : q.parameters()) {
                assertFalse(p.description().isBlank(), q.name() + ": parameter " + p.name() + " has no description");
                assertFalse(!q.sparql().contains("?" + p.name()), q.name() + ": parameter " + p.name()
                        + " is not a variable of the query");
            }
        }));
    }

    private void check(NamedQuery query) throws IOException {
        Map<String, String> bindings = QueryRunner.bindings(query, exampleAssignments(query));
        String actual = QueryRunner.run(seeds, query, bindings, QueryRunner.Format.TSV);
        Path file = EXPECTED.resolve(query.name() + ".expected.tsv");
        if (Boolean.getBoolean("recreate")) {
            Files.createDirectories(EXPECTED);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.isRegularFile(file)) {
            fail("no expected result " + file + " for query " + query.name()
                    + "; write it with: mvn test -Dtest=NamedQueriesTest -Drecreate=true, then check it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "query " + query.name() + " with " + bindings + " on the seed corpus");
    }

    /** The example values from the {@code # param:} lines; a blank example leaves its parameter unbound. */
    private static List<String> exampleAssignments(NamedQuery query) {
        List<String> out = new ArrayList<>();
        for (NamedQuery.Parameter p : query.parameters()) {
            if (!p.example().isBlank()) {
                out.add(p.name() + "=" + p.example());
            }
        }
        return out;
    }
}
