package org.parkbench.exercises.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * The three parts of an exercise file: the YAML front matter between {@code ---} lines, the
 * question body, and the worked solution under a {@code ## Solution} heading, each with the line
 * it starts on so that diagnostics point into the file.
 */
record ExerciseFile(String file, String yaml, int yamlLine, String body, int bodyLine, String solution, int solutionLine) {
    private static final Pattern DELIMITER = Pattern.compile("---[ \\t]*");
    private static final Pattern SOLUTION = Pattern.compile("##[ \\t]+(Solution|解答)[ \\t]*#*[ \\t]*", Pattern.CASE_INSENSITIVE);

    /** Splits {@code text}; reports a missing front matter or solution and returns null when unusable. */
    static ExerciseFile split(String text, String file, Diagnostics d) {
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = Pattern.compile("([^\\r\\n]*)(\\r\\n|\\r|\\n|$)").matcher(text);
        int p = 0;
        while (p < text.length() && m.find(p)) {
            lines.add(m.group(1));
            starts.add(m.start());
            p = m.end();
        }
        starts.add(text.length());
        if (lines.isEmpty() || !DELIMITER.matcher(lines.get(0)).matches()) {
            d.report(new Origin(file, 1, 1), DiagnosticCode.PB401, "an exercise file must start with front matter: a '---' line",
                    "begin the file with ---, the fields (id, type, title…), and another --- line");
            return null;
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (DELIMITER.matcher(lines.get(i)).matches()) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            d.report(new Origin(file, 1, 1), DiagnosticCode.PB401, "the front matter opened here is never closed",
                    "end the fields with a line holding only ---");
            return null;
        }
        String yaml = text.substring(starts.get(1), starts.get(close));
        int solutionIndex = -1;
        boolean fenced = false;
        for (int i = close + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
            }
            if (!fenced && SOLUTION.matcher(line).matches()) {
                solutionIndex = i;
                break;
            }
        }
        int bodyStart = close + 1;
        if (solutionIndex < 0) {
            d.report(new Origin(file, lines.size() + 1, 1), DiagnosticCode.PB402, "the exercise has no '## Solution' section",
                    "end the file with a '## Solution' heading and the worked solution beneath it");
            return null;
        }
        String body = text.substring(starts.get(Math.min(bodyStart, lines.size())), starts.get(solutionIndex)).strip();
        String solution = text.substring(starts.get(Math.min(solutionIndex + 1, lines.size()))).strip();
        return new ExerciseFile(file, yaml, 2, body, bodyStart + 1 + leadingBlankLines(lines, bodyStart, solutionIndex),
                solution, solutionIndex + 2 + leadingBlankLines(lines, solutionIndex + 1, lines.size()));
    }

    private static int leadingBlankLines(List<String> lines, int from, int to) {
        int n = 0;
        while (from + n < to && lines.get(from + n).isBlank()) {
            n++;
        }
        return from + n < to ? n : 0;
    }
}
