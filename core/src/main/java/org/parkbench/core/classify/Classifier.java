package org.parkbench.core.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.Classification;
import org.parkbench.core.model.ContextNote;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.FiredRule;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.ParkClassifier;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Variant;

/**
 * Classifies a park into the development models of Yeerken, Zhang and Liu (2017) from who holds
 * which stakes in it on a date: each {@link ClassificationRule} that holds adds its weight to a
 * model, the weights are normalised into scores, and the top model, the runner-up, whether the
 * park is mixed and whether the case's declared model disagrees are read off the scores.
 *
 * <p>Mixed means the runner-up has at least {@link #MIXED_THRESHOLD} (half) of the top score: with
 * the standard weights, two governments initiating (3) against a park company developing (2) is
 * mixed, a lone private developer (3) with no other evidence is not. On a tie the declared model
 * wins if it is among the tied (the classifier does not overrule the authors on an even split,
 * and the park is flagged mixed anyway); otherwise the model order decides.
 */
public final class Classifier implements ParkClassifier {
    /** The runner-up's share of the top score from which a park counts as mixed. */
    public static final double MIXED_THRESHOLD = 0.5;

    private final List<ClassificationRule> rules;

    public Classifier(List<ClassificationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A classifier with {@link StandardRules#all()}. */
    public static Classifier standard() {
        return new Classifier(StandardRules.all());
    }

    public List<ClassificationRule> rules() {
        return rules;
    }

    /** Classifies {@code park} on the latest date any of its stakes holds (see {@link #latestDate}). */
    @Override
    public Classification classify(Park park, List<Stake> stakes) {
        List<Stake> own = stakes.stream().filter(s -> s.park().equals(park.id())).toList();
        return latestDate(own).map(d -> classify(park, own, d)).orElseGet(() -> result(park, null, List.of()));
    }

    /** Classifies {@code park} from the stakes that hold on {@code date}. */
    public Classification classify(Park park, List<Stake> stakes, PartialDate date) {
        Objects.requireNonNull(date, "date");
        StakeSnapshot snapshot = StakeSnapshot.of(park, stakes, date);
        List<Finding> findings = new ArrayList<>();
        for (ClassificationRule rule : rules) {
            rule.apply(snapshot).ifPresent(findings::add);
        }
        return result(park, date, findings);
    }

    /**
     * The latest date on which any stake holds: the last date a stake starts or ends on which at
     * least one stake still holds. This is when the park's current (or final) set of stakes began.
     */
    public static Optional<PartialDate> latestDate(List<Stake> stakes) {
        TreeSet<PartialDate> points = new TreeSet<>(Comparator.reverseOrder());
        for (Stake s : stakes) {
            points.add(s.from());
            s.end().ifPresent(points::add);
        }
        return points.stream().filter(d -> stakes.stream().anyMatch(s -> s.holdsOn(d))).findFirst();
    }

    /** A short explanation a student can read: scores, rules, verdict, declared model. */
    public static String explain(Classification classification) {
        return explain(classification, Language.EN);
    }

    /**
     * {@link #explain(Classification)} in {@code language}: its words, models, dates and the rules'
     * explanations in that language.
     */
    public static String explain(Classification classification, Language language) {
        return ClassificationText.explain(classification, language);
    }

    private static Classification result(Park park, PartialDate date, List<Finding> findings) {
        List<FiredRule> fired = findings.stream().filter(FiredRule.class::isInstance).map(FiredRule.class::cast).toList();
        List<ContextNote> context = findings.stream().filter(ContextNote.class::isInstance).map(ContextNote.class::cast).toList();
        Map<DevelopmentModel, Integer> points = new EnumMap<>(DevelopmentModel.class);
        for (DevelopmentModel m : DevelopmentModel.values()) {
            points.put(m, 0);
        }
        fired.forEach(f -> points.merge(f.model(), f.weight(), Integer::sum));
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        Map<DevelopmentModel, Double> scores = new EnumMap<>(DevelopmentModel.class);
        points.forEach((m, p) -> scores.put(m, total == 0 ? 0.0 : (double) p / total));

        List<DevelopmentModel> ranked = new ArrayList<>(List.of(DevelopmentModel.values()));
        ranked.sort(Comparator.comparing((DevelopmentModel m) -> -points.get(m))
                .thenComparing(m -> m == park.model() ? 0 : 1)
                .thenComparing(Enum::ordinal));
        Optional<DevelopmentModel> top = total == 0 ? Optional.empty() : Optional.of(ranked.get(0));
        DevelopmentModel second = ranked.get(1);
        Optional<DevelopmentModel> runnerUp = points.get(second) > 0 ? Optional.of(second) : Optional.empty();
        boolean mixed = top.isPresent() && runnerUp.isPresent()
                && points.get(second) >= MIXED_THRESHOLD * points.get(top.get());
        boolean disagrees = top.map(t -> t != park.model()).orElse(false);
        Optional<Variant> variant = top.flatMap(t -> fired.stream().filter(f -> f.model() == t)
                .flatMap(f -> f.variantIfAny().stream()).findFirst());
        return new Classification(park.id(), Optional.ofNullable(date), points, scores, fired, context, top, runnerUp,
                mixed, park.model(), disagrees, variant);
    }
}
