package org.parkbench.core.classify;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;

/**
 * C3: a park development company operates the park without already counting as its developer or
 * majority owner (company-led +1): running a park is half of what the paper's company-led model
 * describes, so it weighs less than developing one.
 */
final class CompanyOperatesRule extends WeightedRule {
    CompanyOperatesRule() {
        super("C3", "rule.c3.summary", DevelopmentModel.COMPANY_LED, 1);
    }

    @Override
    public Optional<Finding> apply(StakeSnapshot snapshot) {
        Set<String> counted = Stream.concat(snapshot.withRole(Role.DEVELOPER, ActorKind.PARK_DEVELOPMENT_COMPANY).stream(),
                        snapshot.majorityOwners(ActorKind.PARK_DEVELOPMENT_COMPANY).stream())
                .map(s -> s.actor().id()).collect(Collectors.toSet());
        List<Stake> operators = snapshot.withRole(Role.OPERATOR, ActorKind.PARK_DEVELOPMENT_COMPANY).stream()
                .filter(s -> !counted.contains(s.actor().id())).toList();
        if (operators.isEmpty()) {
            return Optional.empty();
        }
        return fire(w -> w.format(Wording.byCount(operators, "rule.c3.fired.one", "rule.c3.fired.many"), w.actors(operators)),
                operators, null);
    }
}
