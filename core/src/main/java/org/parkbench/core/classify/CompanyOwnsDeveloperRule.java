package org.parkbench.core.classify;

import java.util.List;
import java.util.Optional;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.Stake;

/**
 * C2: a park development company holds the majority (over 50 %) of the developer (company-led
 * +2). Suggests domestic-park-developer when that company is Chinese and the park is abroad.
 */
final class CompanyOwnsDeveloperRule extends WeightedRule {
    CompanyOwnsDeveloperRule() {
        super("C2", "rule.c2.summary", DevelopmentModel.COMPANY_LED, 2);
    }

    @Override
    public Optional<Finding> apply(StakeSnapshot snapshot) {
        List<Stake> owners = snapshot.majorityOwners(ActorKind.PARK_DEVELOPMENT_COMPANY);
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        return fire(w -> w.format("rule.c2.fired", w.holdings(owners)), owners,
                CompanyDevelopsRule.domesticDeveloperAbroad(snapshot, owners));
    }
}
