package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.classify.Classifier;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Classification;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.ParkClassifier;
import org.parkbench.core.validate.Diagnostic;

/**
 * A loaded case carries each park's classification, made once when the case is made: it is what
 * the standard classifier reads from the park's stakes, the model check (PB502) reports it, and a
 * case cut down to some of its parks keeps it instead of classifying again.
 */
class CaseClassificationTest {

    @Test
    void everyParkOfALoadedCaseHasTheStandardClassifiersReading(@TempDir Path dir) {
        CaseStudy c = CaseLoader.load(new CaseInput(FixtureCase.copy(dir).directory(), "test-fixture")).result().orElseThrow();

        assertThat(c.parks()).isNotEmpty();
        for (Park p : c.parks()) {
            assertThat(c.classification(p.id())).contains(Classifier.standard().classify(p, c.stakes(p.id())));
        }
        assertThat(c.classification("no-such-park")).isEmpty();
    }

    @Test
    void theModelCheckReportsTheReadingTheCaseCarries(@TempDir Path dir) {
        FixtureCase fixture = FixtureCase.copy(dir).replace("parks.csv", ",private-led,single-enterprise,", ",company-led,,");

        Loaded<CaseStudy> loaded = CaseLoader.load(new CaseInput(fixture.directory(), "test-fixture"));

        Classification north = loaded.result().orElseThrow().classification("fixture-north").orElseThrow();
        assertThat(north.disagrees()).isTrue();
        assertThat(north.top()).contains(DevelopmentModel.PRIVATE_LED);
        assertThat(loaded.warnings()).extracting(Diagnostic::message)
                .anyMatch(m -> m.startsWith("park fixture-north is declared company-led, but its actors and stakes point to "
                        + north.top().orElseThrow().word() + " (rules fired: " + String.join(", ", north.firedRuleIds())));
    }

    @Test
    void eachParkIsClassifiedOnceAndACutDownCaseKeepsTheReadings(@TempDir Path dir) {
        CaseStudy loaded = CaseLoader.load(new CaseInput(FixtureCase.copy(dir).directory(), "test-fixture")).result().orElseThrow();
        AtomicInteger calls = new AtomicInteger();
        ParkClassifier counting = (park, stakes) -> {
            calls.incrementAndGet();
            return Classifier.standard().classify(park, stakes);
        };
        CaseStudy c = new CaseStudy(loaded.meta(), loaded.narrative(), loaded.parks(), loaded.stakes(), loaded.observations(),
                loaded.events(), loaded.sources(), loaded.statistics(), loaded.zones(), loaded.directory(),
                loaded.displayDirectory(), counting, loaded.citations());
        assertThat(calls).hasValue(c.parks().size());

        CaseStudy north = c.withParks(Set.of("fixture-north"));

        assertThat(calls).as("no park classified again").hasValue(c.parks().size());
        assertThat(north.parks()).extracting(Park::id).containsExactly("fixture-north");
        assertThat(north.stakes()).isNotEmpty().allMatch(s -> s.park().equals("fixture-north"));
        assertThat(north.classification("fixture-north")).isEqualTo(c.classification("fixture-north"));
        assertThat(north.classification("fixture-south")).isEmpty();
        assertThat(north.citations()).isEqualTo(c.citations());
    }
}
