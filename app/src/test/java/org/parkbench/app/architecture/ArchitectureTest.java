package org.parkbench.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dependency direction of ARCHITECTURE.md, checked over every Parkbench class on the test
 * classpath (sibling modules arrive as jars or class folders; both are imported):
 * site → exercises, charts → core ← cases. Written with ArchUnit's core rules only.
 */
@AnalyzeClasses(packages = "org.parkbench", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
    /**
     * Test classes that arrive as a sibling's test jar under {@code verify} (the site's test kit):
     * {@code DoNotIncludeTests} knows test class folders only, and a test's use of another
     * package's fixtures is no dependency of the code.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final String CORE = "org.parkbench.core..";
    private static final String CASES = "org.parkbench.cases..";
    private static final String CHARTS = "org.parkbench.charts..";
    private static final String EXERCISES = "org.parkbench.exercises..";
    private static final String SITE = "org.parkbench.site..";

    @ArchTest
    static final ArchRule nothingUsesTheSite = noClasses().that().resideInAnyPackage(CORE, CASES, CHARTS, EXERCISES)
            .should().dependOnClassesThat().resideInAPackage(SITE)
            .because("the site is the top: nothing below it may know it");

    @ArchTest
    static final ArchRule nothingUsesACase = noClasses().that().resideInAnyPackage(CORE, CHARTS, EXERCISES, SITE)
            .should().dependOnClassesThat().resideInAPackage(CASES)
            .because("cases plug in through core's service interface, never by name");

    @ArchTest
    static final ArchRule onlyTheSiteUsesCharts = noClasses().that().resideInAnyPackage(CORE, CASES, EXERCISES)
            .should().dependOnClassesThat().resideInAPackage(CHARTS)
            .because("charts are drawn for the site");

    @ArchTest
    static final ArchRule onlyTheSiteUsesExercises = noClasses().that().resideInAnyPackage(CORE, CASES, CHARTS)
            .should().dependOnClassesThat().resideInAPackage(EXERCISES)
            .because("exercises are shown and exported by the site");

    @ArchTest
    static final ArchRule coreKnowsNoRendering = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "org.apache.velocity..",
                    "org.commonmark..", "org.jsoup..", "picocli..")
            .because("core is the domain: rendering belongs to charts and site");

    @ArchTest
    static final ArchRule casesKnowOnlyCore = noClasses().that().resideInAPackage(CASES)
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "org.apache.velocity..")
            .because("a case module depends on core only");

    @ArchTest
    static final ArchRule oneCsvWriter = noClasses().that().resideOutsideOfPackage("org.parkbench.core.csv")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
            .because("every CSV is written by SpreadsheetCsv, with its formula guard (docs/decisions/008-csv-output.md)");

    @ArchTest
    static final ArchRule noDumpingGrounds = noClasses().should()
            .resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..manager..", "..impl..")
            .because("packages say what they hold");

    /** No two packages of Parkbench depend on each other, directly or round a longer loop. */
    @ArchTest
    static void noPackageCycles(JavaClasses classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : classes) {
            Set<String> targets = uses.computeIfAbsent(c.getPackageName(), k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith("org.parkbench.") && !target.equals(c.getPackageName())) {
                    targets.add(target);
                }
            }
        }
        assertThat(cycles(uses)).as("package cycles").isEmpty();
    }

    /** Each cycle of the package graph once, as the packages round it (strongly connected parts of two or more). */
    static List<List<String>> cycles(Map<String, Set<String>> uses) {
        // Tarjan's algorithm, iterative over the few hundred packages
        Map<String, Integer> index = new TreeMap<>();
        Map<String, Integer> low = new TreeMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        for (String start : uses.keySet()) {
            if (!index.containsKey(start)) {
                visit(start, uses, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void visit(String p, Map<String, Set<String>> uses, Map<String, Integer> index, Map<String, Integer> low,
                              Deque<String> stack, Set<String> onStack, List<List<String>> found) {
        index.put(p, index.size());
        low.put(p, index.get(p));
        stack.push(p);
        onStack.add(p);
        for (String q : uses.getOrDefault(p, Set.of())) {
            if (!index.containsKey(q)) {
                visit(q, uses, index, low, stack, onStack, found);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (onStack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            List<String> part = new ArrayList<>();
            String q;
            do {
                q = stack.pop();
                onStack.remove(q);
                part.add(q);
            } while (!q.equals(p));
            if (part.size() > 1) {
                found.add(part);
            }
        }
    }
}
