package org.parkbench.core.load;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Composes YAML text into SnakeYAML's node tree and stops there: nothing is constructed, so no tag
 * can build an object (a global tag is refused while composing), and every node keeps its mark.
 * Duplicate keys are not SnakeYAML's to find here (composing does not look);
 * {@link YamlFields#fields} finds them with both positions. Aliases and size are limited so that a
 * few lines cannot expand into gigabytes. Text that is not YAML is PB401 at the parser's mark.
 */
final class YamlComposer {
    /** Anchored collections a document may reuse: enough for hand-written YAML, too few for an alias bomb. */
    static final int MAX_ALIASES = 10;
    /** A course file or a front matter is a few kilobytes; a million code points is far beyond any. */
    static final int MAX_CODE_POINTS = 1_000_000;
    private static final String HINT = "quote text that contains ': ' or starts with a special character, e.g. title: \"A: B\"";

    private final YamlFields fields;

    YamlComposer(YamlFields fields) {
        this.fields = fields;
    }

    /** The root node, empty after reporting PB401; a text without content (or only comments) is a mapping without fields. */
    Optional<Node> compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_CODE_POINTS);
        try {
            Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
            return Optional.of(root != null ? root : new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.BLOCK));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null && e.getContextMark() != null && mark != e.getContextMark()) {
                Origin context = fields.at(e.getContextMark());
                problem += " (" + e.getContext() + " at line " + context.line() + ", column " + context.column() + ")";
            }
            fields.diagnostics().report(fields.at(mark), DiagnosticCode.PB401, "malformed YAML: " + problem, HINT);
        } catch (YAMLException e) {
            fields.diagnostics().report(fields.start(), DiagnosticCode.PB401, "malformed YAML: " + e.getMessage(), "");
        }
        return Optional.empty();
    }
}
