package org.parkbench.core.load;

import java.util.ArrayList;
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
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Checks the fields of a case's front matter, each at the line and column of its value, with the
 * rules {@link YamlFields} applies to every YAML file (a repeated field PB401, a missing or
 * mistyped one PB402, an unknown one PB403); a word outside its vocabulary is PB207. An
 * {@code id} that differs from the directory name is PB402 (the field has the wrong value), since
 * the id names the directory, the module and the pages built from it.
 */
final class FrontMatterFields {
    private static final List<String> FIELDS = List.of("id", "title", "subtitle", "status", "model", "parks",
            "reading_minutes", "objectives", "discussion");
    private static final List<String> OBJECTIVE_FIELDS = List.of("id", "text");

    private final YamlFields yaml;
    private final Diagnostics diagnostics;

    FrontMatterFields(YamlFields yaml) {
        this.yaml = yaml;
        this.diagnostics = yaml.diagnostics();
    }

    FrontMatter read(MappingNode mapping, Origin start, String directoryName, String narrative, int narrativeLine) {
        Map<String, Node> values = yaml.fields(mapping, FIELDS, "front matter");
        String id = yaml.text(values, "id", true, start);
        if (id != null && !Slug.isValid(id)) {
            diagnostics.report(yaml.at(values.get("id")), DiagnosticCode.PB306, "case id '" + id + "' is not a slug",
                    "use lower-case letters a-z, digits and single hyphens, at most 64 characters");
            id = null;
        } else if (id != null && !id.equals(directoryName)) {
            diagnostics.report(yaml.at(values.get("id")), DiagnosticCode.PB402, "id '" + id
                    + "' must equal the case directory's name '" + directoryName + "'",
                    "rename the directory or change the id; links and module names use it");
            id = null;
        }
        String title = yaml.text(values, "title", true, start);
        String subtitle = yaml.text(values, "subtitle", false, start);
        CaseStatus status = word(values, "status", CaseStatus.class, "case status", true, start);
        DevelopmentModel model = word(values, "model", DevelopmentModel.class, "model", false, start);
        List<YamlFields.Located> parks = yaml.texts(values, "parks", "park ids", true, start);
        Integer minutes = readingMinutes(values, start);
        List<Objective> objectives = objectives(values, start);
        List<YamlFields.Located> discussion = yaml.texts(values, "discussion", "questions", true, start);
        Origin idOrigin = values.containsKey("id") ? yaml.at(values.get("id")) : null;
        return new FrontMatter(id, idOrigin, title, subtitle, status, model, parks, minutes, objectives,
                discussion == null ? null : discussion.stream().map(YamlFields.Located::value).toList(),
                start, narrative, narrativeLine);
    }

    private <E extends Enum<E> & Vocabulary> E word(Map<String, Node> values, String field, Class<E> type, String what,
                                                    boolean required, Origin start) {
        String hint = "one of: " + String.join(", ", Vocabulary.words(type));
        Node node = yaml.value(values, field, required, start, hint);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            diagnostics.report(yaml.at(node), DiagnosticCode.PB402, "'" + field + "' must be a word, not "
                    + YamlFields.shape(node), hint);
            return null;
        }
        Optional<E> found = Vocabulary.lookup(type, s.getValue());
        if (found.isEmpty()) {
            diagnostics.report(yaml.at(node), DiagnosticCode.PB207, Cells.unknownWord(what, s.getValue(), Vocabulary.words(type)), "");
        }
        return found.orElse(null);
    }

    private Integer readingMinutes(Map<String, Node> values, Origin start) {
        Integer minutes = yaml.integer(values, "reading_minutes", true, start, "25");
        if (minutes != null && minutes < 0) {
            diagnostics.report(yaml.at(values.get("reading_minutes")), DiagnosticCode.PB203,
                    "reading_minutes " + minutes + " is negative", "");
            return null;
        }
        return minutes;
    }

    private List<Objective> objectives(Map<String, Node> values, Origin start) {
        List<Node> items = yaml.list(values, "objectives", "{id, text}", true, start);
        if (items == null) {
            return null;
        }
        List<Objective> result = new ArrayList<>();
        KnownIds ids = new KnownIds("objective id", "objective");
        boolean ok = true;
        for (Node item : items) {
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
            diagnostics.report(yaml.at(item), DiagnosticCode.PB402, "an objective must have 'id' and 'text', not be "
                    + YamlFields.shape(item), "- id: explain-model\n      text: \"Explain …\"");
            return null;
        }
        Map<String, Node> fields = yaml.fields(mapping, OBJECTIVE_FIELDS, "objective");
        Origin origin = yaml.at(item);
        String id = yaml.text(fields, "id", true, origin);
        String text = yaml.text(fields, "text", true, origin);
        if (id != null && !Slug.isValid(id)) {
            diagnostics.report(yaml.at(fields.get("id")), DiagnosticCode.PB306, "objective id '" + id + "' is not a slug",
                    "use lower-case letters a-z, digits and single hyphens, at most 64 characters");
            return null;
        }
        if (id == null || text == null || !ids.add(id, yaml.at(fields.get("id")), diagnostics)) {
            return null;
        }
        return new Objective(id, text);
    }
}
