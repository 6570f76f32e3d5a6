package org.parkbench.core.classify;

import java.util.List;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.Stake;

/** How rules name actors and stakes in their explanations. */
final class Wording {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    private Wording() {
    }

    /** "Haier Group (private-enterprise, CN)". */
    static String actor(Actor actor) {
        return actor.name() + " (" + actor.kind().word() + (actor.country().isBlank() ? "" : ", " + actor.country()) + ")";
    }

    /** "A, B and C" for the distinct actors of {@code stakes}. */
    static String actors(List<Stake> stakes) {
        return join(StakeSnapshot.actors(stakes).stream().map(Wording::actor).toList());
    }

    /**
     * Each stake with what its share is of: "Tianjin TEDA Investment Holding
     * (park-development-company, CN), owning 75 % of the developer"; "Huajian Group
     * (private-enterprise, CN), developer".
     */
    static String holdings(List<Stake> stakes) {
        return join(stakes.stream().map(Wording::holding).distinct().toList());
    }

    private static String holding(Stake stake) {
        String share = stake.share().map(v -> FORMAT.plain(v) + " %").orElse("");
        String what = switch (stake.role()) {
            case OWNER -> share.isEmpty() ? "owning part of the developer" : "owning " + share + " of the developer";
            case DEVELOPER -> share.isEmpty() ? "developer" : "developer with " + share;
            default -> stake.role().word();
        };
        return actor(stake.actor()) + ", " + what;
    }

    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** "is" or "are", by how many distinct actors {@code stakes} name. */
    static String verb(List<Stake> stakes, String one, String many) {
        return StakeSnapshot.actors(stakes).size() == 1 ? one : many;
    }
}
