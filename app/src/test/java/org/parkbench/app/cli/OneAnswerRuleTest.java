package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.exercises.check.StudentCheck;
import org.parkbench.exercises.grade.ExerciseScore;
import org.parkbench.exercises.grade.FileResult;
import org.parkbench.exercises.grade.Grader;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;
import org.parkbench.exercises.variant.VariantChooser;

/**
 * One answer rule everywhere (docs/exercise-format.md, "Keys"): for every numeric exercise and
 * variant of the shipped course, answers at and around the edges of what is right are put to the
 * site's checker (check.js in Node, with the check data a page carries), to {@code grade} (an answer
 * file per student whose variant it is) and to each export as the LMS reads it (GIFT through
 * gift-pegjs, the QTI 2.1 items' {@code equal} with its tolerance, Moodle XML's answer and
 * tolerance, Canvas's exact answer and margin). All must take the same answers: the closed interval
 * rounded key ± margin, where an LMS compares the typed number with the printed key.
 */
class OneAnswerRuleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static CourseExercises course;
    static List<Probe> probes;

    /** One typed answer to one variant, and whether the rule says it is right. */
    record Probe(ExerciseVariant variant, String typed, boolean right) {
        String name() {
            return variant.exerciseId() + " v" + variant.index() + " " + typed;
        }
    }

    @BeforeAll
    static void load() {
        StringWriter err = new StringWriter();
        course = CourseExercises.loadOrReport(null, Language.EN, new PrintWriter(err));
        assertThat(course).as(err.toString()).isNotNull();
        probes = new ArrayList<>();
        for (Exercise e : course.exercises().exercises()) {
            if (e.type() != ExerciseType.NUMERIC) {
                continue;
            }
            for (ExerciseVariant v : course.exercises().variants(e.id())) {
                Key.Number n = (Key.Number) v.key();
                BigDecimal key = n.key();
                BigDecimal margin = n.margin();
                BigDecimal tenth = n.step().movePointLeft(1);
                probe(v, key, true);
                probe(v, key.add(margin), true);
                probe(v, key.subtract(margin), true);
                probe(v, key.add(margin).subtract(tenth), true);
                probe(v, key.subtract(margin).add(tenth), true);
                probe(v, key.add(margin).add(tenth), false);
                probe(v, key.subtract(margin).subtract(tenth), false);
                probe(v, key.add(margin).add(n.step().divide(BigDecimal.valueOf(2))), false);
            }
        }
        assertThat(probes.stream().map(p -> p.variant().exerciseId()).distinct()).as("numeric exercises walked")
                .hasSizeGreaterThanOrEqualTo(15);
    }

    private static void probe(ExerciseVariant v, BigDecimal typed, boolean right) {
        probes.add(new Probe(v, typed.stripTrailingZeros().toPlainString(), right));
    }

    /** What the rule means for one exercise, worked out by hand from its data. */
    @Test
    void theCapacityGrowthOfHaierRubaIsRightFrom87Point5To88Point5() {
        // 3,000,000 ÷ 1,600,000 − 1 = 87.5 %; at whole per cents the key is 88 (half away from zero),
        // and an answer is rounded before it is compared, so 87.5 (a tie) up to 88.5 is right.
        ExerciseVariant v = course.exercises().variant("haier-ruba-capacity-growth", 0);
        assertThat(((Key.Number) v.key()).rounded()).isEqualTo("88");
        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("87", false);
        expected.put("87.4", false);
        expected.put("87.5", true);
        expected.put("88", true);
        expected.put("88.5", true);
        expected.put("88.6", false);
        List<Probe> anchors = expected.entrySet().stream().map(e -> new Probe(v, e.getKey(), e.getValue())).toList();
        for (Judge judge : judges()) {
            for (Probe p : anchors) {
                assertThat(judge.accepts(p)).as(judge.name() + ": " + p.name()).isEqualTo(p.right());
            }
        }
    }

    @Test
    void everyPathAcceptsExactlyTheRulesInterval() throws Exception {
        for (Judge judge : judges()) {
            List<String> disagreements = new ArrayList<>();
            for (Probe p : probes) {
                if (judge.accepts(p) != p.right()) {
                    disagreements.add(p.name() + (p.right() ? " should be right" : " should be wrong"));
                }
            }
            assertThat(disagreements).as(judge.name()).isEmpty();
        }
    }

    /** Something that decides whether an answer is right. */
    interface Judge {
        String name();

        boolean accepts(Probe p);
    }

    private static List<Judge> cached;

    static synchronized List<Judge> judges() {
        if (cached == null) {
            try {
                cached = List.of(new SiteChecker(), new GradeCommand(), Lms.gift(), Lms.qti(), new MoodleXml(), Lms.canvas());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return cached;
    }

    /** check.js as a page runs it, in Node, with the check data of each variant. */
    static final class SiteChecker implements Judge {
        private final Map<String, Boolean> answers = new LinkedHashMap<>();

        SiteChecker() throws IOException, InterruptedException {
            List<Probe> all = new ArrayList<>(probes);
            course.exercises().variants("haier-ruba-capacity-growth").forEach(v -> {
                for (String t : List.of("87", "87.4", "87.5", "88", "88.5", "88.6")) {
                    all.add(new Probe(v, t, false));
                }
            });
            ArrayNode checks = JSON.createArrayNode();
            for (Probe p : all) {
                ObjectNode c = checks.addObject().put("name", p.name()).put("response", p.typed());
                c.set("data", JSON.readTree(StudentCheck.of(course.course().id(), p.variant()).toJson()));
            }
            Path data = dir.resolve("checks.json");
            JSON.writeValue(data.toFile(), checks);
            Path checkJs = dir.resolve("check.js");
            try (InputStream in = OneAnswerRuleTest.class.getClassLoader().getResourceAsStream("parkbench/exercises/check.js")) {
                assertThat(in).as("check.js on the class path").isNotNull();
                Files.copy(in, checkJs);
            }
            Path script = dir.resolve("run-checks.js");
            Files.writeString(script, """
                    const check = require(process.argv[2]);
                    const checks = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
                    (async () => {
                      const out = {};
                      for (const c of checks) {
                        out[c.name] = (await check.check(c.data, c.response)).correct;
                      }
                      process.stdout.write(JSON.stringify(out));
                    })();
                    """, StandardCharsets.UTF_8);
            JsonNode result = JSON.readTree(node(script, checkJs, data));
            result.properties().forEach(e -> answers.put(e.getKey(), e.getValue().asBoolean()));
        }

        @Override
        public String name() {
            return "the site's checker (check.js)";
        }

        @Override
        public boolean accepts(Probe p) {
            Boolean answer = answers.get(p.name());
            assertThat(answer).as("check.js answered " + p.name()).isNotNull();
            return answer;
        }
    }

    /** {@code grade}'s grader, given an answer file of a student whose variant the probe is. */
    static final class GradeCommand implements Judge {
        private final Grader grader = new Grader(course.exercises(), course.course().id());

        GradeCommand() {
        }

        @Override
        public String name() {
            return "grade";
        }

        @Override
        public boolean accepts(Probe p) {
            ExerciseVariant v = p.variant();
            String student = studentOf(v);
            ObjectNode file = JSON.createObjectNode().put("format", "parkbench-answers").put("version", 2)
                    .put("course", course.course().id()).put("student_id", student);
            file.putArray("answers").addObject().put("exercise", v.exerciseId()).put("variant", v.index()).put("response", p.typed());
            FileResult result = grader.grade(p.name() + ".json", file.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(result).as(p.name()).isInstanceOf(FileResult.Graded.class);
            ExerciseScore score = ((FileResult.Graded) result).scores().stream().filter(s -> s.exerciseId().equals(v.exerciseId()))
                    .findFirst().orElseThrow();
            assertThat(score.variant()).isEqualTo(v.index());
            return score.score() != null && score.score() > 0;
        }

        /** The first of s1, s2… whose variant of the exercise is this one. */
        private static String studentOf(ExerciseVariant v) {
            for (int i = 1; i < 10_000; i++) {
                String id = "s" + i;
                if (VariantChooser.choose(course.course().id(), id, v.exerciseId(), v.exercise().variantCount()) == v.index()) {
                    return id;
                }
            }
            throw new AssertionError("no student id gets variant " + v.index() + " of " + v.exerciseId());
        }
    }

    /**
     * An export as an LMS reads it: a printed key and margin per variant, and the LMS's own rule,
     * the answer is right when |typed − key| ≤ margin.
     */
    record Lms(String name, Map<String, BigDecimal[]> keys) implements Judge {
        @Override
        public boolean accepts(Probe p) {
            BigDecimal[] km = keys.get(p.variant().exerciseId() + "#" + p.variant().index());
            assertThat(km).as(name + " has a numeric question for " + p.name()).isNotNull();
            return new BigDecimal(p.typed()).subtract(km[0]).abs().compareTo(km[1]) <= 0;
        }

        /** GIFT, parsed by gift-pegjs: a question is named after the exercise and, with variants, "(variant i)". */
        static Lms gift() throws IOException, InterruptedException {
            Path gift = dir.resolve("course.gift");
            CommandRun run = CommandRun.of("export", "--format", "gift", "--out", gift.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            Path work = Files.createDirectories(dir.resolve("gift-pegjs"));
            JsonNode questions = HostileExportTest.GiftParser.parse(gift, work);
            Map<String, BigDecimal[]> keys = new LinkedHashMap<>();
            for (JsonNode q : questions) {
                if (!"Numerical".equals(q.path("type").asText())) {
                    continue;
                }
                String title = q.get("title").asText();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+) \\(variant (\\d+)\\)").matcher(title);
                String key = m.matches() ? m.group(1) + "#" + m.group(2) : title + "#0";
                for (JsonNode choice : q.get("choices")) {
                    JsonNode text = choice.get("text");
                    if (choice.path("isCorrect").asBoolean() && "range".equals(text.path("type").asText())) {
                        keys.put(key, new BigDecimal[] {text.get("number").decimalValue(), text.get("range").decimalValue()});
                    }
                }
            }
            return new Lms("GIFT (gift-pegjs)", keys);
        }

        /** The QTI 2.1 package: each numeric item's correct response and the absolute tolerance of its {@code equal}. */
        static Lms qti() throws IOException {
            Path zip = dir.resolve("course-qti.zip");
            CommandRun run = CommandRun.of("export", "--format", "qti", "--out", zip.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            Map<String, BigDecimal[]> keys = new LinkedHashMap<>();
            Map<String, byte[]> files = HostileExportTest.unzip(zip);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                if (!f.getKey().startsWith("items/")) {
                    continue;
                }
                org.w3c.dom.Document doc = parse(f.getValue());
                org.w3c.dom.NodeList equal = doc.getElementsByTagNameNS("*", "equal");
                if (equal.getLength() == 0) {
                    continue;
                }
                org.w3c.dom.Element e = (org.w3c.dom.Element) equal.item(0);
                assertThat(e.getAttribute("toleranceMode")).isEqualTo("absolute");
                assertThat(e.getAttribute("includeLowerBound")).isIn("", "true");
                assertThat(e.getAttribute("includeUpperBound")).isIn("", "true");
                String value = doc.getElementsByTagNameNS("*", "correctResponse").item(0).getTextContent().strip();
                String[] tolerance = e.getAttribute("tolerance").strip().split("\\s+");
                keys.put(variantOf(doc.getDocumentElement().getAttribute("title")),
                        new BigDecimal[] {new BigDecimal(value), new BigDecimal(tolerance[0])});
            }
            return new Lms("QTI 2.1", keys);
        }

        /**
         * The Canvas package, as Canvas reads and grades a numerical question: its importer takes
         * the exact answer from the {@code varequal} and the margin as {@code varlte} − exact (in
         * BigDecimal, then stored as floats), and its grader accepts exact − margin ≤ answer ≤
         * exact + margin, both ends included, in BigDecimal of the floats' shortest decimals
         * (canvas-lms, {@code Quizzes::QuizQuestion::NumericalQuestion#correct_answer_parts}).
         */
        static Lms canvas() throws IOException {
            Path zip = dir.resolve("course-canvas.zip");
            CommandRun run = CommandRun.of("export", "--format", "canvas", "--out", zip.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            Map<String, org.w3c.dom.Element> items = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> f : HostileExportTest.unzip(zip).entrySet()) {
                if (!f.getKey().endsWith(".xml") || f.getKey().endsWith("assessment_meta.xml") || f.getKey().equals("imsmanifest.xml")) {
                    continue;
                }
                org.w3c.dom.NodeList list = parse(f.getValue()).getElementsByTagNameNS("*", "item");
                for (int i = 0; i < list.getLength(); i++) {
                    org.w3c.dom.Element item = (org.w3c.dom.Element) list.item(i);
                    items.put(item.getAttribute("ident"), item);
                }
            }
            Map<String, BigDecimal[]> keys = new LinkedHashMap<>();
            for (Exercise e : course.exercises().exercises()) {
                if (e.type() != ExerciseType.NUMERIC) {
                    continue;
                }
                for (ExerciseVariant v : course.exercises().variants(e.id())) {
                    org.w3c.dom.Element item = items.get(org.parkbench.exercises.export.ExportIdentifier.of("item-", v));
                    assertThat(item).as("Canvas item of " + e.id() + " v" + v.index()).isNotNull();
                    org.w3c.dom.Element or = (org.w3c.dom.Element) item.getElementsByTagNameNS("*", "or").item(0);
                    String exact = or.getElementsByTagNameNS("*", "varequal").item(0).getTextContent().strip();
                    String upper = or.getElementsByTagNameNS("*", "varlte").item(0).getTextContent().strip();
                    double storedExact = Double.parseDouble(exact);
                    double storedMargin = new BigDecimal(upper).subtract(new BigDecimal(exact)).doubleValue();
                    keys.put(e.id() + "#" + v.index(), new BigDecimal[] {new BigDecimal(Double.toString(storedExact)),
                            new BigDecimal(Double.toString(storedMargin))});
                }
            }
            return new Lms("Canvas (exact answer with margin)", keys);
        }
    }

    /**
     * The Moodle XML export as qtype_numerical grades it: the answers of a question in the file's
     * order, the first whose interval holds the response decides ({@code *} holds every one), and
     * the response is right when that answer is worth 100 %. An answer's interval is
     * {@code text ± tolerance}, closed: Moodle's 'nominal' tolerance, the only kind a numerical
     * question has (Moodle widens it by 10⁻¹⁴ of the key against float rounding, far below the
     * tenths of a step probed here). A question is found by its {@code idnumber}, the variant's
     * export identifier.
     */
    static final class MoodleXml implements Judge {
        private final Map<String, List<BigDecimal[]>> answers = new LinkedHashMap<>();

        MoodleXml() throws IOException {
            Path xml = dir.resolve("course-moodle.xml");
            CommandRun run = CommandRun.of("export", "--format", "moodle", "--out", xml.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            org.w3c.dom.Document doc = parse(Files.readAllBytes(xml));
            org.w3c.dom.NodeList questions = doc.getDocumentElement().getElementsByTagName("question");
            for (int i = 0; i < questions.getLength(); i++) {
                org.w3c.dom.Element q = (org.w3c.dom.Element) questions.item(i);
                if (!q.getAttribute("type").equals("numerical")) {
                    continue;
                }
                List<BigDecimal[]> list = new ArrayList<>();
                org.w3c.dom.NodeList as = q.getElementsByTagName("answer");
                for (int j = 0; j < as.getLength(); j++) {
                    org.w3c.dom.Element a = (org.w3c.dom.Element) as.item(j);
                    String text = a.getElementsByTagName("text").item(0).getTextContent().strip();
                    BigDecimal tolerance = new BigDecimal(a.getElementsByTagName("tolerance").item(0).getTextContent().strip());
                    // null stands for Moodle's catch-all "*"
                    list.add(new BigDecimal[] {text.equals("*") ? null : new BigDecimal(text), tolerance,
                            new BigDecimal(a.getAttribute("fraction"))});
                }
                answers.put(q.getElementsByTagName("idnumber").item(0).getTextContent().strip(), list);
            }
        }

        @Override
        public String name() {
            return "Moodle XML (qtype_numerical's first matching answer)";
        }

        @Override
        public boolean accepts(Probe p) {
            List<BigDecimal[]> list = answers.get(org.parkbench.exercises.export.ExportIdentifier.of("", p.variant()));
            assertThat(list).as("Moodle XML has a numerical question for " + p.name()).isNotNull();
            BigDecimal typed = new BigDecimal(p.typed());
            for (BigDecimal[] a : list) {
                if (a[0] == null || typed.subtract(a[0]).abs().compareTo(a[1]) <= 0) {
                    return a[2].compareTo(BigDecimal.valueOf(100)) == 0;
                }
            }
            return false;
        }
    }

    /** "exercise#index" of an item whose title is the variant's title and, with variants, "(variant i)". */
    static String variantOf(String title) {
        for (Exercise e : course.exercises().exercises()) {
            for (ExerciseVariant v : course.exercises().variants(e.id())) {
                String expected = e.variantCount() > 1 ? v.title() + " (variant " + v.index() + ")" : v.title();
                if (expected.equals(title)) {
                    return e.id() + "#" + v.index();
                }
            }
        }
        return title;
    }

    static org.w3c.dom.Document parse(byte[] xml) throws IOException {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(e);
        }
    }

    private static String node(Path script, Path... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        for (Path a : args) {
            command.add(a.toString());
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("node is not on the PATH, so the site's checker was not run: " + e.getMessage());
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
