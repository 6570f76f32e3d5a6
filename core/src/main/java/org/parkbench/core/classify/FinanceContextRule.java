package org.parkbench.core.classify;

import java.util.List;
import java.util.Optional;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.ContextNote;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;

/**
 * F1 (context): a fund or bank finances, owns or develops part of the park. Policy finance
 * (China Eximbank, CDB, the China-Africa Development Fund) is how the state backs many zones, but
 * who pays does not say who leads, so the rule weighs for no model and only adds a note.
 */
final class FinanceContextRule implements ClassificationRule {
    @Override
    public String id() {
        return "F1";
    }

    @Override
    public String summary(Language language) {
        return Wording.in(language).format("rule.f1.summary");
    }

    @Override
    public Optional<DevelopmentModel> model() {
        return Optional.empty();
    }

    @Override
    public int weight() {
        return 0;
    }

    @Override
    public Optional<Finding> apply(StakeSnapshot snapshot) {
        List<Stake> funds = snapshot.stakes().stream().filter(s -> s.actor().kind() == ActorKind.FUND_OR_BANK).toList();
        if (funds.isEmpty()) {
            return Optional.empty();
        }
        List<Role> roles = funds.stream().map(Stake::role).distinct().toList();
        return Optional.of(new ContextNote(id(), Wording.everyLanguage(w -> w.format(
                Wording.byCount(funds, "rule.f1.noted.one", "rule.f1.noted.many"), w.actors(funds),
                w.list(roles.stream().map(w::role).toList()))), funds));
    }

    @Override
    public String toString() {
        return id() + " (context)";
    }
}
