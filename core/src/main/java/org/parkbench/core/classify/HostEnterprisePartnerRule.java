package org.parkbench.core.classify;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Variant;

/**
 * P2: a host-country enterprise co-develops or co-owns the developer together with one or more
 * private enterprises (private-led +1). Suggests single-large-enterprise-host when one private
 * enterprise is behind the park, enterprise-cluster-host when several are (or a consortium).
 * A host enterprise beside a park development company or a state-owned enterprise does not fire
 * it: the paper's joint-venture variants are forms of the private-led model.
 */
final class HostEnterprisePartnerRule extends WeightedRule {
    HostEnterprisePartnerRule() {
        super("P2", "rule.p2.summary", DevelopmentModel.PRIVATE_LED, 1);
    }

    @Override
    public Optional<Finding> apply(StakeSnapshot snapshot) {
        List<Stake> hosts = snapshot.stakes().stream().filter(s -> s.actor().kind() == ActorKind.HOST_ENTERPRISE)
                .filter(s -> s.role() == Role.DEVELOPER || s.role() == Role.OWNER).toList();
        List<Stake> privates = snapshot.withRole(Role.DEVELOPER, Role.OWNER).stream()
                .filter(s -> s.actor().kind() == ActorKind.PRIVATE_ENTERPRISE).toList();
        if (hosts.isEmpty() || privates.isEmpty()) {
            return Optional.empty();
        }
        PrivateSide side = PrivateSide.of(snapshot);
        Variant variant = side.several() ? Variant.ENTERPRISE_CLUSTER_HOST : Variant.SINGLE_LARGE_ENTERPRISE_HOST;
        Actor single = side.actors().isEmpty() ? privates.get(0).actor() : side.actors().get(0);
        return fire(w -> w.format(Wording.byCount(hosts, "rule.p2.fired.one", "rule.p2.fired.many"), w.holdings(hosts),
                        side.several() ? w.format("rule.p2.several", w.list(side.actors().stream().map(w::actor).toList()))
                                : w.format("rule.p2.single", w.actor(single))),
                Stream.concat(hosts.stream(), privates.stream()).toList(), variant);
    }
}
