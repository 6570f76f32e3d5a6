package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.exercises.export.ExportIdentifier;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Moodle XML export of the whole shipped course, in English and in Chinese, read back as
 * Moodle's qformat_xml reads it, with a reader written here (JDK DOM, jsoup for the HTML of a
 * text), not the exporter's classes: every variant of every exercise is one question, in the
 * category a random question draws one variant from; its type, mark, hints and the elements each
 * type needs are there; every multiple-choice grade is one Moodle accepts on import; and each key
 * is the model's (the right choices, the numeric key and margin, the unit, each item's model, the
 * order of the events). The same course exports to the same bytes twice.
 */
class MoodleXmlExportTest {
    /** Moodle's grades (question_bank::ensure_fraction_options_initialised), in percent, and their negatives. */
    private static final List<String> MOODLE_GRADES = List.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50",
            "40", "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5", "0");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyQuestionOfTheShippedCourseReadsBackWithTheModelsKey(Language language) throws Exception {
        Path xml = dir.resolve("course-" + language.code() + ".xml");
        CommandRun run = CommandRun.of("export", "--format", "moodle", "--lang", language.code(), "--out", xml.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("exported as Moodle XML (Question bank → Import → Moodle XML format)");
        byte[] bytes = Files.readAllBytes(xml);
        Path again = dir.resolve("again-" + language.code() + ".xml");
        assertThat(CommandRun.of("export", "--format", "moodle", "--lang", language.code(), "--out", again.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(again)).as("the same bytes twice").isEqualTo(bytes);

        StringWriter err = new StringWriter();
        CourseExercises course = CourseExercises.loadOrReport(null, language, new PrintWriter(err));
        assertThat(course).as(err.toString()).isNotNull();
        Map<String, ExerciseVariant> byIdnumber = new LinkedHashMap<>();
        for (Exercise e : course.exercises().exercises()) {
            course.exercises().variants(e.id()).forEach(v -> byIdnumber.put(ExportIdentifier.of("", v), v));
        }

        Element quiz = parse(bytes).getDocumentElement();
        assertThat(quiz.getTagName()).isEqualTo("quiz");
        String category = null;
        String info = null;
        Map<String, String> infoByPath = new HashMap<>();
        Map<String, Set<String>> categoriesOfExercise = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Element q : children(quiz, "question")) {
            String type = q.getAttribute("type");
            if (type.equals("category")) {
                category = text(child(q, "category"));
                info = text(child(q, "info"));
                assertThat(category).startsWith("$course$/top/Parkbench/");
                String previous = infoByPath.putIfAbsent(category, info);
                assertThat(previous).as("one category per path: " + category).isIn(null, info);
                continue;
            }
            String idnumber = value(q, "idnumber");
            ExerciseVariant v = byIdnumber.get(idnumber);
            assertThat(v).as("a question for a variant of the course: " + idnumber).isNotNull();
            assertThat(seen.add(idnumber)).as("one question per variant: " + idnumber).isTrue();
            String where = idnumber + " (" + language.code() + ")";
            Exercise e = v.exercise();
            boolean pooled = e.variantCount() > 1;
            assertThat(category).as(where + " sits in a category").isNotNull();
            assertThat(info).as(where + ": its category").isEqualTo("parkbench/" + e.caseId() + (pooled ? "/" + e.id() : ""));
            categoriesOfExercise.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(category);

            assertThat(type).as(where).isEqualTo(switch (e.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
                case NUMERIC -> "numerical";
                case CLASSIFY -> "matching";
                case ORDER -> "ordering";
                case SHORT_ANSWER -> "essay";
            });
            assertThat(new BigDecimal(value(q, "defaultgrade"))).as(where + " mark").isEqualByComparingTo(BigDecimal.valueOf(e.points()));
            BigDecimal penalty = new BigDecimal(value(q, "penalty"));
            assertThat(penalty).as(where + " penalty").isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(children(q, "hint")).as(where + " hints").hasSize(v.hints().size());
            assertThat(child(q, "questiontext").getAttribute("format")).isEqualTo("html");
            assertThat(plain(text(child(q, "questiontext")))).as(where).contains(v.title().strip());
            assertThat(child(q, "generalfeedback").getAttribute("format")).isEqualTo("html");
            if (!v.solution().isBlank()) {
                assertThat(plain(text(child(q, "generalfeedback")))).as(where + ": the worked solution").isNotBlank();
            }
            if (language == Language.ZH) {
                assertThat(text(child(q, "questiontext"))).as(where + " in Chinese").containsPattern("\\p{IsHan}");
            }

            Key key = v.key();
            if (key instanceof Key.Choices c) {
                choices(q, v, c, where, problems);
            } else if (key instanceof Key.Number n) {
                numerical(q, n, where);
            } else if (key instanceof Key.Classification c) {
                matching(q, v, c, language, where);
            } else if (key instanceof Key.Sequence s) {
                ordering(q, v, s, where);
            } else if (key instanceof Key.Manual m) {
                essay(q, m, where);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(seen).as("every variant of every exercise").containsExactlyInAnyOrderElementsOf(byIdnumber.keySet());
        // an exercise with variants has one category to itself, so a random question from it draws one of them
        for (Map.Entry<String, Set<String>> c : categoriesOfExercise.entrySet()) {
            assertThat(c.getValue()).as(c.getKey() + " is in one category").hasSize(1);
        }
        Map<String, Long> pooledCategories = course.exercises().exercises().stream().filter(e -> e.variantCount() > 1)
                .collect(Collectors.groupingBy(e -> categoriesOfExercise.get(e.id()).iterator().next(), Collectors.counting()));
        assertThat(pooledCategories.values()).as("no two pooled exercises share a category").allMatch(n -> n == 1);
        assertThat(pooledCategories).as("the shipped course has exercises with variants").isNotEmpty();
    }

    private static void choices(Element q, ExerciseVariant v, Key.Choices key, String where, List<String> problems) {
        boolean single = v.type() == ExerciseType.SINGLE_CHOICE;
        assertThat(value(q, "single")).as(where).isEqualTo(String.valueOf(single));
        assertThat(value(q, "shuffleanswers")).as(where).isIn("true", "1");
        Map<String, String> idByLabel = v.options().stream().collect(Collectors.toMap(o -> o.label().strip(), ExerciseVariant.Option::id));
        List<Element> answers = children(q, "answer");
        assertThat(answers).as(where + " answers").hasSize(v.options().size());
        BigDecimal positive = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        Set<String> right = new LinkedHashSet<>();
        int full = 0;
        for (Element a : answers) {
            String fraction = a.getAttribute("fraction");
            BigDecimal f = new BigDecimal(fraction);
            if (MOODLE_GRADES.stream().noneMatch(g -> new BigDecimal(g).compareTo(f.abs()) == 0)) {
                problems.add(where + ": grade " + fraction + " is not one Moodle accepts");
            }
            String id = idByLabel.get(plain(text(a)));
            assertThat(id).as(where + ": answer " + text(a) + " is a choice").isNotNull();
            all = all.add(f);
            if (f.signum() > 0) {
                positive = positive.add(f);
                right.add(id);
            }
            if (f.compareTo(BigDecimal.valueOf(100)) == 0) {
                full++;
            }
        }
        assertThat(right).as(where + ": the right choices are the key's").containsExactlyInAnyOrderElementsOf(key.correct());
        if (single) {
            assertThat(full).as(where + ": exactly one answer is worth 100 %").isEqualTo(1);
            assertThat(positive).isEqualByComparingTo("100");
        } else {
            assertThat(positive.subtract(BigDecimal.valueOf(100)).abs()).as(where + ": right shares add up to 100 %")
                    .isLessThanOrEqualTo(new BigDecimal("0.01"));
            if (right.size() < v.options().size()) {
                assertThat(all).as(where + ": choosing every answer scores nothing").isLessThanOrEqualTo(BigDecimal.ZERO);
            }
        }
    }

    private static void numerical(Element q, Key.Number key, String where) {
        List<Element> answers = children(q, "answer");
        assertThat(answers).as(where).hasSize(2);
        Element right = answers.get(0);
        assertThat(right.getAttribute("fraction")).isEqualTo("100");
        assertThat(new BigDecimal(text(right))).as(where + ": the rounded key").isEqualByComparingTo(key.key());
        assertThat(new BigDecimal(value(right, "tolerance"))).as(where + ": the margin").isEqualByComparingTo(key.margin());
        Element rest = answers.get(1);
        assertThat(text(rest)).as(where + ": the catch-all comes last").isEqualTo("*");
        assertThat(new BigDecimal(rest.getAttribute("fraction"))).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(value(q, "unitgradingtype")).as(where + ": a unit is not graded").isEqualTo("0");
        List<Element> units = children(q, "units");
        if (key.unit().isBlank()) {
            assertThat(units).as(where).isEmpty();
            assertThat(value(q, "showunits")).isEqualTo("3");
        } else {
            List<Element> unit = children(units.get(0), "unit");
            assertThat(unit).as(where).hasSize(1);
            assertThat(value(unit.get(0), "unit_name")).as(where + ": the unit").isEqualTo(key.unit());
            assertThat(new BigDecimal(value(unit.get(0), "multiplier"))).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(value(q, "showunits")).as(where + ": typed in the answer box, optional").isEqualTo("0");
        }
    }

    private static void matching(Element q, ExerciseVariant v, Key.Classification key, Language language, String where) {
        Map<String, String> idByLabel = v.options().stream().collect(Collectors.toMap(o -> o.label().strip(), ExerciseVariant.Option::id));
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> extra = new ArrayList<>();
        for (Element sub : children(q, "subquestion")) {
            String item = plain(text(sub));
            String answer = text(child(sub, "answer"));
            if (item.isEmpty()) {
                extra.add(answer);
                continue;
            }
            String id = idByLabel.get(item);
            assertThat(id).as(where + ": subquestion " + item + " is an item").isNotNull();
            pairs.put(id, answer);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        key.models().forEach((id, model) -> expected.put(id, model.label(language)));
        assertThat(pairs).as(where + ": each item's model").isEqualTo(expected);
        assertThat(extra).as(where + ": extra answers are other models").doesNotContainAnyElementsOf(expected.values());
        for (DevelopmentModel m : DevelopmentModel.values()) {
            if (language == Language.ZH && pairs.containsValue(m.label(language))) {
                assertThat(m.label(language)).containsPattern("\\p{IsHan}");
            }
        }
    }

    private static void ordering(Element q, ExerciseVariant v, Key.Sequence key, String where) {
        Map<String, String> idByLabel = v.options().stream().collect(Collectors.toMap(o -> o.label().strip(), ExerciseVariant.Option::id));
        List<String> order = children(q, "answer").stream().map(a -> idByLabel.get(plain(text(a)))).toList();
        assertThat(order).as(where + ": the events in the key's order").isEqualTo(key.order());
        assertThat(value(q, "selecttype")).isEqualTo("ALL");
        assertThat(Integer.parseInt(value(q, "selectcount"))).isEqualTo(key.order().size());
        assertThat(value(q, "gradingtype")).as(where + ": all or nothing, as grade scores it").isEqualTo("ALL_OR_NOTHING");
    }

    private static void essay(Element q, Key.Manual key, String where) {
        assertThat(value(q, "responseformat")).isEqualTo("editor");
        Element info = child(q, "graderinfo");
        assertThat(info.getAttribute("format")).isEqualTo("html");
        String grader = plain(text(info));
        assertThat(grader).as(where + ": the model answer for graders").isNotBlank();
        if (isPlainProse(key.modelAnswer())) {
            assertThat(grader).as(where + ": the model answer for graders").contains(plain(key.modelAnswer()));
        }
        key.rubric().stream().filter(r -> isPlainProse(r.criterion()))
                .forEach(r -> assertThat(grader).as(where + ": the rubric").contains(plain(r.criterion())));
    }

    /** The words of an HTML text as a reader sees them. */
    private static String plain(String html) {
        return Jsoup.parseBodyFragment(html).body().text().strip();
    }

    /** Markdown that renders to its own words: no emphasis, links, code, citations or entities. */
    private static boolean isPlainProse(String markdown) {
        return !markdown.matches("(?s).*[*_`\\[\\]{}<>&#].*") && !markdown.contains("\n");
    }

    /** The {@code <text>} of an element that holds one (a name, a question text, an answer…). */
    private static String text(Element e) {
        return child(e, "text").getTextContent().strip();
    }

    /** The content of an element that holds a value (a mark, a tolerance, a setting). */
    private static String value(Element e, String name) {
        return child(e, name).getTextContent().strip();
    }

    private static Element child(Element e, String name) {
        List<Element> c = children(e, name);
        assertThat(c).as("<" + e.getTagName() + "> has one <" + name + ">").hasSize(1);
        return c.get(0);
    }

    private static List<Element> children(Element e, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                found.add(c);
            }
        }
        return found;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
