package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.CaseStatus;
import org.parkbench.core.model.Confidence;
import org.parkbench.core.model.Corridor;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.LocationPrecision;
import org.parkbench.core.model.ParkStatus;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.ObservationScope;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;
import org.parkbench.core.model.Variant;
import org.parkbench.core.model.Verification;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.spi.CaseModules;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import picocli.CommandLine;

/**
 * CONTRIBUTING.md against the code: every diagnostic code the validator can emit is documented with
 * an example and a fix (and no other code is), every column of every data file with its type, every
 * allowed word, every command it shows exists, and its worked example loads without a single
 * diagnostic.
 */
class ContributingGuideTest {
    private static final Pattern CODE_HEADING = Pattern.compile("(?m)^### (PB\\d{3}) — (.+) \\((error|warning)\\)$");
    private static final Pattern FILE_BLOCK = Pattern.compile("(?ms)^```\\w+ file=(\\S+)\\n(.*?)^```$");
    private static String guide;

    @TempDir
    Path temp;

    @BeforeAll
    static void read() throws IOException {
        Path file = Path.of("").toAbsolutePath().getParent().resolve("CONTRIBUTING.md");
        assertThat(file).as("CONTRIBUTING.md at the repository root").isRegularFile();
        guide = Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void everyDiagnosticCodeHasASectionWithItsTitleSeverityExampleAndFix() {
        Map<String, String> sections = codeSections();
        assertThat(sections.keySet()).containsExactlyElementsOf(Arrays.stream(DiagnosticCode.values()).map(Enum::name).toList());
        Matcher m = CODE_HEADING.matcher(guide);
        while (m.find()) {
            DiagnosticCode code = DiagnosticCode.valueOf(m.group(1));
            assertThat(m.group(2)).as(code.name()).isEqualTo(code.title());
            assertThat(m.group(3)).as(code.name()).isEqualTo(code.severity().word());
        }
        sections.forEach((code, text) -> {
            String severity = DiagnosticCode.valueOf(code).severity().word();
            assertThat(text).as(code + " has an example as the validator prints it")
                    .containsPattern("(?m)^\\S+:\\d+:\\d+: " + severity + ": \\[" + code + "] \\S");
            assertThat(text).as(code + " says how to fix it").contains("**Fix:**");
        });
    }

    @Test
    void noCodeIsNamedThatTheValidatorDoesNotHave() {
        Set<String> known = Arrays.stream(DiagnosticCode.values()).map(Enum::name).collect(Collectors.toSet());
        Matcher m = Pattern.compile("PB\\d{3}").matcher(guide);
        Set<String> named = new TreeSet<>();
        while (m.find()) {
            named.add(m.group());
        }
        assertThat(known).containsAll(named);
    }

    @Test
    void everyColumnOfEveryDataFileIsDocumentedWithItsTypeAndAnExampleRow() throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String file : List.of("sources.csv", "parks.csv", "actors.csv", "observations.csv", "events.csv")) {
            headers.put(file, header(scaffoldTemplate(file)));
        }
        Path overview = CaseModules.discover().stream().filter(c -> c.id().equals("overview")).findFirst().orElseThrow().dataDirectory();
        for (String file : List.of("statistics.csv", "zones.csv")) {
            headers.put(file, header(Files.readString(overview.resolve(file), StandardCharsets.UTF_8)));
        }
        headers.forEach((file, columns) -> {
            String section = section("### " + file);
            List<String[]> rows = tableRows(section);
            assertThat(rows).as(file).extracting(r -> r[0]).containsExactlyElementsOf(columns.stream().map(c -> "`" + c + "`").toList());
            assertThat(rows).as(file + ": every column has a type and says whether it is required")
                    .allSatisfy(r -> assertThat(r[1]).isNotBlank()).allSatisfy(r -> assertThat(r[2]).isIn("yes", "no", "with lat/lon"));
            Matcher example = Pattern.compile("(?m)^Example: `(.+)`$").matcher(section);
            assertThat(example.find()).as(file + " has an example row").isTrue();
            assertThat(parse(example.group(1)).get(0).size()).as(file + " example has one field per column").isEqualTo(columns.size());
        });
    }

    @Test
    void everyAllowedWordIsListed() {
        List<Class<? extends Enum<?>>> vocabularies = List.of(ActorKind.class, Role.class, Confidence.class, Corridor.class,
                LocationPrecision.class, ParkStatus.class, Qualifier.class, ObservationKind.class, ObservationScope.class, Sector.class, StatisticScope.class, Variant.class,
                Verification.class, DevelopmentModel.class, CaseStatus.class, Indicator.class, Unit.class);
        for (Class<? extends Enum<?>> type : vocabularies) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String word = ((Vocabulary) constant).word();
                assertThat(guide).as(type.getSimpleName()).contains("`" + word + "`");
            }
        }
    }

    @Test
    void everyCommandItShowsExists() {
        Set<String> commands = new CommandLine(new ParkbenchCommand()).getSubcommands().keySet();
        Matcher m = Pattern.compile("\\./parkbench ([a-z-]+)").matcher(guide);
        List<String> shown = new ArrayList<>();
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertThat(shown).isNotEmpty();
        assertThat(commands).containsAll(shown);
    }

    @Test
    void theWorkedExampleLoadsWithoutASingleDiagnostic() throws IOException {
        Path dir = temp.resolve("pengsheng");
        Matcher m = FILE_BLOCK.matcher(guide);
        List<String> files = new ArrayList<>();
        while (m.find()) {
            Path file = dir.resolve(m.group(1));
            Files.createDirectories(file.getParent());
            Files.writeString(file, m.group(2), StandardCharsets.UTF_8);
            files.add(m.group(1));
        }
        assertThat(files).contains("case.md", "sources.csv", "parks.csv", "actors.csv", "observations.csv", "events.csv",
                "exercises/pengsheng-model.md");

        List<CaseInput> inputs = new ArrayList<>(CasebookLoader.shipped());
        inputs.add(new CaseInput(dir, "pengsheng"));
        CasebookLoad load = CasebookLoader.load(inputs);
        assertThat(load.casebook().diagnostics()).filteredOn(d -> d.origin().file().startsWith("pengsheng/"))
                .extracting(Diagnostic::format).isEmpty();
        assertThat(load.casebook().errors()).isEmpty();

        Loaded<ExerciseSet> exercises = ExerciseLoader.load(load.casebook().value());
        List<Diagnostic> all = new ArrayList<>(exercises.diagnostics());
        exercises.result().ifPresent(set -> all.addAll(set.unassessedObjectiveWarnings()));
        assertThat(all).filteredOn(d -> d.origin().file().startsWith("pengsheng/")).extracting(Diagnostic::format).isEmpty();
        assertThat(exercises.value().exercises("pengsheng")).extracting(e -> e.id())
                .containsExactly("pengsheng-model", "pengsheng-single-source");
    }

    private static Map<String, String> codeSections() {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = CODE_HEADING.matcher(guide);
        List<int[]> starts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start()});
            codes.add(m.group(1));
        }
        for (int i = 0; i < codes.size(); i++) {
            int end = i + 1 < codes.size() ? starts.get(i + 1)[0] : nextHeading(starts.get(i)[0] + 1, "\n## ");
            sections.put(codes.get(i), guide.substring(starts.get(i)[0], end));
        }
        return sections;
    }

    /** The text from {@code heading} (a line of its own) to the next heading of the same or a higher level. */
    private static String section(String heading) {
        int start = guide.indexOf("\n" + heading + "\n");
        if (start < 0) {
            start = guide.indexOf("\n" + heading + " ");
        }
        assertThat(start).as("section '%s'", heading).isNotNegative();
        int end = Math.min(nextHeading(start + 1, "\n### "), nextHeading(start + 1, "\n## "));
        return guide.substring(start, end);
    }

    private static int nextHeading(int from, String marker) {
        int i = guide.indexOf(marker, from);
        return i < 0 ? guide.length() : i;
    }

    /** The cells of the first Markdown table in {@code section}, header and rule excepted. */
    private static List<String[]> tableRows(String section) {
        List<String[]> rows = new ArrayList<>();
        boolean inTable = false;
        int seen = 0;
        for (String line : section.lines().toList()) {
            if (line.startsWith("|")) {
                inTable = true;
                if (seen++ >= 2) {
                    String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                    rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
                }
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }

    private static String scaffoldTemplate(String file) throws IOException {
        try (InputStream in = ContributingGuideTest.class.getClassLoader().getResourceAsStream("parkbench/scaffold/case/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> header(String csv) throws IOException {
        return parse(csv.lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow()).get(0).toList();
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
