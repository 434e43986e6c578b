package org.wsiskg.extract;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wsiskg.Golden;
import org.wsiskg.SeedCorpus;

/** The full extract --format json report of each seed text, against its golden file. */
class ExtractReportGoldenTest {

    @TestFactory
    List<DynamicTest> eachSeedReportMatchesItsGoldenFile() {
        ExtractionReportJson json = new ExtractionReportJson();
        return SeedCorpus.extractions().stream().map(d -> {
            String stem = d.source().substring(d.source().lastIndexOf('/') + 1).replace(".txt", "");
            return dynamicTest(stem, () -> Golden.assertMatches("extract/" + stem + ".json", json.write(List.of(d))));
        }).toList();
    }
}
