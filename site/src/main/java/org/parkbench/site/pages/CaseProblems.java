package org.parkbench.site.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;

/**
 * Problems in case data that only show when a page is built, reported as diagnostics at the line
 * and column of {@code case.md} where they are (found by re-reading the file).
 */
final class CaseProblems {
    private CaseProblems() {
    }

    static Diagnostic unresolvedCitation(CaseStudy c, String token) {
        String file = c.displayDirectory() + "/case.md";
        Origin where = new Origin(file, 0, 0);
        try {
            Path md = c.directory().resolve("case.md");
            if (Files.isRegularFile(md)) {
                String text = Files.readString(md, StandardCharsets.UTF_8);
                int at = text.indexOf(token);
                if (at >= 0) {
                    int line = 1 + (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count();
                    int column = at - text.lastIndexOf('\n', at - 1);
                    where = new Origin(file, line, column);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the position is a convenience; the message still names the citation
        }
        boolean obs = token.startsWith("{{obs:");
        return Diagnostic.of(where, obs ? DiagnosticCode.PB302 : DiagnosticCode.PB303,
                "citation " + token + " names no " + (obs ? "observation" : "source") + " of case " + c.id(),
                obs ? "write {{obs:park/indicator/as_of}} with a park, indicator and as_of that observations.csv has"
                        : "write {{src:key}} with a key from sources.csv");
    }
}
