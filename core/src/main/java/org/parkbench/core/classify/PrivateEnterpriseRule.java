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
 * P1: a private enterprise is the developer or owns more than 50 % of it (private-led +3). The
 * heaviest single rule: in the paper the lead enterprise's own strength defines this model, and
 * a private developer outweighs a government that merely invited it (G1). Without a host-country
 * enterprise beside it, suggests single-enterprise or multi-enterprise (see {@link PrivateSide}).
 */
final class PrivateEnterpriseRule extends WeightedRule {
    PrivateEnterpriseRule() {
        super("P1", "rule.p1.summary", DevelopmentModel.PRIVATE_LED, 3);
    }

    @Override
    public Optional<Finding> apply(StakeSnapshot snapshot) {
        List<Stake> privates = snapshot.developersOrMajorityOwners(ActorKind.PRIVATE_ENTERPRISE);
        if (privates.isEmpty()) {
            return Optional.empty();
        }
        boolean hostPartner = !snapshot.withRole(Role.DEVELOPER, ActorKind.HOST_ENTERPRISE).isEmpty()
                || !snapshot.withRole(Role.OWNER, ActorKind.HOST_ENTERPRISE).isEmpty();
        Variant variant = hostPartner ? null
                : PrivateSide.of(snapshot).several() ? Variant.MULTI_ENTERPRISE : Variant.SINGLE_ENTERPRISE;
        return fire(w -> w.format("rule.p1.fired", w.holdings(privates)), privates, variant);
    }
}
