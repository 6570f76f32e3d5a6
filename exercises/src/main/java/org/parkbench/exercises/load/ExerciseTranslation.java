package org.parkbench.exercises.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.YamlFields;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.parkbench.exercises.model.Choice;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseHeader;
import org.parkbench.exercises.model.Feedback;
import org.parkbench.exercises.model.OrderItem;
import org.parkbench.exercises.model.RubricCriterion;
import org.parkbench.exercises.model.Variants;
import org.parkbench.exercises.variant.Placeholders;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an exercise's translation, {@code exercises/<id>.<code>.md} (docs/translating.md): what a
 * reader reads — title, hints, feedback, choices' text and feedback, items' labels, unit, model
 * answer, rubric criteria, the words a variant fills into the text ({@code variants}), the question and the
 * solution (under {@code ## 解答}) — and nothing that decides the answer, which stays the English file's:
 * a variant parameter that selects data ({@code ${name}} in the original) cannot be translated. The translation must give as many hints,
 * items and criteria as the original, the same choice ids, and cite the same facts and use the same
 * placeholders; anything else is PB701 at its place.
 */
final class ExerciseTranslation {
    private static final List<String> FIELDS = List.of("title", "hints", "feedback", "choices", "items", "unit", "model_answer",
            "rubric", "variants");
    private static final Pattern BRACES = Pattern.compile("\\{\\{([^{}\\r\\n]*)}}");
    private static final String CONTRACT = "see docs/translating.md";

    private final ExerciseFile file;
    private final Exercise original;
    private final ExerciseFile originalFile;
    private final Language language;
    private final Diagnostics d;
    private final YamlFields yaml;
    private final Origin start;

    private ExerciseTranslation(ExerciseFile file, Exercise original, ExerciseFile originalFile, Language language, Diagnostics d) {
        this.file = file;
        this.original = original;
        this.originalFile = originalFile;
        this.language = language;
        this.d = d;
        this.yaml = new YamlFields(file.file(), file.yamlLine(), d);
        this.start = new Origin(file.file(), 1, 1);
    }

    /** The file name of {@code id}'s translation into {@code language}: {@code <id>.zh.md}. */
    static String fileName(String id, Language language) {
        return id + "." + language.code() + ".md";
    }

    /** Whether {@code name} is a translation's file name, in any language ({@code x.zh.md}), not an exercise's own. */
    static boolean isTranslationFile(String name) {
        for (Language l : Language.values()) {
            if (name.endsWith("." + l.code() + ".md")) {
                return true;
            }
        }
        return false;
    }

    /** The exercise in {@code language}, or empty after reporting to {@code d} what does not match the original. */
    static Optional<Exercise> read(ExerciseFile file, Exercise original, ExerciseFile originalFile, Language language,
                                   Diagnostics d) {
        return new ExerciseTranslation(file, original, originalFile, language, d).read();
    }

    private Optional<Exercise> read() {
        int before = d.errorCount();
        Optional<MappingNode> root = yaml.document(file.yaml(), "the front matter", "");
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> fields = yaml.fields(root.get(), FIELDS, "translated exercise");
        ExerciseHeader h = original.header();
        String title = yaml.text(fields, "title", true, start);
        List<String> hints = texts(fields, "hints", h.hints().size());
        Feedback feedback = feedback(fields, h.feedback());
        samePlaceholders();
        if (file.body().isBlank()) {
            d.report(new Origin(file.file(), file.bodyLine(), 1), DiagnosticCode.PB402, "the question body is empty",
                    "write the question between the front matter and '## 解答'");
        }
        // every part is checked, whatever else is wrong, so that all problems are told at once
        List<Choice> choices = original instanceof Exercise.SingleChoice c ? choices(fields, c.choices())
                : original instanceof Exercise.MultipleChoice c ? choices(fields, c.choices()) : List.of();
        List<OrderItem> items = original instanceof Exercise.Order o ? items(fields, o.items()) : List.of();
        String unit = original instanceof Exercise.Numeric n
                ? Optional.ofNullable(yaml.text(fields, "unit", false, start)).orElse(n.unit()) : "";
        String modelAnswer = original instanceof Exercise.ShortAnswer ? yaml.text(fields, "model_answer", true, start) : "";
        List<RubricCriterion> rubric = original instanceof Exercise.ShortAnswer a ? rubric(fields, a.rubric()) : List.of();
        Variants variants = variants(fields, h.variants());
        Exercise translated = null;
        if (title != null && hints != null && feedback != null && modelAnswer != null && variants != null) {
            ExerciseHeader header = h.translated(language, title, hints, feedback, file.body(), file.solution(), variants);
            if (original instanceof Exercise.SingleChoice c) {
                translated = new Exercise.SingleChoice(header, choices, c.fact());
            } else if (original instanceof Exercise.MultipleChoice c) {
                translated = new Exercise.MultipleChoice(header, choices, c.fact());
            } else if (original instanceof Exercise.Numeric n) {
                translated = new Exercise.Numeric(header, n.key(), n.accuracy(), unit);
            } else if (original instanceof Exercise.Classify c) {
                translated = new Exercise.Classify(header, c.items(), c.categories());
            } else if (original instanceof Exercise.Order) {
                translated = new Exercise.Order(header, items);
            } else if (original instanceof Exercise.ShortAnswer) {
                translated = new Exercise.ShortAnswer(header, modelAnswer, rubric);
            }
        }
        notFor(fields, "choices", !(original instanceof Exercise.SingleChoice || original instanceof Exercise.MultipleChoice));
        notFor(fields, "items", !(original instanceof Exercise.Order));
        notFor(fields, "unit", !(original instanceof Exercise.Numeric));
        notFor(fields, "model_answer", !(original instanceof Exercise.ShortAnswer));
        notFor(fields, "rubric", !(original instanceof Exercise.ShortAnswer));
        return d.errorCount() > before ? Optional.empty() : Optional.ofNullable(translated);
    }

    private void notFor(Map<String, Node> fields, String field, boolean absentInOriginal) {
        if (absentInOriginal && fields.containsKey(field)) {
            d.report(yaml.at(fields.get(field)), DiagnosticCode.PB701, "a " + original.type().word() + " exercise has no '"
                    + field + "' to translate", "leave it out; " + CONTRACT);
        }
    }

    /** A list of texts with as many items as the original's. */
    private List<String> texts(Map<String, Node> fields, String field, int wanted) {
        List<YamlFields.Located> found = yaml.texts(fields, field, field, wanted > 0, start);
        if (found == null) {
            return null;
        }
        if (found.size() != wanted) {
            d.report(fields.containsKey(field) ? yaml.at(fields.get(field)) : start, DiagnosticCode.PB701, "the original has "
                    + wanted + " " + field + ", the translation " + found.size(), "translate each once, in the same order; " + CONTRACT);
            return null;
        }
        return found.stream().map(YamlFields.Located::value).toList();
    }

    private Feedback feedback(Map<String, Node> fields, Feedback english) {
        boolean wanted = !english.correct().isEmpty() || !english.incorrect().isEmpty();
        Node node = yaml.value(fields, "feedback", wanted, start, "correct: … and incorrect: …");
        if (node == null) {
            return wanted ? null : english;
        }
        MappingNode m = yaml.mapping(node, "feedback", "feedback:\n  correct: \"…\"\n  incorrect: \"…\"");
        if (m == null) {
            return null;
        }
        Map<String, Node> f = yaml.fields(m, List.of("correct", "incorrect"), "feedback");
        Origin at = yaml.at(node);
        String correct = yaml.text(f, "correct", !english.correct().isEmpty(), at);
        String incorrect = yaml.text(f, "incorrect", !english.incorrect().isEmpty(), at);
        return new Feedback(correct == null ? "" : correct, incorrect == null ? "" : incorrect);
    }

    /** Each choice's text and feedback, by the original's ids; what makes it right stays the original's. */
    private List<Choice> choices(Map<String, Node> fields, List<Choice> english) {
        Map<String, Choice> byId = new LinkedHashMap<>();
        english.forEach(c -> byId.put(c.id(), c));
        Map<String, Choice> translated = new HashMap<>();
        for (Node item : items(fields, "choices", "{id, text, feedback}")) {
            MappingNode m = yaml.mapping(item, "choices", "- id: a\n    text: \"…\"\n    feedback: \"…\"");
            if (m == null) {
                continue;
            }
            Map<String, Node> f = yaml.fields(m, List.of("id", "text", "feedback"), "translated choice");
            Origin at = yaml.at(item);
            String id = yaml.text(f, "id", true, at);
            Choice c = id == null ? null : byId.get(id);
            if (id != null && c == null) {
                d.report(yaml.at(f.get("id")), DiagnosticCode.PB701, "the original has no choice '" + id + "'",
                        "use the original's choice ids: " + String.join(", ", byId.keySet()));
                continue;
            }
            String text = yaml.text(f, "text", true, at);
            String feedback = yaml.text(f, "feedback", c != null && c.feedback() != null && !c.feedback().isEmpty(), at);
            if (c != null && text != null && translated.putIfAbsent(id, new Choice(id, text, c.correct(),
                    feedback == null ? c.feedback() : feedback, c.value())) != null) {
                d.report(yaml.at(f.get("id")), DiagnosticCode.PB301, "choice '" + id + "' is translated twice", "keep one");
            }
        }
        List<String> missing = byId.keySet().stream().filter(id -> !translated.containsKey(id)).toList();
        if (!missing.isEmpty() && fields.containsKey("choices")) {
            d.report(yaml.at(fields.get("choices")), DiagnosticCode.PB701, "choices not translated: " + String.join(", ", missing),
                    "give - id: … text: … feedback: … for each choice of the original; " + CONTRACT);
        } else if (!missing.isEmpty()) {
            d.report(start, DiagnosticCode.PB402, "field 'choices' is missing", "translate each choice; " + CONTRACT);
        }
        return english.stream().map(c -> translated.getOrDefault(c.id(), c)).toList();
    }

    /** Each item's label, in the original's order (a label stands for the event's text, which is data). */
    private List<OrderItem> items(Map<String, Node> fields, List<OrderItem> english) {
        if (!fields.containsKey("items")) {
            if (english.stream().anyMatch(i -> !i.label().isEmpty())) {
                d.report(start, DiagnosticCode.PB402, "field 'items' is missing", "give each item's label, in the original's order; "
                        + CONTRACT);
            }
            return english;
        }
        List<Node> nodes = items(fields, "items", "{label}");
        if (nodes.size() != english.size()) {
            d.report(yaml.at(fields.get("items")), DiagnosticCode.PB701, "the original has " + english.size()
                    + " items, the translation " + nodes.size(), "give each item's label once, in the same order; " + CONTRACT);
            return english;
        }
        List<OrderItem> result = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            MappingNode m = yaml.mapping(nodes.get(i), "items", "- label: \"…\"");
            OrderItem o = english.get(i);
            String label = m == null ? null : yaml.text(yaml.fields(m, List.of("label"), "translated item"), "label", true,
                    yaml.at(nodes.get(i)));
            result.add(label == null ? o : new OrderItem(o.id(), o.park(), o.date(), o.contains(), label, o.origin()));
        }
        return result;
    }

    /**
     * The original's variants with the translated words of each: as many variants as the original, in its
     * order, each giving only parameters the original's variant sets and the answer does not depend on.
     */
    private Variants variants(Map<String, Node> fields, Variants english) {
        if (!fields.containsKey("variants")) {
            return english;
        }
        Set<String> deciding = Placeholders.valueNames(originalFile.yaml());
        List<Node> nodes = items(fields, "variants", "{name: \"…\"}");
        if (nodes.size() != english.count()) {
            d.report(yaml.at(fields.get("variants")), DiagnosticCode.PB701, "the original has " + english.count()
                    + " variants, the translation " + nodes.size(), "give each variant's words once, in the same order; " + CONTRACT);
            return null;
        }
        List<Map<String, String>> result = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < nodes.size(); i++) {
            Map<String, String> words = yaml.parameters(nodes.get(i), "variants", "- {part: \"…\", whole: \"…\"}");
            Map<String, String> merged = new LinkedHashMap<>(english.parameters(i));
            if (words == null) {
                ok = false;
                continue;
            }
            for (Map.Entry<String, String> w : words.entrySet()) {
                String name = w.getKey();
                if (!merged.containsKey(name)) {
                    d.report(yaml.at(nodes.get(i)), DiagnosticCode.PB701, "variant " + (i + 1) + " of the original has no parameter '"
                            + name + "'", "its parameters are: " + String.join(", ", merged.keySet()) + "; " + CONTRACT);
                    ok = false;
                } else if (deciding.contains(name)) {
                    d.report(yaml.at(nodes.get(i)), DiagnosticCode.PB701, "parameter '" + name + "' selects the data the answer "
                            + "is computed from (${" + name + "} in the original)", "leave it out: it stays as the original sets it; "
                            + CONTRACT);
                    ok = false;
                } else {
                    merged.put(name, w.getValue());
                }
            }
            result.add(merged);
        }
        return ok ? new Variants(result) : null;
    }

    private List<RubricCriterion> rubric(Map<String, Node> fields, List<RubricCriterion> english) {
        List<Node> nodes = items(fields, "rubric", "{criterion}");
        if (nodes.size() != english.size()) {
            d.report(fields.containsKey("rubric") ? yaml.at(fields.get("rubric")) : start, DiagnosticCode.PB701, "the original has "
                    + english.size() + " rubric criteria, the translation " + nodes.size(),
                    "translate each criterion once, in the same order (points stay the original's); " + CONTRACT);
            return english;
        }
        List<RubricCriterion> result = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            MappingNode m = yaml.mapping(nodes.get(i), "rubric", "- {criterion: \"…\"}");
            String text = m == null ? null : yaml.text(yaml.fields(m, List.of("criterion"), "translated criterion"), "criterion",
                    true, yaml.at(nodes.get(i)));
            result.add(new RubricCriterion(english.get(i).points(), text == null ? english.get(i).criterion() : text));
        }
        return result;
    }

    private List<Node> items(Map<String, Node> fields, String field, String shape) {
        List<Node> nodes = yaml.list(fields, field, shape, false, start);
        return nodes == null ? List.of() : nodes;
    }

    /** The question and solution use the original's citations and placeholders, each as often, no other. */
    private void samePlaceholders() {
        Map<String, Integer> left = new LinkedHashMap<>();
        for (String text : List.of(originalFile.body(), originalFile.solution())) {
            Matcher m = BRACES.matcher(text);
            while (m.find()) {
                left.merge(normal(m.group(1)), 1, Integer::sum);
            }
        }
        check(file.body(), file.bodyLine(), left);
        check(file.solution(), file.solutionLine(), left);
        if (!left.isEmpty()) {
            d.report(start, DiagnosticCode.PB701, "the translation leaves out what the original cites: "
                    + String.join(" ", left.keySet().stream().map(k -> "{{" + k + "}}").toList()),
                    "cite each where the sentence that uses it is; " + CONTRACT);
        }
    }

    private void check(String text, int firstLine, Map<String, Integer> left) {
        Matcher m = BRACES.matcher(text);
        while (m.find()) {
            String key = normal(m.group(1));
            Integer n = left.get(key);
            if (n == null) {
                Origin in = position(text, m.start(), firstLine);
                d.report(in, DiagnosticCode.PB701, m.group() + " is not in the original",
                        "a translation cites the facts and uses the placeholders the original does, no others; " + CONTRACT);
            } else if (n == 1) {
                left.remove(key);
            } else {
                left.put(key, n - 1);
            }
        }
    }

    private Origin position(String text, int offset, int firstLine) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Origin(file.file(), line, text.codePointCount(lineStart, offset) + 1);
    }

    private static String normal(String inside) {
        return inside.replace(" ", "");
    }
}
