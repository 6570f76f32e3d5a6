package org.parkbench.core.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;

/**
 * The stakes of one park that hold on one date: what a classification rule looks at. The
 * queries speak in kinds and roles only, so rules never depend on who a park's actors are.
 */
public record StakeSnapshot(Park park, PartialDate date, List<Stake> stakes) {
    /** A share above this is a majority. */
    public static final double MAJORITY_PERCENT = 50;

    public StakeSnapshot {
        Objects.requireNonNull(park, "park");
        Objects.requireNonNull(date, "date");
        stakes = List.copyOf(stakes);
    }

    /** The stakes of {@code park} among {@code stakes} that hold on {@code date}. */
    public static StakeSnapshot of(Park park, List<Stake> stakes, PartialDate date) {
        return new StakeSnapshot(park, date,
                stakes.stream().filter(s -> s.park().equals(park.id()) && s.holdsOn(date)).toList());
    }

    /** Stakes in one of {@code roles}. */
    public List<Stake> withRole(Role... roles) {
        // plain loops over a few stakes and a few wanted values: rules ask these for every park
        List<Stake> found = new ArrayList<>();
        for (Stake s : stakes) {
            if (among(s.role(), roles)) {
                found.add(s);
            }
        }
        return List.copyOf(found);
    }

    /** Stakes in {@code role} held by actors of one of {@code kinds}. */
    public List<Stake> withRole(Role role, ActorKind... kinds) {
        List<Stake> found = new ArrayList<>();
        for (Stake s : stakes) {
            if (s.role() == role && among(s.actor().kind(), kinds)) {
                found.add(s);
            }
        }
        return List.copyOf(found);
    }

    private static <E> boolean among(E value, E[] wanted) {
        for (E w : wanted) {
            if (w == value) {
                return true;
            }
        }
        return false;
    }

    /** Owner stakes above {@link #MAJORITY_PERCENT} held by actors of one of {@code kinds}. */
    public List<Stake> majorityOwners(ActorKind... kinds) {
        return withRole(Role.OWNER, kinds).stream()
                .filter(s -> s.share().map(v -> v > MAJORITY_PERCENT).orElse(false)).toList();
    }

    /** Developer stakes and majority-owner stakes held by actors of one of {@code kinds}. */
    public List<Stake> developersOrMajorityOwners(ActorKind... kinds) {
        List<Stake> developers = withRole(Role.DEVELOPER, kinds);
        List<Stake> owners = majorityOwners(kinds);
        return java.util.stream.Stream.concat(developers.stream(), owners.stream()).toList();
    }

    /** The distinct actors of {@code stakes}, in order of first appearance. */
    public static List<Actor> actors(List<Stake> stakes) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        stakes.forEach(s -> byId.putIfAbsent(s.actor().id(), s.actor()));
        return List.copyOf(byId.values());
    }
}
