package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parkbench.core.classify.Classifier;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Classification;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Variant;

/**
 * The classifier's verdict on every shipped park, from the shipped actors and stakes. Each row is
 * what the rules of decision 002 give for the data as the sources report it; a change to the data or
 * to the rules that moves a verdict fails here and has to be argued.
 */
class ShippedParksClassificationTest {
    private static Casebook casebook;

    @BeforeAll
    static void load() {
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().result().orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {1}, mixed={2}, variant={3}, disagrees={4}")
    @CsvSource({
        // Two governments initiated (G1+G2 = 3) and CSSD, a park developer, builds it (C1 = 2): mixed.
        "suzhou-industrial-park, government-driven, true, intergovernmental, false",
        // TEDA Holding owns 75 % of the developer (C1+C2 = 4) after leaders initiated it (G1+G2 = 3): mixed.
        "suez-teda-zone, company-led, true, domestic-park-developer, false",
        // Huajian only operates a factory inside another developer's zone; Ethiopia's invitation is the
        // one rule that fires, so the verdict differs from the declared private-led model: flagged.
        "huajian-dukem, government-driven, false, , true",
        "huajian-lebu, private-led, false, single-enterprise, false",
        // Haier 55 % with Ruba 45 %, per the paper.
        "haier-ruba-zone, private-led, false, single-large-enterprise-host, false",
        // Hongdou and three unnamed private partners with the Cambodian CIIDG.
        "sihanoukville-sez, private-led, false, enterprise-cluster-host, false",
    })
    void verdictFollowsFromTheShippedStakes(String parkId, String top, boolean mixed, String variant, boolean disagrees) {
        Park park = casebook.park(parkId).orElseThrow();
        CaseStudy caseStudy = casebook.caseOf(parkId).orElseThrow();
        Classification c = Classifier.standard().classify(park, caseStudy.stakes(parkId));

        assertThat(c.top().map(DevelopmentModel::word)).as(Classifier.explain(c)).contains(top);
        assertThat(c.mixed()).as(Classifier.explain(c)).isEqualTo(mixed);
        assertThat(c.suggestedVariant().map(Variant::word)).as(Classifier.explain(c)).isEqualTo(Optional.ofNullable(variant));
        assertThat(c.disagrees()).isEqualTo(disagrees);
    }

    @Test
    void explanationsNameTheEvidenceAndTheVerdict() {
        for (Park park : casebook.parks()) {
            Classification c = Classifier.standard().classify(park, casebook.caseOf(park.id()).orElseThrow().stakes(park.id()));
            String text = Classifier.explain(c);
            assertThat(text).as(park.id()).contains("Rules fired").contains("Verdict:").contains("Declared:");
            c.fired().forEach(rule -> assertThat(text).contains(rule.ruleId()));
        }
        Park suez = casebook.park("suez-teda-zone").orElseThrow();
        String suezText = Classifier.explain(Classifier.standard().classify(suez, casebook.caseOf("suez-teda-zone").orElseThrow().stakes("suez-teda-zone")));
        assertThat(suezText).contains("Tianjin TEDA Investment Holding", "75 %", "mixed with High-level government-driven");
    }
}
