package org.parkbench.exercises.key;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkbench.core.analysis.DerivationCatalog;
import org.parkbench.core.analysis.DerivationException;
import org.parkbench.core.analysis.DerivedValue;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.exercises.model.Choice;
import org.parkbench.exercises.model.ClassifyItem;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.FactCheck;
import org.parkbench.exercises.model.OrderItem;
import org.parkbench.exercises.variant.Placeholders;

/**
 * Computes the key of one variant of an exercise from the data: a numeric key by evaluating its
 * derivation, a classification from the models parks and zones record, a timeline from event
 * dates, a choice key from the choices marked correct (checked against the facts they state) or,
 * where none is marked, from the fact the exercise names. Anything that does not fit the data is
 * a {@link KeyException} naming what the data says.
 */
public final class KeyComputer {
    private final Casebook casebook;
    private final DerivationCatalog catalog;
    private final FactLookup facts;

    public KeyComputer(Casebook casebook, DerivationCatalog catalog) {
        this.casebook = casebook;
        this.catalog = catalog;
        this.facts = new FactLookup(casebook);
    }

    public KeyComputer(Casebook casebook) {
        this(casebook, DerivationCatalog.standard());
    }

    /** The key of variant {@code index} of {@code exercise}. */
    public Key compute(Exercise exercise, int index) {
        Map<String, String> params = exercise.header().variants().parameters(index);
        if (exercise instanceof Exercise.SingleChoice s) {
            return choices(exercise, s.choices(), s.fact(), params, false);
        }
        if (exercise instanceof Exercise.MultipleChoice m) {
            return choices(exercise, m.choices(), m.fact(), params, true);
        }
        if (exercise instanceof Exercise.Numeric n) {
            DerivedValue value = derive(n, params);
            // without a unit of its own, the key is in the derivation's unit
            Key.Number key = new Key.Number(value, n.accuracy(), n.unit() == null || n.unit().isBlank() ? value.unit() : n.unit());
            try {
                key.acceptedAnswers();
            } catch (KeyException e) {
                throw new KeyException(e.code(), n.key().origin(), e.getMessage(), e.hint());
            }
            return key;
        }
        if (exercise instanceof Exercise.Classify c) {
            return classify(c, params);
        }
        if (exercise instanceof Exercise.Order o) {
            return order(o, params);
        }
        Exercise.ShortAnswer a = (Exercise.ShortAnswer) exercise;
        return new Key.Manual(Placeholders.fillText(a.modelAnswer(), params), a.rubric());
    }

    /** Variant {@code index} of {@code exercise}: texts filled in, options labelled from the data, key computed. */
    public ExerciseVariant prepare(Exercise exercise, int index) {
        var header = exercise.header();
        Map<String, String> params = header.variants().parameters(index);
        Key key = compute(exercise, index);
        Optional<DerivedValue> derived = exercise instanceof Exercise.Numeric n ? Optional.of(((Key.Number) key).value())
                : Optional.empty();
        List<ExerciseVariant.Option> options = new ArrayList<>();
        List<String> categories = List.of();
        if (exercise instanceof Exercise.SingleChoice s) {
            s.choices().forEach(c -> options.add(choiceOption(c, params)));
        } else if (exercise instanceof Exercise.MultipleChoice m) {
            m.choices().forEach(c -> options.add(choiceOption(c, params)));
        } else if (exercise instanceof Exercise.Classify c) {
            for (ClassifyItem item : c.items()) {
                String ref = Placeholders.fillValue(item.ref(), params);
                String name = item.kind() == ClassifyItem.Kind.PARK ? parkName(facts.park(ref, item.origin()), header.language())
                        : facts.zone(ref, item.origin()).nameEn();
                options.add(new ExerciseVariant.Option(ref, item.label().isEmpty() ? name : Placeholders.fillText(item.label(), params), ""));
            }
            categories = c.categories().stream().map(DevelopmentModel::word).toList();
        } else if (exercise instanceof Exercise.Order o) {
            for (OrderItem item : o.items()) {
                Event event = facts.event(Placeholders.fillValue(item.park(), params), Placeholders.fillValue(item.date(), params),
                        Placeholders.fillValue(item.contains(), params), item.origin());
                options.add(new ExerciseVariant.Option(item.id(), item.label().isEmpty() ? event.text()
                        : Placeholders.fillText(item.label(), params), ""));
            }
        }
        // a key from a qualified figure says what it accepts, below the question and below the solution
        KeyQualification qualification = KeyQualification.of(key, header.language());
        return new ExerciseVariant(exercise, index, params, Placeholders.fillText(header.title(), params),
                appended(Placeholders.fillText(header.body(), params), qualification.question()),
                header.hints().stream().map(h -> Placeholders.fillText(h, params)).toList(),
                Placeholders.fillText(header.feedback().correct(), params),
                Placeholders.fillText(header.feedback().incorrect(), params), options, categories,
                appended(ExerciseVariant.solutionText(header.solution(), params, key, derived, header.language()), qualification.solution()), key, derived);
    }

    /** A park's name as a reader of {@code language} reads it: its Chinese name where the data has one. */
    private static String parkName(org.parkbench.core.model.Park park, org.parkbench.core.language.Language language) {
        return language == org.parkbench.core.language.Language.ZH && !park.nameZh().isEmpty() ? park.nameZh() : park.nameEn();
    }

    /** A Markdown text with a paragraph added at its end ("" adds nothing). */
    private static String appended(String markdown, String paragraph) {
        return paragraph.isEmpty() ? markdown : markdown.stripTrailing() + "\n\n" + paragraph + "\n";
    }

    private static ExerciseVariant.Option choiceOption(Choice c, Map<String, String> params) {
        return new ExerciseVariant.Option(c.id(), Placeholders.fillText(c.text(), params), Placeholders.fillText(c.feedback(), params));
    }

    /** The derived value behind a numeric exercise's key, for the worked solution's formula. */
    public DerivedValue derive(Exercise.Numeric exercise, Map<String, String> params) {
        Map<String, String> resolved = resolve(exercise.key().params(), params);
        try {
            return catalog.evaluate(exercise.key().derivation(), resolved, casebook);
        } catch (DerivationException e) {
            throw new KeyException(DiagnosticCode.PB603, exercise.key().origin(), e.getMessage(),
                    "derivation " + exercise.key().derivation() + " with " + resolved + signature(exercise.key().derivation()));
        }
    }

    private String signature(String derivation) {
        return catalog.names().contains(derivation) ? " (it takes " + catalog.signature(derivation) + ")" : "";
    }

    private Key choices(Exercise exercise, List<Choice> choices, Optional<FactCheck> fact, Map<String, String> params,
                        boolean multiple) {
        Origin origin = exercise.header().origin();
        List<Choice> marked = choices.stream().filter(c -> Boolean.TRUE.equals(c.correct())).toList();
        Set<String> correct = new LinkedHashSet<>();
        if (fact.isPresent()) {
            FactLookup.Fact value = facts.find(fact.get().kind(), resolve(fact.get().params(), params), fact.get().origin());
            List<Choice> stating = choices.stream()
                    .filter(c -> FactLookup.agrees(Placeholders.fillText(c.factValue(), params), value.value())).toList();
            if (marked.isEmpty()) {
                if (stating.isEmpty()) {
                    throw new KeyException(DiagnosticCode.PB605, fact.get().origin(), "no choice states the data's value '"
                            + value.value() + "' (" + fact.get().kind().label() + ", " + value.origin() + ")" + variantNote(exercise, params),
                            "add a choice with value: " + value.value());
                }
                stating.forEach(c -> correct.add(c.id()));
            } else {
                for (Choice c : marked) {
                    String stated = Placeholders.fillText(c.factValue(), params);
                    if (!FactLookup.agrees(stated, value.value())) {
                        throw new KeyException(DiagnosticCode.PB605, fact.get().origin(), "choice '" + c.id() + "' is marked correct and says '"
                                + stated + "', but the data says '" + value.value() + "' (" + fact.get().kind().label() + ", "
                                + value.origin() + ")" + variantNote(exercise, params), "fix the key or the data, whichever is wrong");
                    }
                }
                marked.forEach(c -> correct.add(c.id()));
            }
        } else {
            marked.forEach(c -> correct.add(c.id()));
        }
        if (correct.isEmpty()) {
            throw new KeyException(DiagnosticCode.PB608, origin, "no choice is marked correct",
                    "mark the right choice with correct: true, or name the fact it states with fact:");
        }
        if (!multiple && correct.size() > 1) {
            throw new KeyException(DiagnosticCode.PB608, origin, "a single-choice exercise has " + correct.size()
                    + " correct choices (" + String.join(", ", correct) + ")" + variantNote(exercise, params),
                    "keep one, or make it a multiple-choice exercise");
        }
        return new Key.Choices(correct);
    }

    private Key classify(Exercise.Classify exercise, Map<String, String> params) {
        Map<String, DevelopmentModel> models = new LinkedHashMap<>();
        for (ClassifyItem item : exercise.items()) {
            String ref = Placeholders.fillValue(item.ref(), params);
            DevelopmentModel model;
            if (item.kind() == ClassifyItem.Kind.PARK) {
                Park park = facts.park(ref, item.origin());
                model = park.model();
            } else {
                ConfirmedZone zone = facts.zone(ref, item.origin());
                model = zone.modelIfKnown().orElseThrow(() -> new KeyException(DiagnosticCode.PB606, item.origin(),
                        "zone '" + zone.id() + "' has no recorded development model (" + zone.origin() + ")",
                        "classify only zones a source assigns a model to"));
            }
            if (!exercise.categories().contains(model)) {
                throw new KeyException(DiagnosticCode.PB606, item.origin(), "'" + ref + "' is " + model.word()
                        + " in the data, which is not among the categories", "add " + model.word() + " to categories");
            }
            if (models.put(ref, model) != null) {
                throw new KeyException(DiagnosticCode.PB301, item.origin(), "'" + ref + "' is listed twice", "list each item once");
            }
        }
        return new Key.Classification(models);
    }

    private Key order(Exercise.Order exercise, Map<String, String> params) {
        List<Dated> dated = new ArrayList<>();
        for (OrderItem item : exercise.items()) {
            Event event = facts.event(Placeholders.fillValue(item.park(), params), Placeholders.fillValue(item.date(), params),
                    Placeholders.fillValue(item.contains(), params), item.origin());
            dated.add(new Dated(item, event.date()));
        }
        dated.sort(Comparator.comparing((Dated d) -> d.date().start()).thenComparing(d -> d.item().id()));
        for (int i = 1; i < dated.size(); i++) {
            Dated earlier = dated.get(i - 1);
            Dated later = dated.get(i);
            if (later.date().start().isBefore(end(earlier.date()))) {
                throw new KeyException(DiagnosticCode.PB607, later.item().origin(), "items " + earlier.item().id() + " ("
                        + earlier.date() + ") and " + later.item().id() + " (" + later.date() + ") cannot be put in order: "
                        + (earlier.date().equals(later.date()) ? "they have the same date" : "one date lies within the other"),
                        "choose events whose dates tell them apart");
            }
        }
        return new Key.Sequence(dated.stream().map(d -> d.item().id()).toList());
    }

    private record Dated(OrderItem item, PartialDate date) {
    }

    /** The first day after the period a partial date names. */
    private static LocalDate end(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> date.start().plusYears(1);
            case MONTH -> date.start().plusMonths(1);
            case DAY -> date.start().plusDays(1);
        };
    }

    private static Map<String, String> resolve(Map<String, String> template, Map<String, String> params) {
        Map<String, String> resolved = new LinkedHashMap<>();
        template.forEach((k, v) -> resolved.put(k, Placeholders.fillValue(v, params)));
        return resolved;
    }

    private static String variantNote(Exercise exercise, Map<String, String> params) {
        return exercise.variantCount() > 1 ? " in the variant " + params : "";
    }
}
