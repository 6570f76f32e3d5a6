package org.parkbench.exercises.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parkbench.exercises.export.CanvasXml.check;
import static org.parkbench.exercises.export.CanvasXml.elements;
import static org.parkbench.exercises.export.CanvasXml.first;
import static org.parkbench.exercises.export.CanvasXml.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathExpressionException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parkbench.core.language.Language;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.load.ShippedCourse;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The first half of a Canvas import, for real: Canvas turns an uploaded QTI 1.2 zip into QTI 2
 * with Instructure's QTI Migration Tool ({@code migrate.py --ucvars --nogui --overwrite
 * --cpout=OUT IN}) and then reads the QTI 2 with the selectors of its {@code Qti::} converters.
 * This test runs the tool on the shipped course's Canvas package and applies those selectors with
 * the JDK's DOM and XPath: the question type Canvas picks the converter by, the points, the
 * numeric exact answer ({@code or > stringMatch}) and margin ({@code customOperator.varlte} −
 * exact, with no {@code vargt} that would make it a precision answer), the right choices, the
 * matching pairs (whose matches the importer numbers by the digits of their idents) and the
 * question groups; and every quiz is checked against the QTI 1.2 DTD the tool ships. The tool is
 * not part of the build: set {@code PARKBENCH_QTI_MIGRATION_TOOL} to
 * its {@code migrate.py} (it needs Python 3 with lxml: {@code PARKBENCH_PYTHON} names the interpreter
 * when {@code python3} on the PATH lacks it); without it the test is skipped, saying so.
 */
class CanvasImportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Language.class)
    void canvasMigrationToolTurnsEveryQuestionIntoWhatCanvasImportsWithTheModelsKey(Language language) throws Exception {
        String tool = System.getenv("PARKBENCH_QTI_MIGRATION_TOOL");
        Assumptions.assumeTrue(tool != null && Files.isRegularFile(Path.of(tool)),
                "PARKBENCH_QTI_MIGRATION_TOOL does not name Instructure's QTI Migration Tool (migrate.py), so the Canvas"
                        + " package was not converted as Canvas converts it");
        ExerciseSet set = ShippedCourse.exercises(language);
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        for (Map.Entry<String, byte[]> f : CanvasExporterTest.unzip(new CanvasExporter(set).zip()).entrySet()) {
            Path target = in.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        String log = run(tool, out, in);

        Document manifest = parse(out.resolve("imsmanifest.xml"));
        Node tests = tests(out);
        List<String> problems = new ArrayList<>();
        for (Exercise e : set.exercises()) {
            for (ExerciseVariant v : set.variants(e.id())) {
                String ident = ExportIdentifier.of("item-", v);
                String name = e.id() + " v" + v.index();
                Element resource = first(manifest, "//*[local-name()='resource'][@identifier='" + ident + "']");
                if (resource == null) {
                    problems.add(name + ": not converted");
                    continue;
                }
                String type = attribute(resource, ".//*[local-name()='instructureField'][@name='question_type']/@value");
                check(problems, name + " question_type", type, CanvasItem.questionType(e.type()));
                Document item = parse(out.resolve(resource.getAttribute("href")));
                check(problems, name + " points_possible",
                        attribute(item, "//*[local-name()='instructureField'][@name='points_possible']/@value"), String.valueOf(e.points()));
                checkKey(problems, name, item, v);
            }
            if (e.variantCount() > 1) {
                Element section = first(tests,
                        "//*[local-name()='assessmentSection'][@identifier='" + ExportIdentifier.of("group-", e.id()) + "']");
                if (section == null) {
                    problems.add(e.id() + ": no group");
                    continue;
                }
                check(problems, e.id() + " selection", attribute(section, "*[local-name()='selection']/@select"), "1");
                check(problems, e.id() + " points_per_item", text(section, ".//*[local-name()='points_per_item']"), String.valueOf(e.points()));
                check(problems, e.id() + " questions", String.valueOf(elements(section, "*[local-name()='assessmentItemRef']").size()),
                        String.valueOf(e.variantCount()));
            }
        }
        assertThat(problems).as(log).isEmpty();
    }

    /**
     * The IMS QTI 1.2.1 ASI DTD comes with the tool ({@code schemas/ims_qtiasiv1p2p1.dtd}); the
     * shared catalogue has no QTI 1.2 schema. Every quiz is valid against it but for Canvas's own
     * extension of a group's selection ({@code selection_extension} with {@code points_per_item}),
     * which Canvas writes in its exports too. A DTD knows no namespaces, so the quiz is read with
     * its root's namespace declarations left out.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyQuizIsValidQti12ButForCanvasExtensionOfASelection(Language language) throws Exception {
        String tool = System.getenv("PARKBENCH_QTI_MIGRATION_TOOL");
        Assumptions.assumeTrue(tool != null && Files.isRegularFile(Path.of(tool)),
                "PARKBENCH_QTI_MIGRATION_TOOL does not name Instructure's QTI Migration Tool (migrate.py), whose folder has the"
                        + " QTI 1.2 DTD, so the Canvas package was not validated");
        Path dtd = Path.of(tool).toAbsolutePath().getParent().resolve("schemas/ims_qtiasiv1p2p1.dtd");
        assertThat(dtd).exists();
        List<String> errors = new ArrayList<>();
        int quizzes = 0;
        for (Map.Entry<String, byte[]> f : CanvasExporterTest.unzip(new CanvasExporter(ShippedCourse.exercises(language)).zip()).entrySet()) {
            String xml = new String(f.getValue(), StandardCharsets.UTF_8);
            if (!xml.contains("<questestinterop")) {
                continue;
            }
            quizzes++;
            String plain = xml.replaceFirst("<questestinterop[^>]*>", "<!DOCTYPE questestinterop SYSTEM \"" + dtd.toUri()
                    + "\">\n<questestinterop>");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setValidating(true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) {
                    String m = e.getMessage();
                    boolean canvasExtension = m.contains("\"selection_extension\"") || m.contains("\"points_per_item\"")
                            || m.contains("element type \"selection\"");
                    if (!canvasExtension) {
                        errors.add(f.getKey() + ":" + e.getLineNumber() + ": " + m);
                    }
                }
            });
            builder.parse(new ByteArrayInputStream(plain.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(quizzes).isGreaterThan(0);
        assertThat(errors).isEmpty();
    }

    private static void checkKey(List<String> problems, String name, Document item, ExerciseVariant v) throws XPathExpressionException {
        Key key = v.key();
        // the tool adds a rule capping SCORE at the decvar's maximum (gt SCORE 100: set 100); it grades nothing
        List<Element> scored = elements(item, "//*[local-name()='responseIf' or local-name()='responseElseIf']"
                + "[*[local-name()='setOutcomeValue'][@identifier='SCORE']//*[local-name()='baseValue'][number(.) > 0]]"
                + "[not(*[local-name()='gt'][*[local-name()='variable'][@identifier='SCORE']])]");
        if (key instanceof Key.Manual) {
            if (!scored.isEmpty()) {
                problems.add(name + ": an essay Canvas would score");
            }
            return;
        }
        if (scored.isEmpty()) {
            problems.add(name + ": nothing Canvas grades");
            return;
        }
        Map<String, String> choices = new HashMap<>();
        for (Element c : elements(item, "//*[local-name()='simpleChoice']")) {
            choices.put(c.getAttribute("identifier"), c.getTextContent().strip());
        }
        Map<String, String> optionIds = new HashMap<>();
        v.options().forEach(o -> optionIds.put(o.label(), o.id()));
        if (key instanceof Key.Number n) {
            // NumericInteraction#get_canvas_answers
            Element or = first(scored.get(0), "*[local-name()='or']");
            if (or == null || first(or, ".//*[local-name()='customOperator'][@class='vargt']") != null) {
                problems.add(name + ": not an exact answer with a margin");
                return;
            }
            BigDecimal exact = new BigDecimal(text(or, ".//*[local-name()='stringMatch']/*[local-name()='baseValue']"));
            BigDecimal upper = new BigDecimal(text(or, ".//*[local-name()='and']/*[local-name()='customOperator'][@class='varlte']"
                    + "/*[local-name()='baseValue']"));
            if (exact.compareTo(n.key()) != 0 || upper.subtract(exact).compareTo(n.margin()) != 0) {
                problems.add(name + ": exact " + exact + " margin " + upper.subtract(exact) + ", the model's " + n.key() + " ± " + n.margin());
            }
        } else if (key instanceof Key.Choices c) {
            // ChoiceInteraction#process_response_conditions
            Set<String> right = new TreeSet<>();
            String path = v.type() == ExerciseType.SINGLE_CHOICE ? "*[local-name()='match']/*[local-name()='baseValue']"
                    : "*[local-name()='and']/*[local-name()='member']/*[local-name()='baseValue']";
            for (Element b : elements(scored.get(0), path)) {
                right.add(optionIds.get(choices.get(b.getTextContent().strip())));
            }
            check(problems, name + " right choices", right.toString(), new TreeSet<>(c.correct()).toString());
        } else {
            // AssociateInteraction#get_canvas_matches and #get_canvas_answers
            Set<Integer> matchIds = new HashSet<>();
            for (String id : choices.keySet()) {
                Matcher digits = Pattern.compile("(\\d+)").matcher(id);
                if (!digits.find() || !matchIds.add(Integer.parseInt(digits.group(1)))) {
                    problems.add(name + ": match " + id + " gets no id of its own");
                }
            }
            Map<String, String> pairs = new TreeMap<>();
            for (Element interaction : elements(item, "//*[local-name()='choiceInteraction']")) {
                String left = text(interaction, "*[local-name()='prompt']");
                Element condition = first(item, "//*[local-name()='responseIf' or local-name()='responseElseIf']"
                        + "[*[local-name()='setOutcomeValue'][@identifier='SCORE']/*[local-name()='sum']]"
                        + "[*[local-name()='match']/*[local-name()='variable'][@identifier='" + interaction.getAttribute("responseIdentifier")
                        + "']]");
                pairs.put(left, condition == null ? null : choices.get(text(condition, "*[local-name()='match']/*[local-name()='baseValue']")));
            }
            Map<String, String> expected = new TreeMap<>();
            if (key instanceof Key.Classification c) {
                v.options().forEach(o -> expected.put(o.label(), c.models().get(o.id()).label(v.exercise().header().language())));
            } else if (key instanceof Key.Sequence s) {
                Map<String, String> byId = new HashMap<>();
                v.options().forEach(o -> byId.put(o.id(), o.label()));
                List<String> lefts = new ArrayList<>(pairs.keySet());
                Map<String, String> byPosition = new TreeMap<>();
                for (String left : lefts) {
                    Matcher m = Pattern.compile("\\d+").matcher(left);
                    byPosition.put(m.find() ? String.format("%03d", Integer.parseInt(m.group())) : left, pairs.get(left));
                }
                pairs = byPosition;
                for (int i = 0; i < s.order().size(); i++) {
                    expected.put(String.format("%03d", i + 1), byId.get(s.order().get(i)));
                }
            }
            check(problems, name + " pairs", pairs.toString(), expected.toString());
        }
    }

    private static Node tests(Path out) throws Exception {
        // the groups are in the converted tests, one per quiz; search them all through one document
        Document all = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element root = all.createElement("tests");
        all.appendChild(root);
        try (var files = Files.list(out.resolve("assessmentTests"))) {
            for (Path f : files.sorted().toList()) {
                root.appendChild(all.importNode(parse(f).getDocumentElement(), true));
            }
        }
        return all;
    }

    private static String run(String tool, Path out, Path in) throws IOException, InterruptedException {
        String python = System.getenv().getOrDefault("PARKBENCH_PYTHON", "python3");
        List<String> command = List.of(python, tool, "--ucvars", "--nogui", "--overwrite", "--cpout=" + out, in.toString());
        Process p = new ProcessBuilder(command).directory(Path.of(tool).toAbsolutePath().getParent().toFile()).redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the migration tool finished").isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        return log;
    }

    private static String attribute(Node context, String path) throws XPathExpressionException {
        return text(context, path);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }
}
