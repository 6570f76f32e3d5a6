package org.parkbench.core.classify;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
        super("P2", "A host-country enterprise co-develops or co-owns the developer with private enterprises.",
                DevelopmentModel.PRIVATE_LED, 1);
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
        String behind = side.several()
                ? "several private enterprises, " + Wording.join(side.actors().stream().map(Wording::actor).toList())
                : "a single private enterprise, " + Wording.actor(side.actors().isEmpty() ? privates.get(0).actor() : side.actors().get(0));
        return fire(Wording.holdings(hosts) + ", " + Wording.verb(hosts, "partners", "partner") + " " + behind
                + ": a joint venture with a host-country enterprise.", Stream.concat(hosts.stream(), privates.stream()).toList(), variant);
    }
}
