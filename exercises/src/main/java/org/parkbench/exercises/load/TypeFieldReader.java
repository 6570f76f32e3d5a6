package org.parkbench.exercises.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkbench.core.load.YamlFields;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Slug;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.parkbench.exercises.model.Accuracy;
import org.parkbench.exercises.model.Choice;
import org.parkbench.exercises.model.ClassifyItem;
import org.parkbench.exercises.model.DerivationCall;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseHeader;
import org.parkbench.exercises.model.ExerciseType;
import org.parkbench.exercises.model.FactCheck;
import org.parkbench.exercises.model.FactKind;
import org.parkbench.exercises.model.OrderItem;
import org.parkbench.exercises.model.RubricCriterion;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the fields of an exercise that belong to its type (choices and facts, a numeric key and its
 * accuracy, items to classify or order, a model answer and rubric), each checked with its position.
 */
final class TypeFieldReader {
    private static final String PARAMETERS_HINT = "e.g. params: {park: suez-teda-zone, as_of: \"2008\"}";

    private final YamlFields yaml;
    private final Diagnostics d;
    private final Origin start;
    private final PlaceholderCheck placeholders;

    TypeFieldReader(YamlFields yaml, Origin start, PlaceholderCheck placeholders) {
        this.yaml = yaml;
        this.d = yaml.diagnostics();
        this.start = start;
        this.placeholders = placeholders;
    }

    /** The exercise of {@code type}, or null after reporting what keeps it from being built (null header: report only). */
    Exercise read(ExerciseType type, Map<String, Node> fields, ExerciseHeader header) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choiceExercise(fields, header, type);
            case NUMERIC -> numeric(fields, header);
            case CLASSIFY -> classify(fields, header);
            case ORDER -> order(fields, header);
            case SHORT_ANSWER -> shortAnswer(fields, header);
        };
    }

    private Exercise choiceExercise(Map<String, Node> fields, ExerciseHeader header, ExerciseType type) {
        Node node = fields.get("choices");
        if (!(node instanceof SequenceNode seq) || seq.getValue().size() < 2) {
            d.report(node == null ? start : yaml.at(node), DiagnosticCode.PB402, "a choice exercise needs 'choices': a list of at least two",
                    "- id: a\n    text: \"…\"\n    correct: true");
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                d.report(yaml.at(item), DiagnosticCode.PB402, "a choice must have 'id' and 'text', not be " + YamlFields.shape(item), "");
                return null;
            }
            Map<String, Node> f = yaml.fields(m, List.of("id", "text", "correct", "feedback", "value"), "choice");
            String id = yaml.text(f, "id", true, yaml.at(item));
            String text = yaml.text(f, "text", true, yaml.at(item));
            Optional<Boolean> correct = yaml.bool(f, "correct");
            String feedback = yaml.text(f, "feedback", false, yaml.at(item));
            String value = f.containsKey("value") ? yaml.scalar(f.get("value"), "value") : null;
            if (id == null || text == null) {
                return null;
            }
            if (!Slug.isValid(id)) {
                d.report(yaml.at(f.get("id")), DiagnosticCode.PB306, "choice id '" + id + "' is not a slug", "use a, b, c…");
                return null;
            }
            if (!ids.add(id)) {
                d.report(yaml.at(f.get("id")), DiagnosticCode.PB301, "choice id '" + id + "' is used twice", "");
                return null;
            }
            for (String t : new String[] {text, feedback == null ? "" : feedback, value == null ? "" : value}) {
                placeholders.text(t, yaml.at(item), false);
            }
            choices.add(new Choice(id, text, correct.orElse(null), feedback, value));
        }
        Optional<FactCheck> fact = Optional.empty();
        if (fields.containsKey("fact")) {
            FactCheck check = fact(fields.get("fact"));
            if (check == null) {
                return null;
            }
            fact = Optional.of(check);
        }
        if (header == null) {
            return null;
        }
        return type == ExerciseType.SINGLE_CHOICE ? new Exercise.SingleChoice(header, choices, fact)
                : new Exercise.MultipleChoice(header, choices, fact);
    }

    private FactCheck fact(Node node) {
        MappingNode mapping = yaml.mapping(node, "fact", "e.g. fact: {check: park-model, park: suez-teda-zone}");
        if (mapping == null) {
            return null;
        }
        // the kind decides which parameters the fact may have, so it is looked at before the fields are checked
        Optional<FactKind> kind = YamlFields.first(mapping, "check") instanceof ScalarNode s
                ? Vocabulary.lookup(FactKind.class, s.getValue().strip()) : Optional.empty();
        List<String> allowed = kind.map(k -> {
            List<String> names = new ArrayList<>(List.of("check"));
            names.addAll(k.required());
            names.addAll(k.optional());
            return names;
        }).orElse(null);
        Map<String, Node> f = yaml.fields(mapping, allowed, "fact");
        if (YamlFields.isEmpty(f.get("check"))) {
            d.report(yaml.at(node), DiagnosticCode.PB402, "'fact' needs 'check': the kind of fact",
                    "one of: " + String.join(", ", Vocabulary.words(FactKind.class)));
            return null;
        }
        String check = yaml.scalar(f.get("check"), "fact.check");
        if (check == null) {
            return null;
        }
        if (kind.isEmpty()) {
            d.report(yaml.at(f.get("check")), DiagnosticCode.PB207, "unknown fact check '" + check + "'",
                    "one of: " + String.join(", ", Vocabulary.words(FactKind.class)));
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : f.entrySet()) {
            if (!e.getKey().equals("check")) {
                String value = yaml.scalar(e.getValue(), "fact." + e.getKey());
                if (value == null) {
                    return null;
                }
                params.put(e.getKey(), value);
            }
        }
        placeholders.values(params, yaml.at(node));
        return new FactCheck(kind.get(), params, yaml.at(node));
    }

    private Exercise numeric(Map<String, Node> fields, ExerciseHeader header) {
        Node keyNode = yaml.value(fields, "key", true, start,
                "{derivation: <name>, params: {…}}: the key is computed from the data, never typed");
        if (keyNode == null) {
            return null;
        }
        if (!(keyNode instanceof MappingNode km)) {
            d.report(yaml.at(keyNode), DiagnosticCode.PB402, "'key' must name a derivation and its parameters, not "
                    + YamlFields.shape(keyNode), "key: {derivation: jobs-per-km2, params: {park: …}}; a number is never typed");
            return null;
        }
        Map<String, Node> k = yaml.fields(km, List.of("derivation", "params"), "key");
        String derivation = yaml.text(k, "derivation", true, yaml.at(keyNode));
        Map<String, String> params = k.containsKey("params") ? yaml.parameters(k.get("params"), "params", PARAMETERS_HINT) : Map.of();
        Integer precision = yaml.integer(fields, "precision", true, start, "0");
        Double tolerance = yaml.number(fields, "tolerance", "2.5");
        Double tolerancePct = yaml.number(fields, "tolerance_pct", "1");
        String unit = yaml.text(fields, "unit", false, start);
        if (params != null) {
            placeholders.values(params, yaml.at(keyNode));
        }
        if (derivation == null || params == null || precision == null || header == null) {
            return null;
        }
        Accuracy accuracy;
        try {
            accuracy = new Accuracy(precision, tolerance, tolerancePct);
        } catch (IllegalArgumentException e) {
            d.report(yaml.at(fields.getOrDefault("precision", keyNode)), DiagnosticCode.PB402, e.getMessage(), "");
            return null;
        }
        return new Exercise.Numeric(header, new DerivationCall(derivation, params, yaml.at(keyNode)), accuracy, unit);
    }

    private Exercise classify(Map<String, Node> fields, ExerciseHeader header) {
        Node node = fields.get("items");
        // three at least: two items are a coin toss, and learning platforms match no fewer than three pairs
        if (!(node instanceof SequenceNode seq) || seq.getValue().size() < 3) {
            d.report(node == null ? start : yaml.at(node), DiagnosticCode.PB402, "a classify exercise needs 'items': at least three parks or zones",
                    "- park: suzhou-industrial-park\n  - zone: zambia-china-zone");
            return null;
        }
        List<ClassifyItem> items = new ArrayList<>();
        for (Node item : seq.getValue()) {
            Map<String, String> f = yaml.parameters(item, "items", "- park: <park id>  or  - zone: <zone id>");
            if (f == null) {
                return null;
            }
            String label = f.remove("label");
            boolean park = f.containsKey("park");
            if (f.size() != 1 || !(park || f.containsKey("zone"))) {
                d.report(yaml.at(item), DiagnosticCode.PB402, "an item names one park or one zone (and may have a label)",
                        "- park: <park id>  or  - zone: <zone id>");
                return null;
            }
            String ref = park ? f.get("park") : f.get("zone");
            placeholders.value(ref, yaml.at(item));
            items.add(new ClassifyItem(park ? ClassifyItem.Kind.PARK : ClassifyItem.Kind.ZONE, ref, label, yaml.at(item)));
        }
        List<DevelopmentModel> categories = List.of(DevelopmentModel.values());
        if (fields.containsKey("categories")) {
            List<YamlFields.Located> words = yaml.texts(fields, "categories", "development models", true, start);
            if (words == null) {
                return null;
            }
            List<DevelopmentModel> chosen = new ArrayList<>();
            for (YamlFields.Located w : words) {
                Optional<DevelopmentModel> m = Vocabulary.lookup(DevelopmentModel.class, w.value());
                if (m.isEmpty()) {
                    d.report(w.origin(), DiagnosticCode.PB207, "unknown development model '" + w.value() + "'",
                            "one of: " + String.join(", ", Vocabulary.words(DevelopmentModel.class)));
                    return null;
                }
                chosen.add(m.get());
            }
            categories = chosen;
        }
        return header == null ? null : new Exercise.Classify(header, items, categories);
    }

    private Exercise order(Map<String, Node> fields, ExerciseHeader header) {
        Node node = fields.get("items");
        if (!(node instanceof SequenceNode seq) || seq.getValue().size() < 3) {
            d.report(node == null ? start : yaml.at(node), DiagnosticCode.PB402, "an order exercise needs 'items': at least three events",
                    "- event: {park: <park id>, date: \"2008-02-23\"}");
            return null;
        }
        List<OrderItem> items = new ArrayList<>();
        int index = 0;
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                d.report(yaml.at(item), DiagnosticCode.PB402, "an item must be '- event: {park, date}', not " + YamlFields.shape(item), "");
                return null;
            }
            Map<String, Node> f = yaml.fields(m, List.of("event", "label"), "item");
            String label = yaml.text(f, "label", false, yaml.at(item));
            Node eventNode = yaml.value(f, "event", true, yaml.at(item), "{park: <park id>, date: \"YYYY-MM-DD\"}");
            if (eventNode == null) {
                return null;
            }
            Map<String, String> event = yaml.parameters(eventNode, "event", "event: {park: <park id>, date: \"YYYY-MM-DD\"}");
            if (event == null) {
                return null;
            }
            if (!event.containsKey("park") || !event.containsKey("date")
                    || !List.of("park", "date", "contains").containsAll(event.keySet())) {
                d.report(yaml.at(f.get("event")), DiagnosticCode.PB402, "an event is {park, date} and may add 'contains'",
                        "event: {park: sihanoukville-sez, date: \"2008-02-23\"}");
                return null;
            }
            placeholders.values(event, yaml.at(item));
            String id = String.valueOf((char) ('a' + index++));
            items.add(new OrderItem(id, event.get("park"), event.get("date"), event.get("contains"), label, yaml.at(item)));
        }
        if (items.size() > 26) {
            d.report(yaml.at(node), DiagnosticCode.PB402, "an order exercise has at most 26 items", "");
            return null;
        }
        return header == null ? null : new Exercise.Order(header, items);
    }

    private Exercise shortAnswer(Map<String, Node> fields, ExerciseHeader header) {
        String modelAnswer = yaml.text(fields, "model_answer", true, start);
        Node node = fields.get("rubric");
        if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            d.report(node == null ? start : yaml.at(node), DiagnosticCode.PB402, "a short answer needs a 'rubric': a list of {points, criterion}",
                    "- {points: 1, criterion: \"…\"}");
            return null;
        }
        List<RubricCriterion> rubric = new ArrayList<>();
        int total = 0;
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                d.report(yaml.at(item), DiagnosticCode.PB402, "a rubric line is {points, criterion}", "");
                return null;
            }
            Map<String, Node> f = yaml.fields(m, List.of("points", "criterion"), "rubric");
            Integer points = yaml.integer(f, "points", true, yaml.at(item), "1");
            String criterion = yaml.text(f, "criterion", true, yaml.at(item));
            if (points == null || criterion == null) {
                return null;
            }
            if (points < 1) {
                d.report(yaml.at(f.get("points")), DiagnosticCode.PB203, "a rubric line is worth at least 1 point", "");
                return null;
            }
            total += points;
            rubric.add(new RubricCriterion(points, criterion));
        }
        if (modelAnswer == null || header == null) {
            return null;
        }
        if (total != header.points()) {
            d.report(yaml.at(node), DiagnosticCode.PB402, "the rubric's points add up to " + total + ", but the exercise is worth "
                    + header.points(), "make points equal the rubric's total");
            return null;
        }
        placeholders.text(modelAnswer, yaml.at(fields.get("model_answer")), false);
        return new Exercise.ShortAnswer(header, modelAnswer, rubric);
    }
}
