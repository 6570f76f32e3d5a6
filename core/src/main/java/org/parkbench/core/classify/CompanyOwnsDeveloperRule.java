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
        super("C2", "A park development company owns more than 50 % of the developer.", DevelopmentModel.COMPANY_LED, 2);
    }

    @Override
    public Optional<Finding> apply(StakeSnapshot snapshot) {
        List<Stake> owners = snapshot.majorityOwners(ActorKind.PARK_DEVELOPMENT_COMPANY);
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        return fire(Wording.holdings(owners) + ": an experienced park developer controls the developer.",
                owners, CompanyDevelopsRule.domesticDeveloperAbroad(snapshot, owners));
    }
}
