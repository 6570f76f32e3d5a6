package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkbench.core.model.CaseStatus;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Objective;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Slug;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks the fields of a case's front matter, each at the line and column of its value: a missing
 * or mistyped field is PB402, an unknown word PB207, a repeated field PB401, an unknown field a
 * PB403 warning. An {@code id} that differs from the directory name is PB402 (the field has the
 * wrong value), since the id names the directory, the module and the pages built from it.
 */
final class FrontMatterFields {
    private static final List<String> FIELDS = List.of("id", "title", "subtitle", "status", "model", "parks",
            "reading_minutes", "objectives", "discussion");

    private final String file;
    private final int firstYamlLine;
    private final Diagnostics diagnostics;

    /** @param firstYamlLine the line of case.md where the YAML text starts */
    FrontMatterFields(String file, int firstYamlLine, Diagnostics diagnostics) {
        this.file = file;
        this.firstYamlLine = firstYamlLine;
        this.diagnostics = diagnostics;
    }

    FrontMatter read(MappingNode mapping, Origin start, String directoryName, String narrative, int narrativeLine) {
        Map<String, Node> values = new HashMap<>();
        Map<String, Origin> keys = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : String.valueOf(keyNode);
            Origin keyOrigin = at(keyNode);
            if (keys.containsKey(key)) {
                diagnostics.report(keyOrigin, DiagnosticCode.PB401, "field '" + key + "' appears twice (first "
                        + KnownIds.where(keys.get(key), keyOrigin) + ")", "keep one of them");
                continue;
            }
            keys.put(key, keyOrigin);
            if (!FIELDS.contains(key)) {
                diagnostics.report(keyOrigin, DiagnosticCode.PB403, "unknown front matter field '" + key + "'"
                        + WordSuggestion.didYouMean(key, FIELDS), "the fields are: " + String.join(", ", FIELDS));
                continue;
            }
            values.put(key, tuple.getValueNode());
        }
        String id = text(values, "id", true, start);
        if (id != null && !Slug.isValid(id)) {
            diagnostics.report(at(values.get("id")), DiagnosticCode.PB306, "case id '" + id + "' is not a slug",
                    "use lower-case letters a-z, digits and single hyphens, at most 64 characters");
            id = null;
        } else if (id != null && !id.equals(directoryName)) {
            diagnostics.report(at(values.get("id")), DiagnosticCode.PB402, "id '" + id
                    + "' must equal the case directory's name '" + directoryName + "'",
                    "rename the directory or change the id; links and module names use it");
            id = null;
        }
        String title = text(values, "title", true, start);
        String subtitle = text(values, "subtitle", false, start);
        CaseStatus status = word(values, "status", CaseStatus.class, "case status", true, start);
        DevelopmentModel model = word(values, "model", DevelopmentModel.class, "model", false, start);
        List<FrontMatter.Located> parks = list(values, "parks", "park ids", start);
        Integer minutes = readingMinutes(values, start);
        List<Objective> objectives = objectives(values, start);
        List<FrontMatter.Located> discussion = list(values, "discussion", "questions", start);
        Origin idOrigin = values.containsKey("id") ? at(values.get("id")) : null;
        return new FrontMatter(id, idOrigin, title, subtitle, status, model, parks, minutes, objectives,
                discussion == null ? null : discussion.stream().map(FrontMatter.Located::value).toList(),
                start, narrative, narrativeLine);
    }

    private String text(Map<String, Node> values, String field, boolean required, Origin start) {
        Node node = values.get(field);
        if (node == null || isNull(node)) {
            if (required) {
                missing(field, start, "a text");
            }
            return null;
        }
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a text, not " + shape(node), "");
            return null;
        }
        return s.getValue().strip();
    }

    private <E extends Enum<E> & Vocabulary> E word(Map<String, Node> values, String field, Class<E> type, String what,
                                                    boolean required, Origin start) {
        Node node = values.get(field);
        if (node == null || isNull(node)) {
            if (required) {
                missing(field, start, "one of: " + String.join(", ", Vocabulary.words(type)));
            }
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a word, not " + shape(node),
                    "one of: " + String.join(", ", Vocabulary.words(type)));
            return null;
        }
        Optional<E> found = Vocabulary.lookup(type, s.getValue());
        if (found.isEmpty()) {
            diagnostics.report(at(node), DiagnosticCode.PB207, Cells.unknownWord(what, s.getValue(), Vocabulary.words(type)), "");
        }
        return found.orElse(null);
    }

    private List<FrontMatter.Located> list(Map<String, Node> values, String field, String items, Origin start) {
        Node node = values.get(field);
        if (node == null) {
            missing(field, start, "a list of " + items + " ([] when there are none)");
            return null;
        }
        if (!(node instanceof SequenceNode sequence)) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a list of " + items + ", not "
                    + shape(node), "write [a, b] or one '- item' per line");
            return null;
        }
        List<FrontMatter.Located> result = new ArrayList<>();
        boolean ok = true;
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode s && !isNull(s) && !s.getValue().isBlank()) {
                result.add(new FrontMatter.Located(s.getValue().strip(), at(item)));
            } else {
                diagnostics.report(at(item), DiagnosticCode.PB402, "an item of '" + field + "' must be a text, not "
                        + shape(item), "put text that contains ': ' in quotes");
                ok = false;
            }
        }
        return ok ? result : null;
    }

    private Integer readingMinutes(Map<String, Node> values, Origin start) {
        Node node = values.get("reading_minutes");
        if (node == null || isNull(node)) {
            missing("reading_minutes", start, "a whole number of minutes");
            return null;
        }
        if (!(node instanceof ScalarNode s) || !Tag.INT.equals(s.getTag()) || !s.getValue().matches("[+-]?\\d{1,6}")) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'reading_minutes' must be a whole number of minutes, not "
                    + shape(node), "e.g. reading_minutes: 25");
            return null;
        }
        int minutes = Integer.parseInt(s.getValue());
        if (minutes < 0) {
            diagnostics.report(at(node), DiagnosticCode.PB203, "reading_minutes " + minutes + " is negative", "");
            return null;
        }
        return minutes;
    }

    private List<Objective> objectives(Map<String, Node> values, Origin start) {
        Node node = values.get("objectives");
        if (node == null) {
            missing("objectives", start, "a list of {id, text} ([] when there are none)");
            return null;
        }
        if (!(node instanceof SequenceNode sequence)) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'objectives' must be a list of {id, text}, not "
                    + shape(node), "write one '- id: …' with 'text: …' beneath per objective");
            return null;
        }
        List<Objective> result = new ArrayList<>();
        KnownIds ids = new KnownIds("objective id", "objective");
        boolean ok = true;
        for (Node item : sequence.getValue()) {
            Objective objective = objective(item, ids);
            ok &= objective != null;
            if (objective != null) {
                result.add(objective);
            }
        }
        return ok ? result : null;
    }

    private Objective objective(Node item, KnownIds ids) {
        if (!(item instanceof MappingNode mapping)) {
            diagnostics.report(at(item), DiagnosticCode.PB402, "an objective must have 'id' and 'text', not be "
                    + shape(item), "- id: explain-model\n      text: \"Explain …\"");
            return null;
        }
        Map<String, Node> fields = new HashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            if (key.equals("id") || key.equals("text")) {
                fields.put(key, t.getValueNode());
            } else {
                diagnostics.report(at(t.getKeyNode()), DiagnosticCode.PB403, "unknown objective field '" + key + "'",
                        "an objective has only 'id' and 'text'");
            }
        }
        Origin origin = at(item);
        String id = text(fields, "id", true, origin);
        String text = text(fields, "text", true, origin);
        if (id != null && !Slug.isValid(id)) {
            diagnostics.report(at(fields.get("id")), DiagnosticCode.PB306, "objective id '" + id + "' is not a slug",
                    "use lower-case letters a-z, digits and single hyphens, at most 64 characters");
            return null;
        }
        if (id == null || text == null || !ids.add(id, at(fields.get("id")), diagnostics)) {
            return null;
        }
        return new Objective(id, text);
    }

    private void missing(String field, Origin at, String expected) {
        diagnostics.report(at, DiagnosticCode.PB402, "front matter field '" + field + "' is missing", "add " + field
                + ": with " + expected);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    static String shape(Node node) {
        if (node instanceof MappingNode) {
            return "a set of fields";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (isNull(node)) {
            return "empty";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    private Origin at(Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? new Origin(file, 1, 1) : new Origin(file, firstYamlLine + mark.getLine(), mark.getColumn() + 1);
    }
}
