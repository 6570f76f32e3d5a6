package org.parkbench.core.load;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML text into SnakeYAML's node tree and stops there: nothing is constructed, so no tag
 * can build an object (a global tag is refused while composing), and every node keeps its mark.
 * Duplicate keys are not SnakeYAML's to find here (composing does not look);
 * {@link YamlFields#fields} finds them with both positions. Every YAML the project reads comes
 * here, with the same {@link #options()} and the same limits ({@link InputLimits}): a text longer
 * than the limit is refused before it is parsed (PB105), aliases, what they expand to and nesting
 * are limited as the events are read (PB108, {@link YamlEventCheck}), so that a few lines cannot
 * expand into gigabytes, and a character no text may hold is PB211 or PB212. Text that is not
 * YAML is PB401 at the parser's mark.
 */
final class YamlComposer {
    private static final String HINT = "quote text that contains ': ' or starts with a special character, e.g. title: \"A: B\"";
    private static final String LIMIT_HINT = "write the values out instead of repeating aliases; CONTRIBUTING.md ('Limits') lists every limit";

    private final YamlFields fields;

    YamlComposer(YamlFields fields) {
        this.fields = fields;
    }

    /** SnakeYAML's options for every YAML text: its own limits, behind the positioned ones of {@link YamlEventCheck}. */
    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(InputLimits.YAML_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(InputLimits.YAML_CHARACTERS);
        return options;
    }

    /** The root node, empty after reporting PB401; a text without content (or only comments) is a mapping without fields. */
    Optional<Node> compose(String yaml) {
        if (yaml.length() > InputLimits.YAML_CHARACTERS && yaml.codePointCount(0, yaml.length()) > InputLimits.YAML_CHARACTERS) {
            int past = yaml.offsetByCodePoints(0, InputLimits.YAML_CHARACTERS);
            fields.diagnostics().report(at(yaml, past), DiagnosticCode.PB105, "the YAML text is longer than "
                    + InputLimits.count(InputLimits.YAML_CHARACTERS) + " characters, the limit for a YAML text; it was not read",
                    "CONTRIBUTING.md ('Limits') lists every limit");
            return Optional.empty();
        }
        LoaderOptions options = options();
        try {
            ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(yaml)), options);
            Node root = new Composer(new YamlEventCheck(parser, fields), new Resolver(), options).getSingleNode();
            return Optional.of(root != null ? root : new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.BLOCK));
        } catch (YamlEventCheck.OverLimit e) {
            fields.diagnostics().report(fields.at(e.getProblemMark()), DiagnosticCode.PB108, e.getProblem(), LIMIT_HINT);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null && e.getContextMark() != null && mark != e.getContextMark()) {
                Origin context = fields.at(e.getContextMark());
                problem += " (" + e.getContext() + " at line " + context.line() + ", column " + context.column() + ")";
            }
            fields.diagnostics().report(fields.at(mark), DiagnosticCode.PB401, "malformed YAML: " + problem, HINT);
        } catch (ReaderException e) {
            reportCharacter(yaml, e);
        } catch (YAMLException e) {
            fields.diagnostics().report(fields.start(), DiagnosticCode.PB401, "malformed YAML: " + e.getMessage(), "");
        }
        return Optional.empty();
    }

    /** A character YAML does not read, at its line and column (SnakeYAML names only its index). */
    private void reportCharacter(String yaml, ReaderException e) {
        int index = e.getPosition();
        int offset = index >= 0 && index <= yaml.codePointCount(0, yaml.length()) ? yaml.offsetByCodePoints(0, index) : 0;
        int c = e.getCodePoint();
        String code = String.format(java.util.Locale.ROOT, "U+%04X", c);
        if (TextFile.bad(c) && c != 0xFFFE && c != 0xFFFF) {
            fields.diagnostics().report(at(yaml, offset), DiagnosticCode.PB211, "control character " + code + " in the text",
                    "remove it: it is invisible, and the pages and figures made from it would not be well-formed XML");
        } else {
            fields.diagnostics().report(at(yaml, offset), DiagnosticCode.PB212, code + " is not a character YAML reads",
                    "remove it, or write it as an escape inside double quotes");
        }
    }

    private Origin at(String yaml, int offset) {
        TextPositions positions = new TextPositions(yaml, "");
        return fields.at(positions.line(offset) - 1, positions.column(offset) - 1);
    }
}
