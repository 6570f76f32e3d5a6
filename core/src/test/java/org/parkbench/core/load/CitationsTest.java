package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.Diagnostics;

class CitationsTest {
    @TempDir
    Path temp;

    @Test
    void findsObservationAndSourceCitationsWithTheirPlaceInTheFile() {
        String narrative = "Intro.\nIt had {{obs:park-a/jobs-direct/2016-05}} jobs ({{src:report}}),\n"
                + "or {{ obs:park-a/jobs-direct/2016-05/news }}.\n";
        Diagnostics d = new Diagnostics();
        List<Citation> found = Citations.parse(narrative, "c/case.md", 20, d);
        assertThat(d.sorted()).isEmpty();
        assertThat(found).hasSize(3);
        var first = (Citation.ObservationCitation) found.get(0);
        assertThat(first.park()).isEqualTo("park-a");
        assertThat(first.indicator()).isEqualTo(Indicator.JOBS_DIRECT);
        assertThat(first.asOf()).isEqualTo(PartialDate.parse("2016-05"));
        assertThat(first.namedSource()).isEmpty();
        // the narrative's second line is line 21 of the file; "It had " is 7 characters
        assertThat(first.origin()).isEqualTo(new Origin("c/case.md", 21, 8));
        assertThat(narrative.substring(first.start(), first.end())).isEqualTo("{{obs:park-a/jobs-direct/2016-05}}");
        assertThat(found.get(1)).isInstanceOfSatisfying(Citation.SourceCitation.class, s -> assertThat(s.key()).isEqualTo("report"));
        assertThat(((Citation.ObservationCitation) found.get(2)).source()).isEqualTo("news");
        assertThat(found.get(2).origin()).isEqualTo(new Origin("c/case.md", 22, 4));
    }

    @Test
    void findSkipsWhatCannotBeRead() {
        assertThat(Citations.find("{{obs:a/b}} {{src:key}} {{name}}")).singleElement()
                .isInstanceOf(Citation.SourceCitation.class);
    }

    @Test
    void malformedCitationsAreReported() {
        Diagnostics d = new Diagnostics();
        Citations.parse("{{obs:park-a/enterprises}} {{source:x}} {{obs:park-a/jobs/2016}} {{obs:park-a/area/16}}", "c.md", 1, d);
        assertThat(d.sorted()).extracting(Diagnostic::headline).containsExactly(
                "c.md:1:1: error: [PB307] cannot read citation '{{obs:park-a/enterprises}}'",
                "c.md:1:28: error: [PB307] cannot read citation '{{source:x}}'",
                "c.md:1:41: error: [PB207] citation {{obs:park-a/jobs/2016}}: unknown indicator 'jobs'; allowed: "
                        + String.join(", ", Vocabulary.words(Indicator.class)),
                "c.md:1:66: error: [PB202] citation {{obs:park-a/area/16}}: '16' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void anObservationCitedWithoutItsSourceWhenTwoSourcesReportItIsAmbiguous() {
        // case.md of the fixture ends on line 21: the appended sentence is line 22
        FixtureCase c = FixtureCase.copy(temp).append("case.md", "See {{obs:fixture-north/jobs-direct/2016}}.");
        Diagnostic d = c.load().diagnostics().get(0);
        assertThat(d.headline()).isEqualTo("test-fixture/case.md:22:5: error: [PB307] citation {{obs:fixture-north/jobs-direct/2016}} "
                + "is ambiguous: 2 observations match, from sources fixture-report, fixture-news");
        assertThat(d.hint()).isEqualTo("name the source: {{obs:fixture-north/jobs-direct/2016/fixture-report}}");
    }

    @Test
    void aCitationOfAnObservationThatDoesNotExistNamesTheDatesThatDo() {
        FixtureCase c = FixtureCase.copy(temp).append("case.md", "See {{obs:fixture-north/enterprises/2016}}.");
        Diagnostic d = c.load().diagnostics().get(0);
        assertThat(d.headline()).isEqualTo("test-fixture/case.md:22:5: error: [PB307] citation {{obs:fixture-north/enterprises/2016}} "
                + "does not resolve: no enterprises observation of park fixture-north as of 2016");
        assertThat(d.hint()).isEqualTo("observations.csv has it as of: 2015");
    }

    @Test
    void aCitedDateMustHaveTheObservationsPrecision() {
        FixtureCase c = FixtureCase.copy(temp).append("case.md", "See {{obs:fixture-north/area/2016}}.");
        assertThat(c.load().diagnostics().get(0).hint()).isEqualTo("observations.csv has it as of: 2016-03");
    }

    @Test
    void citationsOfUnknownParksAndSourcesAreReported() {
        FixtureCase c = FixtureCase.copy(temp)
                .append("case.md", "See {{obs:fixture-west/area/2016}} and {{src:fixture-reprot}}.")
                .append("case.md", "And {{obs:fixture-north/jobs-direct/2016/fixture-blog}}.");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/case.md:22:5: error: [PB302] citation {{obs:fixture-west/area/2016}} names unknown park 'fixture-west'",
                "test-fixture/case.md:22:40: error: [PB303] citation {{src:fixture-reprot}} names unknown source key "
                        + "'fixture-reprot'; did you mean 'fixture-report'?",
                "test-fixture/case.md:23:5: error: [PB303] citation {{obs:fixture-north/jobs-direct/2016/fixture-blog}} names "
                        + "unknown source key 'fixture-blog'");
    }

    @Test
    void theLoadedCaseCarriesEachCitationResolvedAndPlacedInCaseMd() {
        var study = CaseLoader.load(new CaseInput(FixtureCase.VALID, "test-fixture")).value();
        List<ResolvedCitation> citations = study.citations();
        assertThat(citations).extracting(ResolvedCitation::text).containsExactly("{{obs:fixture-north/enterprises/2015}}",
                "{{src:fixture-report}}", "{{obs:fixture-north/jobs-direct/2016/fixture-report}}",
                "{{obs:fixture-north/jobs-direct/2016/fixture-news}}");
        assertThat(citations).allMatch(ResolvedCitation::resolves);
        assertThat(citations).filteredOn(c -> c.citation() instanceof Citation.ObservationCitation)
                .allSatisfy(c -> assertThat(c.observations()).hasSize(1));
        assertThat(citations.get(1).source()).map(Source::key).contains("fixture-report");
        assertThat(citations.get(3).observations().get(0).value()).isEqualTo(2000);
        // 1-based, in the file: the narrative starts below the front matter
        assertThat(citations).extracting(ResolvedCitation::origin).containsExactly(new Origin("test-fixture/case.md", 19, 19),
                new Origin("test-fixture/case.md", 19, 79), new Origin("test-fixture/case.md", 20, 19),
                new Origin("test-fixture/case.md", 21, 1));
        // and the offsets are the narrative's
        ResolvedCitation first = citations.get(0);
        assertThat(study.narrative().substring(first.citation().start(), first.citation().end())).isEqualTo(first.text());
    }

    @Test
    void aTextCitedAgainstALoadedCaseIsResolvedTheSameWay() {
        var study = CaseLoader.load(new CaseInput(FixtureCase.VALID, "test-fixture")).value();
        List<ResolvedCitation> resolved = Citations.resolve(Citations.find(
                "{{obs:fixture-north/jobs-direct/2016}} {{obs:fixture-north/area/2099}} {{src:nowhere}}"), study);
        assertThat(resolved.get(0).observations()).extracting(o -> o.source()).containsExactly("fixture-report", "fixture-news");
        assertThat(resolved.get(1).resolves()).isFalse();
        assertThat(resolved.get(2).resolves()).isFalse();
    }
}
