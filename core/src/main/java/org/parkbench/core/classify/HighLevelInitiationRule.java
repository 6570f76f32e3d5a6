package org.parkbench.core.classify;

import java.util.List;
import java.util.Optional;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;

/** G1: a central, host-country or partner government initiates the park (government-driven +2). */
final class HighLevelInitiationRule extends WeightedRule {
    static final ActorKind[] GOVERNMENTS = {ActorKind.CENTRAL_GOVERNMENT, ActorKind.HOST_GOVERNMENT, ActorKind.FOREIGN_GOVERNMENT};

    HighLevelInitiationRule() {
        super("G1", "rule.g1.summary", DevelopmentModel.GOVERNMENT_DRIVEN, 2);
    }

    @Override
    public Optional<Finding> apply(StakeSnapshot snapshot) {
        List<Stake> initiators = snapshot.withRole(Role.INITIATOR, GOVERNMENTS);
        if (initiators.isEmpty()) {
            return Optional.empty();
        }
        return fire(w -> w.format("rule.g1.fired", w.actors(initiators)), initiators, null);
    }
}
