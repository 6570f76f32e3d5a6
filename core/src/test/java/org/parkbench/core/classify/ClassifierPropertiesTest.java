package org.parkbench.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.Classification;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;

class ClassifierPropertiesTest {
    private static final Park PARK = RealisticStakes.park("generated-park", "KH", DevelopmentModel.PRIVATE_LED);
    private static final Park RENAMED = RealisticStakes.park("another-name", "KH", DevelopmentModel.PRIVATE_LED);
    private final Classifier classifier = Classifier.standard();

    record Spec(ActorKind kind, String country, Role role, Double share) {
    }

    @Provide
    Arbitrary<Spec> specs() {
        return Combinators.combine(Arbitraries.of(ActorKind.class), Arbitraries.of("CN", "KH", "SG", ""),
                        Arbitraries.of(Role.class),
                        Arbitraries.doubles().between(0, 100).ofScale(1).injectNull(0.4))
                .as(Spec::new);
    }

    private static List<Stake> build(Park park, List<Spec> specs, String prefix) {
        List<Stake> stakes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            Actor actor = new Actor(prefix + "-" + i, prefix.toUpperCase() + " actor " + i, s.kind(), s.country());
            stakes.add(RealisticStakes.stake(park, actor, s.role(), s.share(), "2010"));
        }
        return stakes;
    }

    @Property
    void theVerdictDependsOnKindsAndRolesNotOnNames(@ForAll @Size(max = 8) List<@net.jqwik.api.From("specs") Spec> specs) {
        Classification a = classifier.classify(PARK, build(PARK, specs, "alpha"));
        Classification b = classifier.classify(RENAMED, build(RENAMED, specs, "omega"));

        assertThat(b.firedRuleIds()).isEqualTo(a.firedRuleIds());
        assertThat(b.scores()).isEqualTo(a.scores());
        assertThat(b.top()).isEqualTo(a.top());
        assertThat(b.mixed()).isEqualTo(a.mixed());
        assertThat(b.suggestedVariant()).isEqualTo(a.suggestedVariant());
    }

    @Property
    void scoresSumToOneAndTheVerdictFollowsThem(@ForAll @Size(max = 8) List<@net.jqwik.api.From("specs") Spec> specs) {
        Classification c = classifier.classify(PARK, build(PARK, specs, "actor"));

        double sum = c.scores().values().stream().mapToDouble(Double::doubleValue).sum();
        if (c.fired().isEmpty()) {
            assertThat(c.determined()).isFalse();
            assertThat(sum).isZero();
            return;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        DevelopmentModel top = c.top().orElseThrow();
        assertThat(c.scores().values()).allSatisfy(s -> assertThat(s).isLessThanOrEqualTo(c.score(top)));
        double second = c.runnerUp().map(c::score).orElse(0.0);
        assertThat(c.mixed()).isEqualTo(second > 0 && second >= Classifier.MIXED_THRESHOLD * c.score(top) - 1e-12);
        c.suggestedVariant().ifPresent(v -> assertThat(v.model()).isEqualTo(top));
        assertThat(c.disagrees()).isEqualTo(top != PARK.model());
    }
}
