package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads {@code case.md}: a YAML front matter block between {@code ---} lines at the very start,
 * then the Markdown narrative. The YAML is read by {@link YamlFields}, as exercise and course
 * files are, counting lines from the one after the opening {@code ---}, so that every field is
 * checked by {@link FrontMatterFields} with its own line and column in case.md.
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
        Optional<Sections> sections = sections(text, file, "case.md", diagnostics);
        if (sections.isEmpty()) {
            return empty(start, "", 1);
        }
        Sections s = sections.get();
        if (s.yaml() == null) {
            return empty(start, s.narrative(), s.narrativeLine());
        }
        YamlFields yaml = new YamlFields(file, FIRST_YAML_LINE, diagnostics);
        Optional<MappingNode> fields = yaml.document(s.yaml(), "the front matter", "");
        return fields.map(mapping -> new FrontMatterFields(yaml).read(mapping, start, directoryName, s.narrative(), s.narrativeLine()))
                .orElseGet(() -> empty(start, s.narrative(), s.narrativeLine()));
    }

    /**
     * A front-matter file split into its YAML (null when the file does not start with {@code ---},
     * reported as PB401) and the Markdown after it, with the file line the Markdown starts on; empty
     * when the front matter is never closed (PB401). The YAML's first line is the file's line 2.
     *
     * @param kind how messages name the file: "case.md", "case.zh.md"
     */
    static Optional<Sections> sections(String text, String file, String kind, Diagnostics diagnostics) {
        Origin start = new Origin(file, 1, 1);
        List<int[]> lines = lines(text);
        if (lines.isEmpty() || !DELIMITER.matcher(text.substring(lines.get(0)[0], lines.get(0)[1])).matches()) {
            diagnostics.report(start, DiagnosticCode.PB401, kind + " must start with front matter: a '---' line",
                    "begin the file with ---, the YAML fields (id, title, status, parks…), and another --- line");
            return Optional.of(new Sections(null, text, 1));
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
            return Optional.empty();
        }
        return Optional.of(new Sections(text.substring(lines.get(0)[2], lines.get(close)[0]),
                text.substring(lines.get(close)[2]), close + 2));
    }

    /** The YAML between the {@code ---} lines, and the Markdown after them starting on file line {@code narrativeLine}. */
    record Sections(String yaml, String narrative, int narrativeLine) {
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
