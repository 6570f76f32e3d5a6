package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.validate.Diagnostic;

class CasebookLoaderTest {
    @TempDir
    Path temp;

    private static List<String> headlines(Loaded<?> loaded) {
        return loaded.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void twoValidCasesMakeACasebookInTheGivenOrder() {
        FixtureCase first = FixtureCase.other(temp);
        FixtureCase second = FixtureCase.copy(temp);
        CasebookLoad load = CasebookLoader.load(List.of(first.input(), second.input()));
        assertThat(headlines(load.casebook())).isEmpty();
        assertThat(load.casebook().value().cases()).extracting(CaseStudy::id).containsExactly("other-fixture", "test-fixture");
        assertThat(load.casebook().value().caseOf("fixture-north")).map(CaseStudy::id).contains("test-fixture");
    }

    @Test
    void aValidCaseLoadedWithABrokenOneStaysClean() {
        FixtureCase broken = FixtureCase.other(temp).replace("parks.csv", ",EG,", ",XX,");
        FixtureCase valid = FixtureCase.copy(temp);
        CasebookLoad load = CasebookLoader.load(List.of(broken.input(), valid.input()));

        assertThat(load.cases().get(1).isClean()).isTrue();
        assertThat(load.cases().get(1).value()).isNotNull();
        assertThat(headlines(load.cases().get(0))).containsExactly("other-fixture/parks.csv:3:35: error: [PB206] unknown country code 'XX'");
        assertThat(load.casebook().value()).isNull();
        assertThat(headlines(load.casebook())).containsExactly("other-fixture/parks.csv:3:35: error: [PB206] unknown country code 'XX'");
    }

    @Test
    void aParkIdUsedByTwoCasesIsADuplicate() {
        FixtureCase first = FixtureCase.copy(temp);
        FixtureCase second = FixtureCase.copy(temp, "other-fixture").replaceEverywhere("test-fixture", "other-fixture")
                .replaceEverywhere("fixture-north", "other-north");
        CasebookLoad load = CasebookLoader.load(List.of(first.input(), second.input()));
        assertThat(load.cases()).allMatch(Loaded::isClean);
        assertThat(headlines(load.casebook())).containsExactly("other-fixture/parks.csv:4:1: error: [PB301] park id 'fixture-south' "
                + "is already used by case 'test-fixture' at test-fixture/parks.csv:4:1");
        assertThat(load.casebook().value()).isNull();
    }

    @Test
    void theSameCaseTwiceIsADuplicateCaseId() {
        FixtureCase c = FixtureCase.copy(temp);
        CasebookLoad load = CasebookLoader.load(List.of(c.input(), c.input()));
        assertThat(headlines(load.casebook())).contains(
                "test-fixture/case.md:2:5: error: [PB301] case id 'test-fixture' is also the id of test-fixture");
    }

    @Test
    void aZoneLinksToAParkOfAnotherLoadedCase() {
        FixtureCase overview = FixtureCase.copy(temp).replace("zones.csv", ",fixture-north,private-led,", ",other-north,private-led,");
        CasebookLoad alone = CasebookLoader.load(List.of(overview.input()));
        // zones.csv line 3: the park cell starts after the 94 characters before "other-north"
        assertThat(headlines(alone.casebook())).containsExactly(
                "test-fixture/zones.csv:3:94: error: [PB302] zone 'fixture-zone-north' links to unknown park 'other-north'");

        CasebookLoad together = CasebookLoader.load(List.of(overview.input(), FixtureCase.other(temp).input()));
        assertThat(headlines(together.casebook())).isEmpty();
    }
}
