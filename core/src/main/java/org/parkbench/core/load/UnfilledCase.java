package org.parkbench.core.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * What a scaffolded case still asks its author to fill, reported as PB503 warnings at their
 * positions: each {@code TODO} in {@code case.md} (naming the front matter field or the narrative
 * section it sits in) and in a CSV row, a CSV file that holds only its commented example rows, and a
 * {@code sources.csv} without a source. None of these stops a case from loading, so a draft
 * builds and can be previewed while it is written.
 */
final class UnfilledCase {
    private static final Pattern DELIMITER = Pattern.compile("---[ \\t]*");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)[ \\t]*:.*");
    private static final Pattern HEADING = Pattern.compile("#{1,6}[ \\t]+(.*?)[ \\t#]*");

    private UnfilledCase() {
    }

    /** Reports each marker of {@code case.md}'s text, saying which field or section holds it. */
    static void caseFile(String text, String file, Diagnostics d) {
        List<PlaceholderMarkers.Marker> markers = PlaceholderMarkers.find(text, file, 1);
        if (markers.isEmpty()) {
            return;
        }
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (PlaceholderMarkers.Marker marker : markers) {
            d.report(marker.origin(), DiagnosticCode.PB503, where(lines, marker.origin().line()) + " still holds a placeholder: "
                    + marker.line(), hint(lines, marker.origin().line()));
        }
    }

    /** "front matter field 'title'", "section 'Context'" or "the narrative", for a 1-based line. */
    private static String where(String[] lines, int line) {
        int close = frontMatterEnd(lines);
        if (close > 0 && line <= close + 1) {
            for (int i = line - 1; i >= 1; i--) {
                Matcher m = FIELD.matcher(lines[i]);
                if (m.matches()) {
                    return "front matter field '" + m.group(1) + "'";
                }
            }
            return "the front matter";
        }
        boolean fenced = false;
        String section = null;
        for (int i = Math.max(close + 1, 0); i < line - 1; i++) {
            String l = lines[i];
            if (l.startsWith("```") || l.startsWith("~~~")) {
                fenced = !fenced;
            }
            Matcher m = HEADING.matcher(l);
            if (!fenced && m.matches() && !m.group(1).isBlank()) {
                section = m.group(1).strip();
            }
        }
        Matcher own = HEADING.matcher(lines[line - 1]);
        if (own.matches() && !own.group(1).isBlank()) {
            return "heading '" + own.group(1).strip() + "'";
        }
        return section == null ? "the narrative" : "section '" + section + "'";
    }

    private static String hint(String[] lines, int line) {
        int close = frontMatterEnd(lines);
        if (close > 0 && line <= close + 1) {
            return "replace the TODO with the case's own value (CONTRIBUTING.md, 'case.md')";
        }
        return "write this in your own words, citing sources with {{src:key}} and figures with {{obs:park/indicator/as_of}};"
                + " delete the TODO line when done";
    }

    /** The 0-based index of the line closing the front matter, or -1. */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length == 0 || !DELIMITER.matcher(lines[0]).matches()) {
            return -1;
        }
        for (int i = 1; i < lines.length; i++) {
            if (DELIMITER.matcher(lines[i]).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reports TODO markers in the table's rows, and a table with no data rows where the case needs
     * some: commented examples only, or no source at all.
     */
    static void table(CsvSchema schema, CsvTable table, Diagnostics d) {
        for (PlaceholderMarkers.Marker marker : table.placeholders()) {
            String cell = marker.line().split(",", 2)[0].replace("\"", "").strip();
            d.report(marker.origin(), DiagnosticCode.PB503, "a cell still holds a placeholder: " + cell,
                    "replace the TODO with what the source says, or leave the cell empty if it does not say");
        }
        if (!table.rows().isEmpty() || !table.complete()) {
            return;
        }
        if (table.firstComment().isPresent()) {
            Origin at = table.firstComment().get();
            d.report(at, DiagnosticCode.PB503, schema.fileName() + " has " + what(schema) + " yet, only commented example lines",
                    todo(schema));
        } else if (schema == CsvSchema.SOURCES) {
            d.report(table.headerOrigin(), DiagnosticCode.PB503, "sources.csv lists no source yet", todo(schema));
        }
    }

    private static String what(CsvSchema schema) {
        return switch (schema) {
            case SOURCES -> "no source";
            case PARKS -> "no park";
            case ACTORS -> "no actor";
            case OBSERVATIONS -> "no observation";
            case EVENTS -> "no event";
            case STATISTICS -> "no statistic";
            case ZONES -> "no zone";
        };
    }

    private static String todo(CsvSchema schema) {
        return switch (schema) {
            case SOURCES -> "add one row per source the case cites; every other file names these keys in its source column";
            case PARKS -> "add one row per park the case covers, and list its id under 'parks' in case.md";
            case ACTORS -> "add who initiated, developed, owned, financed and operated each park, one row per actor, role and"
                    + " period; if the sources name no one, delete the # lines";
            case OBSERVATIONS -> "add each figure a source reports (enterprises, investment, jobs, area…) with its as-of date"
                    + " and source; if there are none, delete the # lines";
            case EVENTS -> "add the dated milestones (agreement, groundbreaking, opening, MOFCOM confirmation…) with their"
                    + " sources; if there are none, delete the # lines";
            case STATISTICS, ZONES -> "add rows, or delete the file: it is optional";
        };
    }
}
