package org.parkbench.core.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
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
 * Reads {@code case.md}: a YAML front matter block between {@code ---} lines at the very start,
 * then the Markdown narrative. The YAML is composed into nodes (never into arbitrary objects, and
 * with no global tags) so that every field can be checked with its own line and column by
 * {@link FrontMatterFields}; YAML that cannot be parsed is PB401 at the parser's mark, translated
 * to the line of case.md.
 */
final class FrontMatterReader {
    private static final Pattern DELIMITER = Pattern.compile("---[ \\t]*");
    /** The YAML text starts on the line after the opening ---. */
    private static final int FIRST_YAML_LINE = 2;
    private static final Pattern LINE = Pattern.compile("([^\\r\\n]*)(\\r\\n|\\r|\\n|$)");

    private final String file;
    private final Diagnostics diagnostics;

    private FrontMatterReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads the text of a {@code case.md}.
     *
     * @param directoryName the case directory's name, which the id must equal
     */
    static FrontMatter read(String text, String file, String directoryName, Diagnostics diagnostics) {
        return new FrontMatterReader(file, diagnostics).read(text, directoryName);
    }

    private FrontMatter read(String text, String directoryName) {
        Origin start = new Origin(file, 1, 1);
        List<int[]> lines = lines(text);
        if (lines.isEmpty() || !DELIMITER.matcher(text.substring(lines.get(0)[0], lines.get(0)[1])).matches()) {
            diagnostics.report(start, DiagnosticCode.PB401, "case.md must start with front matter: a '---' line",
                    "begin the file with ---, the YAML fields (id, title, status, parks…), and another --- line");
            return empty(start, text, 1);
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (DELIMITER.matcher(text.substring(lines.get(i)[0], lines.get(i)[1])).matches()) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            diagnostics.report(start, DiagnosticCode.PB401, "the front matter opened here is never closed",
                    "end the YAML fields with a line holding only ---");
            return empty(start, "", lines.size() + 1);
        }
        String yaml = text.substring(lines.get(0)[2], lines.get(close)[0]);
        int narrativeStart = lines.get(close)[2];
        String narrative = text.substring(narrativeStart);
        int narrativeLine = close + 2;
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null && e.getContextMark() != null && mark != e.getContextMark()) {
                Origin context = at(e.getContextMark());
                problem += " (" + e.getContext() + " at line " + context.line() + ", column " + context.column() + ")";
            }
            diagnostics.report(mark == null ? start : at(mark), DiagnosticCode.PB401, "malformed YAML: " + problem,
                    "quote text that contains ': ' or starts with a special character, e.g. title: \"A: B\"");
            return empty(start, narrative, narrativeLine);
        } catch (YAMLException e) {
            diagnostics.report(start, DiagnosticCode.PB401, "malformed YAML: " + e.getMessage(), "");
            return empty(start, narrative, narrativeLine);
        }
        if (root == null) {
            root = new MappingNode(Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.report(at(root), DiagnosticCode.PB402, "the front matter must be fields ('name: value'), not "
                    + FrontMatterFields.shape(root), "");
            return empty(start, narrative, narrativeLine);
        }
        return new FrontMatterFields(file, FIRST_YAML_LINE, diagnostics)
                .read(mapping, start, directoryName, narrative, narrativeLine);
    }

    private Origin at(Node node) {
        return at(node.getStartMark());
    }

    private Origin at(Mark mark) {
        return mark == null ? new Origin(file, 1, 1) : new Origin(file, FIRST_YAML_LINE + mark.getLine(), mark.getColumn() + 1);
    }

    private static FrontMatter empty(Origin start, String narrative, int narrativeLine) {
        return new FrontMatter(null, null, null, null, null, null, null, null, null, null, start, narrative, narrativeLine);
    }

    /** Each line as {start, end of content, start of next line}. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        int p = 0;
        while (p < text.length() && m.find(p)) {
            lines.add(new int[] {m.start(), m.end(1), m.end()});
            p = m.end();
        }
        return lines;
    }
}
