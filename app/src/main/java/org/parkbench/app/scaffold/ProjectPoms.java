package org.parkbench.app.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two poms a new case module is registered in, edited as text so that their layout and
 * comments stay as they are: {@code cases/pom.xml} gains a {@code <module>} line after the last
 * one, and {@code app/pom.xml} a runtime dependency before the {@code <!-- cases:end -->} marker,
 * each indented like its neighbours. Both edits are prepared (and refused) before anything is written.
 */
final class ProjectPoms {
    static final String BEGIN = "<!-- cases:begin -->";
    static final String END = "<!-- cases:end -->";
    private static final Pattern PARENT_VERSION = Pattern.compile("<parent>.*?<version>\\s*([^<\\s]+)\\s*</version>.*?</parent>",
            Pattern.DOTALL);

    private final Path casesPom;
    private final Path appPom;
    private final String casesText;
    private final String appText;

    private ProjectPoms(Path casesPom, Path appPom, String casesText, String appText) {
        this.casesPom = casesPom;
        this.appPom = appPom;
        this.casesText = casesText;
        this.appText = appText;
    }

    /**
     * The poms of the project at {@code home}.
     *
     * @throws ScaffoldRefusedException when {@code home} is not a Parkbench checkout with both poms and their markers
     */
    static ProjectPoms of(Path home) throws ScaffoldRefusedException {
        Path cases = home.resolve("cases").resolve("pom.xml");
        Path app = home.resolve("app").resolve("pom.xml");
        if (!Files.isRegularFile(cases) || !Files.isRegularFile(app) || !Files.isRegularFile(home.resolve("pom.xml"))) {
            throw new ScaffoldRefusedException(home + " is not a Parkbench checkout (it has no cases/pom.xml and app/pom.xml);"
                    + " run new-case through the ./parkbench launcher at the root of the project, or make a data-only case"
                    + " with --data-only --dir DIR");
        }
        try {
            String casesText = Files.readString(cases, StandardCharsets.UTF_8);
            String appText = Files.readString(app, StandardCharsets.UTF_8);
            if (!casesText.contains("</modules>")) {
                throw new ScaffoldRefusedException("cases/pom.xml has no <modules> section to add the new module to");
            }
            int begin = appText.indexOf(BEGIN);
            int end = appText.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new ScaffoldRefusedException("app/pom.xml has no " + BEGIN + " … " + END + " markers around the case"
                        + " dependencies; restore them (see git) so that new-case can add the module");
            }
            return new ProjectPoms(cases, app, casesText, appText);
        } catch (IOException e) {
            throw new ScaffoldRefusedException("cannot read the project's poms: " + e.getMessage());
        }
    }

    /** The version every module of the project has (the parent's, as cases/pom.xml names it). */
    String version() throws ScaffoldRefusedException {
        Matcher m = PARENT_VERSION.matcher(casesText);
        if (!m.find()) {
            throw new ScaffoldRefusedException("cases/pom.xml names no parent version");
        }
        return m.group(1);
    }

    /** Whether either pom already names the module. */
    boolean registers(NewCase request) {
        return casesText.contains("<module>" + request.id() + "</module>")
                || appText.contains("<artifactId>" + request.artifactId() + "</artifactId>");
    }

    /** Adds the module to both poms. */
    void register(NewCase request) throws IOException {
        String cases = withModule(casesText, request.id());
        String app = withDependency(appText, request.artifactId());
        Files.writeString(casesPom, cases, StandardCharsets.UTF_8);
        try {
            Files.writeString(appPom, app, StandardCharsets.UTF_8);
        } catch (IOException e) {
            Files.writeString(casesPom, casesText, StandardCharsets.UTF_8);
            throw e;
        }
    }

    static String withModule(String pom, String id) {
        int close = pom.indexOf("</modules>");
        int lastModule = pom.lastIndexOf("<module>", close);
        int open = pom.lastIndexOf("<modules>", close);
        int moduleLineStart = pom.lastIndexOf('\n', Math.max(lastModule, 0)) + 1;
        int lineEnd = pom.indexOf('\n', Math.max(lastModule, 0));
        if (lastModule > open && lineEnd > 0 && lineEnd < close && pom.substring(moduleLineStart, lastModule).isBlank()) {
            String indent = pom.substring(moduleLineStart, lastModule);
            String eol = lineEnd > 0 && pom.charAt(lineEnd - 1) == '\r' ? "\r\n" : "\n";
            return pom.substring(0, lineEnd + 1) + indent + "<module>" + id + "</module>" + eol + pom.substring(lineEnd + 1);
        }
        int lineStart = pom.lastIndexOf('\n', close) + 1;
        String indent = pom.substring(lineStart, close);
        if (!indent.isBlank()) {
            return pom.substring(0, close) + "<module>" + id + "</module>" + pom.substring(close);
        }
        return pom.substring(0, lineStart) + indent + "  <module>" + id + "</module>\n" + pom.substring(lineStart);
    }

    static String withDependency(String pom, String artifactId) {
        int end = pom.indexOf(END);
        int lineStart = pom.lastIndexOf('\n', end) + 1;
        String indent = pom.substring(lineStart, end);
        String eol = pom.indexOf("\r\n") >= 0 ? "\r\n" : "\n";
        if (!indent.isBlank()) {
            lineStart = end;
            indent = "";
        }
        String line = indent + "<dependency><groupId>org.parkbench</groupId><artifactId>" + artifactId
                + "</artifactId><version>${project.version}</version><scope>runtime</scope></dependency>" + eol;
        return pom.substring(0, lineStart) + line + pom.substring(lineStart);
    }
}
