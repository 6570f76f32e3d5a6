package org.parkbench.exercises.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkbench.core.model.Origin;
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
 * Reads YAML nodes of one exercise file with their positions: each value is checked for its shape
 * (a text, a whole number, a list, a set of fields) and a mismatch is reported at the value's own
 * line and column. Nothing is constructed from the YAML beyond strings and numbers.
 */
final class YamlFields {
    private final String file;
    private final int firstLine;
    private final Diagnostics diagnostics;

    YamlFields(String file, int firstLine, Diagnostics diagnostics) {
        this.file = file;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    Origin at(Node node) {
        return node == null ? new Origin(file, 1, 1) : at(node.getStartMark());
    }

    Origin at(Mark mark) {
        return mark == null ? new Origin(file, 1, 1) : new Origin(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /**
     * The fields of {@code mapping} by name, reporting a repeated field (PB401) and, when
     * {@code allowed} is not null, a field not in it (PB601).
     */
    Map<String, Node> fields(MappingNode mapping, List<String> allowed, String what) {
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            if (values.containsKey(key)) {
                diagnostics.report(at(t.getKeyNode()), DiagnosticCode.PB401, "field '" + key + "' appears twice", "keep one of them");
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                diagnostics.report(at(t.getKeyNode()), DiagnosticCode.PB601, "unknown " + what + " field '" + key + "'",
                        "the fields are: " + String.join(", ", allowed));
                continue;
            }
            values.put(key, t.getValueNode());
        }
        return values;
    }

    static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode s && Tag.NULL.equals(s.getTag()));
    }

    /** A non-empty text; null (after reporting when {@code required}) when absent or not a text. */
    String text(Map<String, Node> fields, String field, boolean required, Origin owner) {
        Node node = fields.get(field);
        if (isNull(node)) {
            if (required) {
                missing(field, owner, "a text");
            }
            return null;
        }
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a text, not " + shape(node), "");
            return null;
        }
        return s.getValue().strip();
    }

    /** A scalar as written (a word, a number, a date), or null. */
    String scalar(Node node, String field) {
        if (!(node instanceof ScalarNode s) || isNull(node) || s.getValue().isBlank()) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a single value, not " + shape(node), "");
            return null;
        }
        return s.getValue().strip();
    }

    Integer integer(Map<String, Node> fields, String field, boolean required, Origin owner, String example) {
        Node node = fields.get(field);
        if (isNull(node)) {
            if (required) {
                missing(field, owner, "a whole number, e.g. " + example);
            }
            return null;
        }
        if (!(node instanceof ScalarNode s) || !s.getValue().strip().matches("[+-]?\\d{1,6}")) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a whole number, not " + shape(node),
                    "e.g. " + field + ": " + example);
            return null;
        }
        return Integer.parseInt(s.getValue().strip());
    }

    Double number(Map<String, Node> fields, String field) {
        Node node = fields.get(field);
        if (isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            try {
                double v = Double.parseDouble(s.getValue().strip());
                if (Double.isFinite(v) && v >= 0 && s.getValue().strip().matches("[+]?\\d*\\.?\\d+")) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a plain number ≥ 0, not " + shape(node),
                "e.g. " + field + ": 2.5");
        return null;
    }

    Optional<Boolean> bool(Map<String, Node> fields, String field) {
        Node node = fields.get(field);
        if (isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            String v = s.getValue().strip().toLowerCase(java.util.Locale.ROOT);
            return Optional.of(v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
        }
        diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be true or false, not " + shape(node), "");
        return Optional.empty();
    }

    /** A list of texts (an empty list is returned as empty); null when absent or malformed. */
    List<Located> texts(Map<String, Node> fields, String field, boolean required, Origin owner) {
        Node node = fields.get(field);
        if (node == null) {
            if (required) {
                missing(field, owner, "a list");
            }
            return null;
        }
        if (!(node instanceof SequenceNode seq)) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a list, not " + shape(node),
                    "write [a, b] or one '- item' per line");
            return null;
        }
        List<Located> result = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !isNull(s) && !s.getValue().isBlank()) {
                result.add(new Located(s.getValue().strip(), at(item)));
            } else {
                diagnostics.report(at(item), DiagnosticCode.PB402, "an item of '" + field + "' must be a text, not " + shape(item),
                        "put text that contains ': ' in quotes");
                return null;
            }
        }
        return result;
    }

    /** A set of fields whose values are single values (parameters), as texts; null when malformed. */
    Map<String, String> parameters(Node node, String field) {
        if (!(node instanceof MappingNode mapping)) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a set of fields, not " + shape(node),
                    "e.g. " + field + ": {park: suez-teda-zone, as_of: \"2008\"}");
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : fields(mapping, null, field).entrySet()) {
            String value = scalar(e.getValue(), field + "." + e.getKey());
            if (value == null) {
                return null;
            }
            params.put(e.getKey(), value);
        }
        return params;
    }

    void missing(String field, Origin owner, String expected) {
        diagnostics.report(owner, DiagnosticCode.PB402, "field '" + field + "' is missing", "add " + field + ": with " + expected);
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

    /** A text with the place it was written. */
    record Located(String value, Origin origin) {
    }
}
