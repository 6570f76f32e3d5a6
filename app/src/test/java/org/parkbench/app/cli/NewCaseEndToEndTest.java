package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.spi.CaseModule;
import org.parkbench.core.spi.CaseModules;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.w3c.dom.Document;

/**
 * {@code new-case} end to end, in a temporary copy of the project's poms: the module it writes
 * compiles and its own test passes, it is registered in both poms, the case loads as a draft with
 * placeholder warnings only and shows in the site; filled with a minimal invented park it builds a
 * case page with its figure, and its filled exercise loads against the data.
 */
class NewCaseEndToEndTest {
    private static final String ID = "great-stone";
    private static final String DATA = "cases/great-stone/src/main/resources/parkbench/cases/great-stone";

    @TempDir
    Path temp;

    private Path project;

    private ScaffoldedCase scaffold() throws IOException {
        project = ScaffoldedCase.projectCopy(temp.resolve("parkbench"));
        CommandRun run = ScaffoldedCase.withHome(project, () -> CommandRun.of("new-case", ID, "--model", "government-driven",
                "--country", "BY"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Created the case 'great-stone' (status: draft) in cases/great-stone",
                "./parkbench validate cases/great-stone", "mvn -B -q -pl cases/great-stone -am verify");
        return new ScaffoldedCase(project.resolve(DATA));
    }

    @Test
    void writesTheModuleAndRegistersItInBothPoms() throws Exception {
        String casesBefore = Files.readString(ScaffoldedCase.projectCopy(temp.resolve("before")).resolve("cases/pom.xml"));
        String appBefore = Files.readString(temp.resolve("before/app/pom.xml"));
        scaffold();

        try (var files = Files.walk(project.resolve("cases/great-stone"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> project.resolve("cases/great-stone").relativize(p).toString()).sorted())
                    .containsExactly(
                            "pom.xml",
                            "src/main/java/org/parkbench/cases/greatstone/GreatStoneCase.java",
                            "src/main/resources/META-INF/services/org.parkbench.core.spi.CaseModule",
                            "src/main/resources/parkbench/cases/great-stone/actors.csv",
                            "src/main/resources/parkbench/cases/great-stone/case.md",
                            "src/main/resources/parkbench/cases/great-stone/events.csv",
                            "src/main/resources/parkbench/cases/great-stone/exercises/great-stone-classify.md",
                            "src/main/resources/parkbench/cases/great-stone/exercises/great-stone-evidence.md",
                            "src/main/resources/parkbench/cases/great-stone/exercises/great-stone-jobs-per-km2.md",
                            "src/main/resources/parkbench/cases/great-stone/exercises/great-stone-milestones.md",
                            "src/main/resources/parkbench/cases/great-stone/exercises/great-stone-model.md",
                            "src/main/resources/parkbench/cases/great-stone/exercises/great-stone-sources-disagree.md",
                            "src/main/resources/parkbench/cases/great-stone/observations.csv",
                            "src/main/resources/parkbench/cases/great-stone/parks.csv",
                            "src/main/resources/parkbench/cases/great-stone/sources.csv",
                            "src/test/java/org/parkbench/cases/greatstone/GreatStoneCaseTest.java");
        }
        assertThat(project.resolve("cases/great-stone/src/main/resources/META-INF/services/org.parkbench.core.spi.CaseModule"))
                .hasContent("org.parkbench.cases.greatstone.GreatStoneCase");

        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(project.resolve("cases/great-stone/pom.xml").toFile());
        assertThat(text(pom, "parent", "artifactId")).isEqualTo("parkbench-cases");
        assertThat(text(pom, "parent", "version")).isEqualTo(text(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(project.resolve("pom.xml").toFile()), "project", "version"));
        assertThat(text(pom, "project", "artifactId")).isEqualTo("parkbench-case-great-stone");

        assertThat(added(casesBefore, Files.readString(project.resolve("cases/pom.xml")))).containsExactly("    <module>great-stone</module>");
        String app = Files.readString(project.resolve("app/pom.xml"));
        assertThat(added(appBefore, app)).containsExactly("    <dependency><groupId>org.parkbench</groupId><artifactId>"
                + "parkbench-case-great-stone</artifactId><version>${project.version}</version><scope>runtime</scope></dependency>");
        assertThat(app.indexOf("parkbench-case-great-stone")).isBetween(app.indexOf("<!-- cases:begin -->"), app.indexOf("<!-- cases:end -->"));
    }

    @Test
    void theModuleCompilesItsTestPassesAndTheDraftShowsInTheSite() throws Exception {
        ScaffoldedCase scaffolded = scaffold();
        Path module = project.resolve("cases/great-stone");
        Path classes = temp.resolve("classes");
        assertThat(ScaffoldedCase.compile(module, classes)).isEmpty();

        try (URLClassLoader loader = ScaffoldedCase.classLoader(classes, module)) {
            CaseModule found = CaseModules.discover(loader).stream().filter(m -> m.id().equals(ID)).findFirst().orElseThrow();
            assertThat(found.getClass().getName()).isEqualTo("org.parkbench.cases.greatstone.GreatStoneCase");
            runGeneratedTest(loader);

            Loaded<CaseStudy> loaded = CaseLoader.load(CaseInput.of(found));
            assertThat(loaded.errors()).isEmpty();
            assertThat(loaded.value().isDraft()).isTrue();
            assertThat(loaded.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.code().name()).isEqualTo("PB503"));

            CommandRun validate = ScaffoldedCase.withHome(project, () -> CommandRun.of("validate", scaffolded.dataDirectory().toString()));
            assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
            assertThat(validate.out()).contains("/great-stone/parks.csv:2:1: warning: [PB503] parks.csv has no park yet",
                    "/great-stone/case.md:3:9: warning: [PB503] front matter field 'title' still holds a placeholder",
                    "/great-stone/case.md:19:1: warning: [PB503] section 'Context' still holds a placeholder",
                    "0 errors");

            Path out = temp.resolve("site");
            CommandRun build = ScaffoldedCase.withHome(project, () -> ScaffoldedCase.withContextLoader(loader,
                    () -> CommandRun.of("build", "--no-figures", "--out", out.toString())));
            assertThat(build.exitCode()).as(build.err()).isZero();
            String page = Files.readString(out.resolve("en/cases/great-stone.html"), StandardCharsets.UTF_8);
            assertThat(page).contains("class=\"draft-banner\"", "<span class=\"draft\">draft</span>");
            assertThat(Files.readString(out.resolve("en/index.html"))).contains("cases/great-stone.html");
        }
    }

    @Test
    void filledWithAMinimalParkItsPageHasTheFigureAndItsExerciseLoads() throws Exception {
        ScaffoldedCase scaffolded = scaffold().fillMinimalPark()
                .fillExercise(ID, "model");
        Path module = project.resolve("cases/great-stone");
        Path classes = temp.resolve("classes");
        assertThat(ScaffoldedCase.compile(module, classes)).isEmpty();

        try (URLClassLoader loader = ScaffoldedCase.classLoader(classes, module)) {
            CaseModule found = CaseModules.discover(loader).stream().filter(m -> m.id().equals(ID)).findFirst().orElseThrow();
            Loaded<CaseStudy> loaded = CaseLoader.load(CaseInput.of(found));
            assertThat(loaded.diagnostics()).extracting(d -> d.format()).isEmpty();

            List<CaseInput> inputs = new ArrayList<>(CasebookLoader.shipped());
            inputs.add(CaseInput.of(found));
            Casebook casebook = CasebookLoader.load(inputs).casebook().value();
            Loaded<ExerciseSet> exercises = ExerciseLoader.load(casebook);
            assertThat(exercises.errors()).isEmpty();
            assertThat(exercises.value().exercises(ID)).extracting(e -> e.id()).containsExactly("great-stone-model");
            assertThat(exercises.diagnostics()).filteredOn(d -> d.origin().file().contains("great-stone") && d.code().name().equals("PB503"))
                    .hasSize(5);

            Path course = temp.resolve("course.yml");
            Files.writeString(course, """
                    title: "A course with the new case"
                    sessions:
                      - title: "Week 1"
                        cases: [great-stone]
                    """);
            Path out = temp.resolve("site");
            CommandRun build = ScaffoldedCase.withHome(project, () -> ScaffoldedCase.withContextLoader(loader,
                    () -> CommandRun.of("build", "--course", course.toString(), "--out", out.toString())));
            assertThat(build.exitCode()).as(build.err()).isZero();
            String page = Files.readString(out.resolve("cases/great-stone.html"), StandardCharsets.UTF_8);
            assertThat(page).contains("Great Stone Test Park", "<img src=\"../figures/great-stone-park-stakes.svg\"",
                    "id=\"exercises\"", "class=\"draft-banner\"");
            assertThat(out.resolve("figures/great-stone-park-stakes.svg")).isNotEmptyFile();
            assertThat(scaffolded.read("case.md")).doesNotContain("TODO");
        }
    }

    /** Runs the module's own generated test, as Maven would. */
    private static void runGeneratedTest(ClassLoader loader) throws Exception {
        Class<?> test = loader.loadClass("org.parkbench.cases.greatstone.GreatStoneCaseTest");
        Constructor<?> constructor = test.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object instance = constructor.newInstance();
        Method method = test.getDeclaredMethod("loadsWithoutErrors");
        method.setAccessible(true);
        method.invoke(instance);
    }

    private static String text(Document pom, String parent, String child) {
        var parents = pom.getElementsByTagName(parent);
        for (int i = 0; i < parents.getLength(); i++) {
            var children = parents.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j).getNodeName().equals(child)) {
                    return children.item(j).getTextContent().strip();
                }
            }
        }
        return null;
    }

    /** The lines of {@code after} that {@code before} does not have, with the rest unchanged in order. */
    private static List<String> added(String before, String after) {
        List<String> remaining = new ArrayList<>(after.lines().toList());
        List<String> old = before.lines().toList();
        List<String> extra = new ArrayList<>();
        int i = 0;
        for (String line : remaining) {
            if (i < old.size() && old.get(i).equals(line)) {
                i++;
            } else {
                extra.add(line);
            }
        }
        assertThat(i).as("every original line is kept, in order").isEqualTo(old.size());
        return extra;
    }
}
