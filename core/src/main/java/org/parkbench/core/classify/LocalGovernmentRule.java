package org.parkbench.core.classify;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;

/**
 * G3: a Chinese local government initiates or develops the park (government-driven +1). Weaker
 * than G1: the paper's model is about government at the highest level, and local governments
 * often only promote their own enterprises' parks.
 */
final class LocalGovernmentRule extends WeightedRule {
    LocalGovernmentRule() {
        super("G3", "rule.g3.summary", DevelopmentModel.GOVERNMENT_DRIVEN, 1);
    }

    @Override
    public Optional<Finding> apply(StakeSnapshot snapshot) {
        List<Stake> local = Stream.concat(snapshot.withRole(Role.INITIATOR, ActorKind.LOCAL_GOVERNMENT).stream(),
                snapshot.withRole(Role.DEVELOPER, ActorKind.LOCAL_GOVERNMENT).stream()).toList();
        if (local.isEmpty()) {
            return Optional.empty();
        }
        return fire(w -> w.format(Wording.byCount(local, "rule.g3.fired.one", "rule.g3.fired.many"), w.actors(local)), local, null);
    }
}
