package org.parkbench.core.classify;

import java.util.List;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;

/**
 * The private enterprises behind a park, to tell one enterprise from several. The owners of the
 * developer are looked at first (they are who is behind a development vehicle); when none of
 * them is a private enterprise or a consortium, the developers themselves. A consortium counts as
 * several enterprises.
 */
record PrivateSide(List<Actor> actors) {
    static PrivateSide of(StakeSnapshot snapshot) {
        List<Stake> owners = snapshot.withRole(Role.OWNER, ActorKind.PRIVATE_ENTERPRISE, ActorKind.CONSORTIUM);
        List<Stake> group = owners.isEmpty()
                ? snapshot.withRole(Role.DEVELOPER, ActorKind.PRIVATE_ENTERPRISE, ActorKind.CONSORTIUM) : owners;
        return new PrivateSide(StakeSnapshot.actors(group));
    }

    boolean several() {
        return actors.size() > 1 || actors.stream().anyMatch(a -> a.kind() == ActorKind.CONSORTIUM);
    }
}
