package org.parkbench.exercises.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.parkbench.core.load.YamlFields;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Objective;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Slug;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseHeader;
import org.parkbench.exercises.model.ExerciseType;
import org.parkbench.exercises.model.Feedback;
import org.parkbench.exercises.model.Variants;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one exercise file of a case into an {@link Exercise}: the common fields, then the fields
 * of its type, each checked with its position (docs/exercise-format.md). Keys are not computed
 * here; {@link ExerciseLoader} does that for every variant once all files are read.
 */
final class ExerciseReader {
    private static final List<String> COMMON = List.of("id", "type", "title", "objectives", "models", "difficulty",
            "points", "order", "hints", "feedback", "variants");
    private static final Map<ExerciseType, List<String>> TYPE_FIELDS = Map.of(
            ExerciseType.SINGLE_CHOICE, List.of("choices", "fact"),
            ExerciseType.MULTIPLE_CHOICE, List.of("choices", "fact"),
            ExerciseType.NUMERIC, List.of("key", "precision", "tolerance", "tolerance_pct", "unit"),
            ExerciseType.CLASSIFY, List.of("items", "categories"),
            ExerciseType.ORDER, List.of("items"),
            ExerciseType.SHORT_ANSWER, List.of("model_answer", "rubric"));

    private final ExerciseFile file;
    private final CaseStudy caseStudy;
    private final String expectedId;
    private final YamlFields yaml;
    private final Diagnostics d;
    private final Origin start;
    private final PlaceholderCheck placeholders;

    private ExerciseReader(ExerciseFile file, CaseStudy caseStudy, String expectedId, Diagnostics d) {
        this.file = file;
        this.caseStudy = caseStudy;
        this.expectedId = expectedId;
        this.d = d;
        this.yaml = new YamlFields(file.file(), file.yamlLine(), d);
        this.start = new Origin(file.file(), 1, 1);
        this.placeholders = new PlaceholderCheck(d);
    }

    /** The exercise, or empty when the file has errors; {@code d} must hold only this file's diagnostics. */
    static Optional<Exercise> read(ExerciseFile file, CaseStudy caseStudy, String expectedId, Diagnostics d) {
        return new ExerciseReader(file, caseStudy, expectedId, d).read();
    }

    private Optional<Exercise> read() {
        int errorsBefore = d.errorCount();
        Optional<MappingNode> root = yaml.document(file.yaml(), "the front matter", "");
        if (root.isEmpty()) {
            return Optional.empty();
        }
        // the type decides which fields the exercise may have, so it is looked at before the fields are checked
        Optional<ExerciseType> declared = YamlFields.first(root.get(), "type") instanceof ScalarNode s
                ? Vocabulary.lookup(ExerciseType.class, s.getValue().strip()) : Optional.empty();
        List<String> allowed = declared.map(t -> {
            List<String> names = new ArrayList<>(COMMON);
            names.addAll(TYPE_FIELDS.get(t));
            return names;
        }).orElse(null);
        Map<String, Node> fields = yaml.fields(root.get(), allowed, declared.map(t -> t.word() + " exercise").orElse("exercise"));
        ExerciseType type = type(fields);
        ExerciseHeader header = header(fields, type);
        Exercise exercise = type == null ? null : new TypeFieldReader(yaml, start, placeholders).read(type, fields, header);
        return d.errorCount() > errorsBefore ? Optional.empty() : Optional.ofNullable(exercise);
    }

    private ExerciseType type(Map<String, Node> fields) {
        String word = yaml.text(fields, "type", true, start);
        if (word == null) {
            return null;
        }
        Optional<ExerciseType> type = Vocabulary.lookup(ExerciseType.class, word);
        if (type.isEmpty()) {
            d.report(yaml.at(fields.get("type")), DiagnosticCode.PB602, "unknown exercise type '" + word + "'",
                    "one of: " + String.join(", ", Vocabulary.words(ExerciseType.class)));
        }
        return type.orElse(null);
    }

    private ExerciseHeader header(Map<String, Node> fields, ExerciseType type) {
        String id = yaml.text(fields, "id", true, start);
        if (id != null && !Slug.isValid(id)) {
            d.report(yaml.at(fields.get("id")), DiagnosticCode.PB306, "exercise id '" + id + "' is not a slug",
                    "use lower-case letters a-z, digits and single hyphens, at most 64 characters");
            id = null;
        } else if (id != null && !id.equals(expectedId)) {
            d.report(yaml.at(fields.get("id")), DiagnosticCode.PB402, "id '" + id + "' must equal the file's name '" + expectedId + "'",
                    "rename the file to " + id + ".md or change the id; pages and answer files use it");
            id = null;
        }
        String title = yaml.text(fields, "title", true, start);
        List<String> objectives = objectives(fields);
        List<DevelopmentModel> models = models(fields);
        Integer difficulty = yaml.integer(fields, "difficulty", true, start, "2");
        if (difficulty != null && (difficulty < 1 || difficulty > 3)) {
            d.report(yaml.at(fields.get("difficulty")), DiagnosticCode.PB203, "difficulty " + difficulty + " is not 1, 2 or 3",
                    "1 recall · 2 apply · 3 analyse");
        }
        Integer points = yaml.integer(fields, "points", true, start, "2");
        if (points != null && points < 1) {
            d.report(yaml.at(fields.get("points")), DiagnosticCode.PB203, "points " + points + " must be at least 1", "");
        }
        OptionalInt order = order(fields);
        List<YamlFields.Located> hints = yaml.texts(fields, "hints", "hints", true, start);
        if (hints != null && (hints.isEmpty() || hints.size() > 3)) {
            d.report(yaml.at(fields.get("hints")), DiagnosticCode.PB402, "an exercise has 1 to 3 hints, not " + hints.size(),
                    "climb from a concept to a data pointer to a worked step");
        }
        Feedback feedback = feedback(fields, type != ExerciseType.SHORT_ANSWER);
        Variants variants = variants(fields);
        if (variants != null) {
            placeholders.names(variants.names());
            checkTextPlaceholders(fields);
            if (hints != null) {
                hints.forEach(h -> placeholders.text(h.value(), h.origin(), false));
            }
            placeholders.text(file.body(), new Origin(file.file(), file.bodyLine(), 1), false);
            placeholders.text(file.solution(), new Origin(file.file(), file.solutionLine(), 1), true);
        }
        if (file.body().isBlank()) {
            d.report(new Origin(file.file(), file.bodyLine(), 1), DiagnosticCode.PB402, "the question body is empty",
                    "write the question between the front matter and '## Solution'");
        }
        if (id == null || type == null || title == null || objectives == null || models == null || difficulty == null
                || points == null || order == null || hints == null || feedback == null || variants == null || d.hasErrors()) {
            return null;
        }
        try {
            return new ExerciseHeader(id, caseStudy.id(), type, title, objectives, models, difficulty, points, order,
                    hints.stream().map(YamlFields.Located::value).toList(), feedback, file.body(), file.solution(), variants, start);
        } catch (IllegalArgumentException e) {
            d.report(start, DiagnosticCode.PB402, e.getMessage(), "");
            return null;
        }
    }

    /**
     * The optional place in the case's sequence for learning: a positive whole number, else PB613
     * (null); that two exercises of a case share one is checked across the case's files.
     */
    private OptionalInt order(Map<String, Node> fields) {
        Node node = yaml.value(fields, "order", false, start, "a positive whole number, e.g. 1");
        if (node == null) {
            return OptionalInt.empty(); // an empty optional field is as if absent, as everywhere in the front matter
        }
        String given = node instanceof ScalarNode s ? s.getValue().strip() : null;
        if (given == null || !given.matches("\\+?\\d{1,6}") || Integer.parseInt(given.replace("+", "")) < 1) {
            d.report(yaml.at(node), DiagnosticCode.PB613, "'order' must be a positive whole number, not "
                            + (given == null ? YamlFields.shape(node) : "'" + given + "'"),
                    "number a case's exercises 1, 2, 3… in the order a student should meet them: recall before apply"
                            + " before analyse, an exercise whose solution another needs first");
            return null;
        }
        return OptionalInt.of(Integer.parseInt(given.replace("+", "")));
    }

    private List<String> objectives(Map<String, Node> fields) {
        List<YamlFields.Located> given = yaml.texts(fields, "objectives", "objective ids", true, start);
        if (given == null) {
            return null;
        }
        if (given.isEmpty()) {
            d.report(yaml.at(fields.get("objectives")), DiagnosticCode.PB402, "an exercise assesses at least one objective",
                    "name objective ids from the case's front matter");
            return null;
        }
        List<String> known = caseStudy.meta().objectives().stream().map(Objective::id).toList();
        List<String> ids = new ArrayList<>();
        for (YamlFields.Located o : given) {
            if (!known.contains(o.value())) {
                d.report(o.origin(), DiagnosticCode.PB604, "unknown learning objective '" + o.value() + "' of case " + caseStudy.id(),
                        known.isEmpty() ? "the case's front matter lists no objectives" : "its objectives are: " + String.join(", ", known));
            } else if (!ids.contains(o.value())) {
                ids.add(o.value());
            }
        }
        return ids;
    }

    private List<DevelopmentModel> models(Map<String, Node> fields) {
        List<YamlFields.Located> given = yaml.texts(fields, "models", "development models", false, start);
        if (given == null) {
            return null;
        }
        List<DevelopmentModel> models = new ArrayList<>();
        for (YamlFields.Located m : given) {
            Optional<DevelopmentModel> model = Vocabulary.lookup(DevelopmentModel.class, m.value());
            if (model.isEmpty()) {
                d.report(m.origin(), DiagnosticCode.PB207, "unknown development model '" + m.value() + "'",
                        "one of: " + String.join(", ", Vocabulary.words(DevelopmentModel.class)));
                return null;
            }
            models.add(model.get());
        }
        return models;
    }

    private Feedback feedback(Map<String, Node> fields, boolean required) {
        Node node = yaml.value(fields, "feedback", required, start, "correct: and incorrect: texts");
        if (node == null) {
            return required ? null : new Feedback("", "");
        }
        if (!(node instanceof MappingNode mapping)) {
            d.report(yaml.at(node), DiagnosticCode.PB402, "'feedback' must have 'correct' and 'incorrect' texts, not "
                    + YamlFields.shape(node), "");
            return null;
        }
        Map<String, Node> f = yaml.fields(mapping, List.of("correct", "incorrect"), "feedback");
        String correct = yaml.text(f, "correct", required, yaml.at(node));
        String incorrect = yaml.text(f, "incorrect", required, yaml.at(node));
        return required && (correct == null || incorrect == null) ? null
                : new Feedback(correct == null ? "" : correct, incorrect == null ? "" : incorrect);
    }

    private Variants variants(Map<String, Node> fields) {
        Node node = yaml.value(fields, "variants", false, start, "");
        if (node == null) {
            return Variants.NONE;
        }
        List<Map<String, String>> sets = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            Map<String, Node> f = yaml.fields(mapping, List.of("param", "values"), "variants");
            String param = yaml.text(f, "param", true, yaml.at(node));
            List<YamlFields.Located> values = yaml.texts(f, "values", "values", true, yaml.at(node));
            if (param == null || values == null) {
                return null;
            }
            values.forEach(v -> sets.add(Map.of(param, v.value())));
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                Map<String, String> set = yaml.parameters(item, "variants", "- {park: suez-teda-zone, as_of: \"2008\"}");
                if (set == null) {
                    return null;
                }
                if (!sets.isEmpty() && !sets.get(0).keySet().equals(set.keySet())) {
                    d.report(yaml.at(item), DiagnosticCode.PB402, "every variant sets the same parameters; this one sets "
                            + set.keySet() + ", the first " + sets.get(0).keySet(), "");
                    return null;
                }
                sets.add(set);
            }
        } else {
            d.report(yaml.at(node), DiagnosticCode.PB402, "'variants' must be {param, values} or a list of parameter sets", "");
            return null;
        }
        if (sets.isEmpty()) {
            d.report(yaml.at(node), DiagnosticCode.PB402, "'variants' lists no variant", "remove it or give at least one");
            return null;
        }
        Set<Map<String, String>> distinct = new HashSet<>(sets);
        if (distinct.size() < sets.size()) {
            d.report(yaml.at(node), DiagnosticCode.PB301, "two variants have the same parameters", "list each variant once");
            return null;
        }
        return new Variants(sets);
    }

    private void checkTextPlaceholders(Map<String, Node> fields) {
        Node title = fields.get("title");
        if (title instanceof ScalarNode s) {
            placeholders.text(s.getValue(), yaml.at(title), false);
        }
        Node feedback = fields.get("feedback");
        if (feedback instanceof MappingNode m) {
            m.getValue().forEach(t -> {
                if (t.getValueNode() instanceof ScalarNode s) {
                    placeholders.text(s.getValue(), yaml.at(s), false);
                }
            });
        }
    }
}
