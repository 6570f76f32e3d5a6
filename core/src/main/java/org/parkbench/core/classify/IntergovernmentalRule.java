package org.parkbench.core.classify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Variant;

/**
 * G2: two or more different governments initiate the park together (government-driven +1,
 * variant intergovernmental). Governments are told apart by country: the Chinese central
 * government is CN, a host government is the park's country unless it names its own, a partner
 * government is its country (or itself, when no country is given).
 */
final class IntergovernmentalRule extends WeightedRule {
    IntergovernmentalRule() {
        super("G2", "rule.g2.summary", DevelopmentModel.GOVERNMENT_DRIVEN, 1);
    }

    @Override
    public Optional<Finding> apply(StakeSnapshot snapshot) {
        List<Stake> initiators = snapshot.withRole(Role.INITIATOR, HighLevelInitiationRule.GOVERNMENTS);
        Set<String> governments = new LinkedHashSet<>();
        initiators.forEach(s -> governments.add(government(s.actor(), snapshot.park())));
        if (governments.size() < 2) {
            return Optional.empty();
        }
        return fire(w -> w.format("rule.g2.fired", w.count(governments.size()), w.list(governments.stream()
                        .map(g -> g.startsWith("#") ? w.format("rule.g2.not-named") : w.country(g)).toList())),
                initiators, Variant.INTERGOVERNMENTAL);
    }

    static String government(Actor actor, Park park) {
        return switch (actor.kind()) {
            case CENTRAL_GOVERNMENT -> "CN";
            case HOST_GOVERNMENT -> actor.country().isBlank() ? park.country() : actor.country();
            default -> actor.country().isBlank() ? "#" + actor.id() : actor.country();
        };
    }
}
