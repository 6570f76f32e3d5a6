package org.parkbench.exercises.key;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parkbench.core.analysis.DerivedValue;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.exercises.model.Accuracy;
import org.parkbench.exercises.model.RubricCriterion;

/**
 * The answer key of one variant of an exercise, computed from the data. Every key can say which
 * normalised answers it accepts (see docs/exercise-format.md, "Checking answers"): the browser
 * stores their salted hashes, and the grader compares a normalised response with them.
 */
public sealed interface Key permits Key.Choices, Key.Number, Key.Classification, Key.Sequence, Key.Manual {
    /** The most numeric answers one key may accept (each becomes a hash on the student site). */
    int MAX_ACCEPTED = 201;

    /** The normalised answers this key accepts; empty for a manually scored answer. */
    List<String> acceptedAnswers();

    /** The key written for an instructor or a worked solution, in English. */
    String text();

    /**
     * The key written for a reader of {@code language}: a number's unit and tolerance, a model's
     * name as the language writes them; ids stay as they are. The same as {@link #text()} in English.
     */
    default String text(Language language) {
        return text();
    }

    /** The ids of the right choices. */
    record Choices(Set<String> correct) implements Key {
        public Choices {
            if (correct.isEmpty()) {
                throw new IllegalArgumentException("a choice key has at least one correct choice");
            }
            correct = java.util.Collections.unmodifiableSet(new TreeSet<>(correct));
        }

        @Override
        public List<String> acceptedAnswers() {
            return List.of(String.join(",", correct));
        }

        @Override
        public String text() {
            return String.join(", ", correct);
        }
    }

    /**
     * A computed number, the accuracy it is checked at and its unit; {@code value.formula()} shows
     * how it was computed.
     */
    record Number(DerivedValue value, Accuracy accuracy, String unit) implements Key {
        public Number {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(accuracy, "accuracy");
            unit = Objects.requireNonNullElse(unit, "");
        }

        /** The exact value as a decimal (the shortest decimal that reads back as the double). */
        public BigDecimal exact() {
            return BigDecimal.valueOf(value.value());
        }

        /** The value at the stated precision, as a student would write it. */
        public String rounded() {
            return DecimalAnswer.format(exact(), accuracy.decimals());
        }

        /** The key rounded half away from zero to the stated precision: what every check is centred on. */
        public BigDecimal key() {
            return exact().setScale(accuracy.decimals(), RoundingMode.HALF_UP);
        }

        /** One unit of the last decimal the answer is rounded to (0.1 at one decimal, 100 at precision −2). */
        public BigDecimal step() {
            return BigDecimal.ONE.scaleByPowerOfTen(-accuracy.decimals());
        }

        /** How many steps either side of the rounded key the tolerance reaches (0 without one). */
        private long stepsOfTolerance() {
            BigDecimal tolerance = accuracy.toleranceAround(key());
            return tolerance.divide(step(), 0, RoundingMode.FLOOR).longValueExact();
        }

        /**
         * Half the width of the closed interval of typed answers that are right:
         * {@code |answer − key()| ≤ margin()}. It is the last accepted value at the stated precision
         * plus half a step, since every answer is rounded before it is compared, and an answer
         * exactly half a step beyond it rounds, at that tie, either way (see {@link DecimalAnswer}).
         * The site, {@code grade} and every export accept exactly this interval.
         */
        public BigDecimal margin() {
            BigDecimal half = step().divide(BigDecimal.valueOf(2));
            return step().multiply(BigDecimal.valueOf(stepsOfTolerance())).add(half).stripTrailingZeros();
        }

        /**
         * The rounded key and, with a tolerance, every number at the stated precision within the
         * tolerance of it, from the lowest.
         */
        @Override
        public List<String> acceptedAnswers() {
            int decimals = accuracy.decimals();
            long steps = stepsOfTolerance();
            if (2 * steps + 1 > MAX_ACCEPTED) {
                throw new KeyException("a tolerance of " + accuracy.describeTolerance().orElse("") + " at precision "
                        + decimals + " accepts more than " + MAX_ACCEPTED + " answers",
                        "narrow the tolerance or round to fewer decimals (precision: -1 rounds to tens)");
            }
            List<String> accepted = new ArrayList<>();
            for (long i = -steps; i <= steps; i++) {
                String text = DecimalAnswer.format(key().add(step().multiply(BigDecimal.valueOf(i))), decimals);
                if (!accepted.contains(text)) {
                    accepted.add(text);
                }
            }
            return List.copyOf(accepted);
        }

        @Override
        public String text() {
            return text(Language.EN);
        }

        /** "1226 jobs/km²", "1226 ± 1 % jobs/km²"; in Chinese "1226 个岗位/平方公里（允许误差 ±1%）". */
        @Override
        public String text(Language language) {
            ExerciseWords words = ExerciseWords.of(language);
            QuantityFormat format = words.numbers();
            Optional<String> tolerance = accuracy.describeTolerance(language);
            if (tolerance.isEmpty()) {
                return format.withUnit(rounded(), unit);
            }
            return words.format("key.number.tolerance", format.withUnit(rounded() + " " + tolerance.get(), unit),
                    format.withUnit(rounded(), unit), tolerance.get());
        }
    }

    /** Each item's development model as the data records it, by item id. */
    record Classification(Map<String, DevelopmentModel> models) implements Key {
        public Classification {
            models = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(models));
        }

        @Override
        public List<String> acceptedAnswers() {
            return List.of(models.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().word()).sorted()
                    .collect(Collectors.joining(",")));
        }

        /** "suzhou-industrial-park → government-led; …": the models as the data writes them. */
        @Override
        public String text() {
            return models.entrySet().stream().map(e -> e.getKey() + " → " + e.getValue().word()).collect(Collectors.joining("; "));
        }

        /** In English as {@link #text()}; in another language each model by its name there ("… → 政府高层推动建设型"). */
        @Override
        public String text(Language language) {
            if (language == Language.EN) {
                return text();
            }
            ExerciseWords words = ExerciseWords.of(language);
            return words.list("key.classification.more", "key.classification.more", models.entrySet().stream()
                    .map(e -> words.format("key.classification.item", e.getKey(), e.getValue().label(language))).toList());
        }
    }

    /** The item ids in the order of their dates. */
    record Sequence(List<String> order) implements Key {
        public Sequence {
            order = List.copyOf(order);
        }

        @Override
        public List<String> acceptedAnswers() {
            return List.of(String.join(",", order));
        }

        @Override
        public String text() {
            return String.join(" → ", order);
        }
    }

    /** No key: a short answer, scored by the lecturer against its model answer and rubric. */
    record Manual(String modelAnswer, List<RubricCriterion> rubric) implements Key {
        public Manual {
            Objects.requireNonNull(modelAnswer, "modelAnswer");
            rubric = List.copyOf(rubric);
        }

        @Override
        public List<String> acceptedAnswers() {
            return List.of();
        }

        @Override
        public String text() {
            return modelAnswer;
        }
    }
}
