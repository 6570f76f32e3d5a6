package org.parkbench.core.classify;

import java.util.List;
import java.util.Optional;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Variant;

/**
 * C1: a park development company is the developer (company-led +2). Suggests the variant
 * domestic-park-developer when the company is Chinese and the park is abroad.
 */
final class CompanyDevelopsRule extends WeightedRule {
    CompanyDevelopsRule() {
        super("C1", "rule.c1.summary", DevelopmentModel.COMPANY_LED, 2);
    }

    @Override
    public Optional<Finding> apply(StakeSnapshot snapshot) {
        List<Stake> developers = snapshot.withRole(Role.DEVELOPER, ActorKind.PARK_DEVELOPMENT_COMPANY);
        if (developers.isEmpty()) {
            return Optional.empty();
        }
        return fire(w -> w.format(Wording.byCount(developers, "rule.c1.fired.one", "rule.c1.fired.many"), w.actors(developers)),
                developers, domesticDeveloperAbroad(snapshot, developers));
    }

    /** The variant domestic-park-developer when a Chinese company develops a park outside China. */
    static Variant domesticDeveloperAbroad(StakeSnapshot snapshot, List<Stake> stakes) {
        boolean chinese = stakes.stream().anyMatch(s -> s.actor().country().equals("CN"));
        return chinese && !snapshot.park().country().equals("CN") ? Variant.DOMESTIC_PARK_DEVELOPER : null;
    }
}
