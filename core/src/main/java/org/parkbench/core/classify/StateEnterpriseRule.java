package org.parkbench.core.classify;

import java.util.List;
import java.util.Optional;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.Stake;

/**
 * S1: a state-owned enterprise is the developer or owns more than 50 % of it (company-led +1).
 * A company, not a government body, carries development; it weighs less than C1/C2 because the
 * kind does not say that the enterprise builds parks for a living. State backing shows in the
 * initiation rules, not here.
 */
final class StateEnterpriseRule extends WeightedRule {
    StateEnterpriseRule() {
        super("S1", "rule.s1.summary", DevelopmentModel.COMPANY_LED, 1);
    }

    @Override
    public Optional<Finding> apply(StakeSnapshot snapshot) {
        List<Stake> soes = snapshot.developersOrMajorityOwners(ActorKind.STATE_OWNED_ENTERPRISE);
        if (soes.isEmpty()) {
            return Optional.empty();
        }
        return fire(w -> w.format("rule.s1.fired", w.holdings(soes)), soes, null);
    }
}
