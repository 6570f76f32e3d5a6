package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the YAML a user writes — a case's {@code case.md} front matter, an exercise's front matter,
 * a lecturer's course file — field by field, with one set of rules so that the same mistake gets
 * the same code, severity and wording in all three. The text is only composed into nodes
 * ({@link YamlComposer}); every problem is reported at its node's 1-based line and column in the
 * file: YAML that cannot be parsed and a field given twice are PB401, a missing field or a value of
 * the wrong shape PB402, a required field given with no value PB208, and a field the file's kind
 * does not have PB403 (an error: a typo would otherwise lose its value silently). Each reader
 * keeps its own list of fields; this class only checks against it.
 */
public final class YamlFields {
    private static final String LIST_HINT = "write [a, b] or one '- item' per line";

    private final String file;
    private final int firstLine;
    private final Diagnostics diagnostics;

    /**
     * @param file      the file as diagnostics name it
     * @param firstLine the line of the file the YAML text starts on: 1 for a YAML file, 2 for front
     *                  matter after its opening {@code ---}
     */
    public YamlFields(String file, int firstLine, Diagnostics diagnostics) {
        this.file = file;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * The top-level fields of a YAML text, or empty after reporting why there are none: PB401 when
     * it is not YAML, PB402 when it is a list or a single value. An empty text has no fields.
     *
     * @param what how the message names the whole, e.g. "the front matter", "a course file"
     * @param hint the hint for a text that is not fields, or ""
     */
    public Optional<MappingNode> document(String yaml, String what, String hint) {
        Optional<Node> root = new YamlComposer(this).compose(yaml);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (root.get() instanceof MappingNode mapping) {
            return Optional.of(mapping);
        }
        diagnostics.report(at(root.get()), DiagnosticCode.PB402, what + " must be fields ('name: value'), not "
                + shape(root.get()), hint);
        return Optional.empty();
    }

    /**
     * The items of a YAML text that is a list, or empty after reporting why there are none: PB401
     * when it is not YAML, PB402 when it is fields or a single value.
     *
     * @param what how the message names the whole, e.g. "the glossary"
     */
    public Optional<List<Node>> items(String yaml, String what) {
        Optional<Node> root = new YamlComposer(this).compose(yaml);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (root.get() instanceof SequenceNode list) {
            return Optional.of(list.getValue());
        }
        diagnostics.report(at(root.get()), DiagnosticCode.PB402, what + " must be a list ('- item' per line), not "
                + shape(root.get()), "");
        return Optional.empty();
    }

    /** Where {@code node} starts in the file; the file's start when there is no node. */
    public Origin at(Node node) {
        return node == null ? start() : at(node.getStartMark());
    }

    Origin at(org.yaml.snakeyaml.error.Mark mark) {
        return mark == null ? start() : at(mark.getLine(), mark.getColumn());
    }

    /** Where the 0-based {@code line} and {@code column} of the YAML text are in the file. */
    Origin at(int line, int column) {
        return new Origin(file, firstLine + line, column + 1);
    }

    Origin start() {
        return new Origin(file, 1, 1);
    }

    /**
     * The fields of {@code mapping} by name, in file order. A field given twice is PB401 at the
     * second, naming the first; a field not in {@code allowed} is PB403 with the closest allowed
     * name, if one is close. Either is left out of the result.
     *
     * @param allowed the field names this mapping may have, or null for any
     * @param what    how messages name this mapping's fields, e.g. "front matter", "session", "numeric exercise"
     */
    public Map<String, Node> fields(MappingNode mapping, List<String> allowed, String what) {
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Origin> seen = new HashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            Node keyNode = t.getKeyNode();
            Origin where = at(keyNode);
            if (!(keyNode instanceof ScalarNode k) || isEmpty(keyNode)) {
                diagnostics.report(where, DiagnosticCode.PB402, "a field's name must be a word, not " + shape(keyNode),
                        "write name: value");
                continue;
            }
            String key = k.getValue();
            Origin first = seen.putIfAbsent(key, where);
            if (first != null) {
                diagnostics.report(where, DiagnosticCode.PB401, "field '" + key + "' appears twice (first "
                        + (first.line() == where.line() ? "at column " + first.column() : "on line " + first.line()) + ")",
                        "keep one of them");
            } else if (allowed != null && !allowed.contains(key)) {
                diagnostics.report(where, DiagnosticCode.PB403, "unknown " + what + " field '" + key + "'"
                        + WordSuggestion.didYouMean(key, allowed), "the " + what + " fields are: " + String.join(", ", allowed));
            } else {
                values.put(key, t.getValueNode());
            }
        }
        return values;
    }

    /**
     * The value of {@code field}, or null when it is absent or empty. A required field that is
     * absent is PB402 at {@code owner} (where its mapping starts), one given with no value PB208.
     *
     * @param expected what the field holds, for the hint: "a text", "a list of park ids"
     */
    public Node value(Map<String, Node> fields, String field, boolean required, Origin owner, String expected) {
        Node node = fields.get(field);
        if (node != null && !isEmpty(node)) {
            return node;
        }
        if (required && node == null) {
            diagnostics.report(owner, DiagnosticCode.PB402, "field '" + field + "' is missing", "add " + field + ": with " + expected);
        } else if (required) {
            diagnostics.report(at(node), DiagnosticCode.PB208, "field '" + field + "' is empty", "give " + field + ": " + expected);
        }
        return null;
    }

    /** A text, stripped; null when absent, empty or not a single value (reported as {@link #value} says, or PB402). */
    public String text(Map<String, Node> fields, String field, boolean required, Origin owner) {
        Node node = value(fields, field, required, owner, "a text");
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a text, not " + shape(node), "");
            return null;
        }
        return s.getValue().strip();
    }

    /** A single value as written (a word, a number, a date), stripped; null after PB402 when it is anything else or empty. */
    public String scalar(Node node, String field) {
        if (!(node instanceof ScalarNode s) || isEmpty(node)) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a single value, not " + shape(node), "");
            return null;
        }
        return s.getValue().strip();
    }

    /** A whole number of at most six digits, quoted or not; null when absent, empty or not one (PB402). */
    public Integer integer(Map<String, Node> fields, String field, boolean required, Origin owner, String example) {
        Node node = value(fields, field, required, owner, "a whole number, e.g. " + example);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode s) || !s.getValue().strip().matches("[+-]?\\d{1,6}")) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a whole number, not " + shape(node),
                    "e.g. " + field + ": " + example);
            return null;
        }
        return Integer.parseInt(s.getValue().strip());
    }

    /** An optional plain decimal number ≥ 0 ({@code 2}, {@code 2.5}, {@code .5}); null when absent or not one (PB402). */
    public Double number(Map<String, Node> fields, String field, String example) {
        Node node = value(fields, field, false, start(), "");
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s && s.getValue().strip().matches("[+]?\\d*\\.?\\d+")) {
            double v = Double.parseDouble(s.getValue().strip());
            if (Double.isFinite(v)) {
                return v;
            }
        }
        diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a plain number ≥ 0, not " + shape(node),
                "e.g. " + field + ": " + example);
        return null;
    }

    /**
     * An optional YAML boolean ({@code true}/{@code false}, {@code yes}/{@code no}, {@code on}/{@code off},
     * unquoted); empty when absent or not one (PB402).
     */
    public Optional<Boolean> bool(Map<String, Node> fields, String field) {
        Node node = value(fields, field, false, start(), "");
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            String v = s.getValue().strip().toLowerCase(Locale.ROOT);
            return Optional.of(v.equals("true") || v.equals("yes") || v.equals("on"));
        }
        diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be true or false, not " + shape(node),
                "write true or false, without quotes");
        return Optional.empty();
    }

    /**
     * The items of a list; empty when the field is absent (or empty) and not required, null when
     * it is required and absent or when it is not a list (PB402).
     *
     * @param items what the items are, for messages: "park ids", "sessions"
     */
    public List<Node> list(Map<String, Node> fields, String field, String items, boolean required, Origin owner) {
        Node node = value(fields, field, required, owner, "a list of " + items + " ([] when there are none)");
        if (node == null) {
            return required ? null : List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a list of " + items + ", not "
                    + shape(node), LIST_HINT);
            return null;
        }
        return seq.getValue();
    }

    /**
     * A list of texts, each with its position, as {@link #list} reads a list; every item that is
     * not a text is PB402, and then the whole list is null.
     */
    public List<Located> texts(Map<String, Node> fields, String field, String items, boolean required, Origin owner) {
        List<Node> nodes = list(fields, field, items, required, owner);
        if (nodes == null) {
            return null;
        }
        List<Located> result = new ArrayList<>();
        boolean ok = true;
        for (Node item : nodes) {
            if (item instanceof ScalarNode s && !isEmpty(s)) {
                result.add(new Located(s.getValue().strip(), at(item)));
            } else {
                diagnostics.report(at(item), DiagnosticCode.PB402, "an item of '" + field + "' must be a text, not " + shape(item),
                        "put text that contains ': ' in quotes");
                ok = false;
            }
        }
        return ok ? result : null;
    }

    /** {@code node} as a set of fields; null after PB402 when it is anything else. */
    public MappingNode mapping(Node node, String field, String hint) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        diagnostics.report(at(node), DiagnosticCode.PB402, "'" + field + "' must be a set of fields, not " + shape(node), hint);
        return null;
    }

    /** A set of fields whose values are single values (parameters), as texts by name; null when malformed. */
    public Map<String, String> parameters(Node node, String field, String hint) {
        MappingNode mapping = mapping(node, field, hint);
        if (mapping == null) {
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

    /**
     * The value of the first field named {@code key}, unchecked, or null: for the field that decides
     * which others a mapping may have (an exercise's {@code type}), read before {@link #fields} checks them.
     */
    public static Node first(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    /** Whether {@code node} is YAML's null ({@code ~}, {@code null} or nothing after the colon). */
    public static boolean isNull(Node node) {
        return node == null || node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** Whether {@code node} holds nothing: absent, null, or a text of only spaces. */
    public static boolean isEmpty(Node node) {
        return isNull(node) || node instanceof ScalarNode s && s.getValue().isBlank();
    }

    /** How messages describe a value: "a list", "a set of fields", "empty", or the value quoted. */
    public static String shape(Node node) {
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

    /** A text of the YAML and where it is written. */
    public record Located(String value, Origin origin) {
    }
}
