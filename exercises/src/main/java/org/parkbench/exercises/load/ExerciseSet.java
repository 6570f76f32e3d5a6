package org.parkbench.exercises.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Objective;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.exercises.key.DecimalAnswer;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.LearningOrder;

/**
 * Every exercise of a casebook, in course order (cases in order, and within a case in the order
 * for learning, {@link LearningOrder}),
 * each with every variant prepared and its key computed from the data. Lookups by exercise id are
 * constant-time. {@link #unassessedObjectives()} is the content check that every learning
 * objective of every case is assessed by some exercise.
 */
public final class ExerciseSet {
    /** A learning objective of a case that no exercise assesses. */
    public record UnassessedObjective(String caseId, Objective objective, Origin caseFile) {
    }

    /**
     * An exercise the course does not set, because it names parks or zones of {@code missingCases},
     * cases the course does not include.
     */
    public record LeftOut(String exerciseId, String caseId, List<String> missingCases, Origin file) {
        public LeftOut {
            missingCases = List.copyOf(missingCases);
        }

        /** "the case suzhou", "the cases suzhou and overview". */
        public static String cases(List<String> ids) {
            if (ids.size() == 1) {
                return "the case " + ids.get(0);
            }
            return "the cases " + String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
        }
    }

    private final Casebook casebook;
    private final List<LeftOut> leftOut;
    private final List<Exercise> exercises;
    private final Map<String, Exercise> byId = new LinkedHashMap<>();
    private final Map<String, List<ExerciseVariant>> variants = new LinkedHashMap<>();
    private final Withholding withholding;

    ExerciseSet(Casebook casebook, List<ExerciseVariant> prepared) {
        this(casebook, prepared, List.of());
    }

    ExerciseSet(Casebook casebook, List<ExerciseVariant> prepared, List<LeftOut> leftOut) {
        this.casebook = casebook;
        this.leftOut = List.copyOf(leftOut);
        List<Exercise> all = new ArrayList<>();
        for (ExerciseVariant v : prepared) {
            if (byId.putIfAbsent(v.exerciseId(), v.exercise()) == null) {
                all.add(v.exercise());
            }
            variants.computeIfAbsent(v.exerciseId(), k -> new ArrayList<>()).add(v);
        }
        List<String> caseOrder = casebook.cases().stream().map(CaseStudy::id).toList();
        all.sort(Comparator.<Exercise>comparingInt(e -> caseOrder.indexOf(e.caseId())).thenComparing(LearningOrder.WITHIN_CASE));
        this.exercises = List.copyOf(all);
        variants.replaceAll((k, v) -> List.copyOf(v));
        Withholding.Builder computed = Withholding.builder();
        for (ExerciseVariant v : prepared) {
            if (v.key() instanceof Key.Number key) {
                Set<String> accepted = Set.copyOf(key.acceptedAnswers());
                computed.add(key.value(), v.exerciseId(),
                        d -> accepted.contains(DecimalAnswer.format(BigDecimal.valueOf(d), key.accuracy().decimals())));
            }
        }
        this.withholding = computed.build();
    }

    /** The exercises of the course's cases that it does not set, and why. */
    public List<LeftOut> leftOut() {
        return leftOut;
    }

    public Casebook casebook() {
        return casebook;
    }

    /** All exercises in course order. */
    public List<Exercise> exercises() {
        return exercises;
    }

    /** The exercises of one case, in the order for learning. */
    public List<Exercise> exercises(String caseId) {
        return exercises.stream().filter(e -> e.caseId().equals(caseId)).toList();
    }

    /** The exercises of every case, by case id in course order (cases without exercises included). */
    public Map<String, List<Exercise>> byCase() {
        Map<String, List<Exercise>> map = new LinkedHashMap<>();
        casebook.cases().forEach(c -> map.put(c.id(), exercises(c.id())));
        return map;
    }

    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every variant of an exercise, by index. */
    public List<ExerciseVariant> variants(String exerciseId) {
        return variants.getOrDefault(exerciseId, List.of());
    }

    /** One variant; the index must be one of the exercise's. */
    public ExerciseVariant variant(String exerciseId, int index) {
        List<ExerciseVariant> all = variants(exerciseId);
        if (index < 0 || index >= all.size()) {
            throw new IllegalArgumentException("exercise " + exerciseId + " has no variant " + index);
        }
        return all.get(index);
    }

    /**
     * The values the exercises ask students to compute (the derived key of every variant of every
     * numeric exercise, with the answers it accepts), which a student site does not show ready-made.
     */
    public Withholding withholding() {
        return withholding;
    }

    /** Objectives that no exercise assesses, case by case in course order. */
    public List<UnassessedObjective> unassessedObjectives() {
        List<UnassessedObjective> missing = new ArrayList<>();
        for (CaseStudy c : casebook.cases()) {
            Set<String> assessed = new TreeSet<>();
            exercises(c.id()).forEach(e -> assessed.addAll(e.header().objectives()));
            for (Objective o : c.meta().objectives()) {
                if (!assessed.contains(o.id())) {
                    missing.add(new UnassessedObjective(c.id(), o, c.meta().origin()));
                }
            }
        }
        return missing;
    }

    /** {@link #unassessedObjectives()} as warnings (PB612) for a build or validate run to print. */
    public List<Diagnostic> unassessedObjectiveWarnings() {
        return unassessedObjectives().stream().map(u -> Diagnostic.of(u.caseFile(), DiagnosticCode.PB612,
                "objective '" + u.objective().id() + "' of case " + u.caseId() + " is assessed by no exercise",
                "add an exercise to the case's exercises/ folder whose objectives list it")).toList();
    }
}
