package org.parkbench.exercises.model;

import java.util.List;
import java.util.Optional;

/**
 * One exercise, read from one Markdown file of a case's {@code exercises/} folder. The set of
 * types is closed: each type says what a student gives and how its key is found (typed choices
 * checked against the data, or computed from the data). Keys themselves are not here: they are
 * computed per variant by {@code org.parkbench.exercises.key.KeyComputer}.
 */
public sealed interface Exercise permits Exercise.SingleChoice, Exercise.MultipleChoice, Exercise.Numeric,
        Exercise.Classify, Exercise.Order, Exercise.ShortAnswer {

    ExerciseHeader header();

    default String id() {
        return header().id();
    }

    default String caseId() {
        return header().caseId();
    }

    default ExerciseType type() {
        return header().type();
    }

    default int points() {
        return header().points();
    }

    default int variantCount() {
        return header().variants().count();
    }

    /** Pick one choice; the key is the choice marked correct, or the one the fact selects. */
    record SingleChoice(ExerciseHeader header, List<Choice> choices, Optional<FactCheck> fact) implements Exercise {
        public SingleChoice {
            choices = List.copyOf(choices);
        }
    }

    /** Pick every right choice; scored all or nothing. */
    record MultipleChoice(ExerciseHeader header, List<Choice> choices, Optional<FactCheck> fact) implements Exercise {
        public MultipleChoice {
            choices = List.copyOf(choices);
        }
    }

    /** A number computed from the data by a named derivation, checked at a stated accuracy. */
    record Numeric(ExerciseHeader header, DerivationCall key, Accuracy accuracy, String unit) implements Exercise {
    }

    /** Sort parks or zones into development models, as the data records them. */
    record Classify(ExerciseHeader header, List<ClassifyItem> items, List<org.parkbench.core.model.DevelopmentModel> categories)
            implements Exercise {
        public Classify {
            items = List.copyOf(items);
            categories = List.copyOf(categories);
        }
    }

    /** Put events in the order of their dates in the data. */
    record Order(ExerciseHeader header, List<OrderItem> items) implements Exercise {
        public Order {
            items = List.copyOf(items);
        }
    }

    /** Free text: a model answer and a rubric; self-assessed on the site, scored by the lecturer. */
    record ShortAnswer(ExerciseHeader header, String modelAnswer, List<RubricCriterion> rubric) implements Exercise {
        public ShortAnswer {
            rubric = List.copyOf(rubric);
        }
    }
}
