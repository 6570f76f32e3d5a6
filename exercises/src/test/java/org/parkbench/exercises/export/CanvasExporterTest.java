package org.parkbench.exercises.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parkbench.exercises.export.CanvasXml.check;
import static org.parkbench.exercises.export.CanvasXml.elements;
import static org.parkbench.exercises.export.CanvasXml.first;
import static org.parkbench.exercises.export.CanvasXml.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathExpressionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.load.ShippedCourse;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The Canvas package of the whole shipped course, in English and in Chinese, read back as Canvas's
 * importer reads it, with the JDK's DOM and XPath and none of the exporter's classes: every
 * question's {@code question_type} is its exercise type's, its {@code points_possible} the
 * exercise's points, its key the model's (the right choices, the numeric exact answer and margin,
 * the matching pairs, the order's positions), every exercise with variants a question group that
 * draws one; only short answers lack a key Canvas grades. The IMS QTI 1.2 ASI schema is not in
 * the shared catalogue, so the files are checked for being well-formed, not validated.
 */
class CanvasExporterTest {
    private static final Map<ExerciseType, String> QUESTION_TYPES = Map.of(ExerciseType.SINGLE_CHOICE, "multiple_choice_question",
            ExerciseType.MULTIPLE_CHOICE, "multiple_answers_question", ExerciseType.NUMERIC, "numerical_question",
            ExerciseType.CLASSIFY, "matching_question", ExerciseType.ORDER, "matching_question",
            ExerciseType.SHORT_ANSWER, "essay_question");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyQuestionOfTheShippedCourseCarriesItsTypePointsAndKey(Language language) throws Exception {
        ExerciseSet set = ShippedCourse.exercises(language);
        byte[] zip = new CanvasExporter(set).zip();
        assertThat(new CanvasExporter(set).zip()).as("the same bytes on every run").isEqualTo(zip);
        Map<String, byte[]> files = unzip(zip);
        assertThat(new ArrayList<>(files.keySet())).isSorted();

        Map<String, Document> docs = new LinkedHashMap<>();
        files.forEach((name, bytes) -> docs.put(name, parse(name, bytes)));
        Document manifest = docs.get("imsmanifest.xml");
        assertThat(manifest).as("the manifest").isNotNull();
        List<Document> quizzes = new ArrayList<>();
        for (Element resource : elements(manifest, "//*[local-name()='resource'][@type='imsqti_xmlv1p2']")) {
            String href = first(resource, "*[local-name()='file']").getAttribute("href");
            assertThat(docs).as("the quiz " + href).containsKey(href);
            quizzes.add(docs.get(href));
            String settings = first(resource, "*[local-name()='dependency']").getAttribute("identifierref");
            Element meta = first(manifest, "//*[local-name()='resource'][@identifier='" + settings + "']");
            assertThat(meta).as("the settings of " + href).isNotNull();
            Document quizSettings = docs.get(meta.getAttribute("href"));
            assertThat(text(quizSettings, "/*[local-name()='quiz']/*[local-name()='quiz_type']")).isEqualTo("assignment");
        }
        assertThat(quizzes).as("one quiz per case with exercises").hasSize((int) set.byCase().values().stream().filter(l -> !l.isEmpty()).count());

        Map<String, Element> items = new HashMap<>();
        for (Document quiz : quizzes) {
            for (Element e : elements(quiz, "//*[@ident]")) {
                assertThat(e.getAttribute("ident").length()).as("ident " + e.getAttribute("ident")).isLessThanOrEqualTo(32);
            }
            for (Element item : elements(quiz, "//*[local-name()='item']")) {
                assertThat(items.put(item.getAttribute("ident"), item)).as("one item per ident").isNull();
            }
        }

        List<String> problems = new ArrayList<>();
        int variantsSeen = 0;
        for (Exercise e : set.exercises()) {
            List<ExerciseVariant> variants = set.variants(e.id());
            Element group = null;
            for (ExerciseVariant v : variants) {
                variantsSeen++;
                String name = e.id() + " v" + v.index();
                Element item = items.get(ExportIdentifier.of("item-", v));
                if (item == null) {
                    problems.add(name + ": no item");
                    continue;
                }
                Map<String, String> meta = metadata(item);
                check(problems, name + " question_type", meta.get("question_type"), QUESTION_TYPES.get(e.type()));
                check(problems, name + " points_possible", meta.get("points_possible"), String.valueOf(e.points()));
                if (!meta.containsKey("assessment_question_identifierref")) {
                    problems.add(name + ": no assessment_question_identifierref");
                }
                checkKey(problems, name, item, v, language);
                checkFeedbackLinks(problems, name, item);
                Element parent = (Element) item.getParentNode();
                if (variants.size() > 1) {
                    if (group != null && group != parent) {
                        problems.add(name + ": variants in different groups");
                    }
                    group = parent;
                } else if (!parent.getAttribute("ident").equals("root_section")) {
                    problems.add(name + ": a single question in a group");
                }
            }
            if (variants.size() > 1 && group != null) {
                if (group.getAttribute("title").contains("{{")) {
                    problems.add(e.id() + ": the group's name shows a placeholder: " + group.getAttribute("title"));
                }
                check(problems, e.id() + " selection_number", text(group, "*[local-name()='selection_ordering']/*[local-name()='selection']"
                        + "/*[local-name()='selection_number']"), "1");
                check(problems, e.id() + " points_per_item", text(group, ".//*[local-name()='points_per_item']"), String.valueOf(e.points()));
                check(problems, e.id() + " questions in its group", String.valueOf(elements(group, "*[local-name()='item']").size()),
                        String.valueOf(variants.size()));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(items).as("one item per variant").hasSize(variantsSeen);
        assertThat(set.exercises()).extracting(Exercise::type).contains(ExerciseType.values());
        assertThat(set.exercises()).as("exercises with variants").anyMatch(e -> e.variantCount() > 1);
    }

    /** The key as Canvas grades it, compared with the model's. */
    private static void checkKey(List<String> problems, String name, Element item, ExerciseVariant v, Language language)
            throws XPathExpressionException {
        List<Element> scoring = elements(item, ".//*[local-name()='respcondition'][*[local-name()='setvar'][@varname='SCORE']"
                + "[number(.) > 0]]");
        Key key = v.key();
        if (key instanceof Key.Manual) {
            if (!scoring.isEmpty()) {
                problems.add(name + ": a short answer scored by Canvas");
            }
            if (elements(item, "*[local-name()='itemfeedback'][@ident='general_fb']").isEmpty()) {
                problems.add(name + ": no model answer for graders");
            }
            return;
        }
        if (scoring.isEmpty()) {
            problems.add(name + ": no key Canvas grades");
            return;
        }
        Map<String, String> labels = new HashMap<>();
        for (Element l : elements(item, ".//*[local-name()='response_label']")) {
            labels.put(l.getAttribute("ident"), text(l, ".//*[local-name()='mattext']"));
        }
        Map<String, String> optionIds = new HashMap<>();
        v.options().forEach(o -> optionIds.put(o.label(), o.id()));
        if (key instanceof Key.Choices c) {
            Element condition = scoring.get(0);
            List<String> right = new ArrayList<>();
            List<String> wrong = new ArrayList<>();
            for (Element eq : elements(condition, ".//*[local-name()='varequal']")) {
                boolean negated = ((Element) eq.getParentNode()).getLocalName().equals("not");
                (negated ? wrong : right).add(optionIds.get(labels.get(eq.getTextContent())));
            }
            check(problems, name + " right choices", new TreeSet<>(right).toString(), new TreeSet<>(c.correct()).toString());
            if (v.type() == ExerciseType.MULTIPLE_CHOICE) {
                Set<String> others = new TreeSet<>(optionIds.values());
                others.removeAll(c.correct());
                check(problems, name + " wrong choices", new TreeSet<>(wrong).toString(), others.toString());
            }
            List<String> idents = elements(item, ".//*[local-name()='response_label']").stream().map(l -> l.getAttribute("ident")).toList();
            check(problems, name + " original_answer_ids", metadata(item).get("original_answer_ids"), String.join(",", idents));
            for (ExerciseVariant.Option o : v.options()) {
                String ident = labels.entrySet().stream().filter(l -> l.getValue().equals(o.label())).map(Map.Entry::getKey).findFirst()
                        .orElse("?");
                if (!o.feedback().isEmpty() && elements(item, "*[local-name()='itemfeedback'][@ident='" + ident + "_fb']").isEmpty()) {
                    problems.add(name + ": no feedback for choice " + o.id());
                }
            }
        } else if (key instanceof Key.Number n) {
            // Canvas's importer: the exact answer is the varequal, the margin varlte − exact
            Element condition = scoring.get(0);
            BigDecimal exact = new BigDecimal(text(condition, ".//*[local-name()='or']/*[local-name()='varequal']"));
            BigDecimal low = new BigDecimal(text(condition, ".//*[local-name()='or']/*[local-name()='and']/*[local-name()='vargte']"));
            BigDecimal high = new BigDecimal(text(condition, ".//*[local-name()='or']/*[local-name()='and']/*[local-name()='varlte']"));
            if (exact.compareTo(n.key()) != 0 || high.subtract(exact).compareTo(n.margin()) != 0
                    || exact.subtract(low).compareTo(n.margin()) != 0) {
                problems.add(name + ": exact " + exact + " from " + low + " to " + high + ", the model's " + n.key() + " ± " + n.margin());
            }
        } else {
            Map<String, String> pairs = new TreeMap<>();
            for (Element lid : elements(item, ".//*[local-name()='response_lid']")) {
                String left = text(lid, "*[local-name()='material']/*[local-name()='mattext']");
                Element condition = first(item, ".//*[local-name()='respcondition'][*[local-name()='setvar'][@action='Add']]"
                        + "[.//*[local-name()='varequal'][@respident='" + lid.getAttribute("ident") + "']]");
                if (condition == null) {
                    problems.add(name + ": no scored match for " + left);
                    continue;
                }
                String right = labels.get(text(condition, ".//*[local-name()='varequal']"));
                pairs.put(left, right);
            }
            Map<String, String> expected = new TreeMap<>();
            if (key instanceof Key.Classification c) {
                v.options().forEach(o -> expected.put(o.label(), c.models().get(o.id()).label(language)));
                // the models offered are the exercise's categories, in its language
                Set<String> offered = new HashSet<>(labels.values());
                for (String word : v.categories()) {
                    DevelopmentModel m = org.parkbench.core.model.Vocabulary.lookup(DevelopmentModel.class, word).orElseThrow();
                    if (!offered.contains(m.label(language))) {
                        problems.add(name + ": " + word + " not offered");
                    }
                }
            } else if (key instanceof Key.Sequence s) {
                Map<String, String> byId = new HashMap<>();
                v.options().forEach(o -> byId.put(o.id(), o.label()));
                Map<String, String> byPosition = new TreeMap<>();
                pairs.forEach((position, event) -> byPosition.put(number(position), event));
                pairs = byPosition;
                for (int i = 0; i < s.order().size(); i++) {
                    expected.put(String.format("%03d", i + 1), byId.get(s.order().get(i)));
                }
                String question = text(item, "*[local-name()='presentation']/*[local-name()='material']/*[local-name()='mattext']");
                String firstPosition = text(item, ".//*[local-name()='response_lid'][1]/*[local-name()='material']/*[local-name()='mattext']");
                if (!question.contains(firstPosition)) {
                    problems.add(name + ": the question does not say what " + firstPosition + " means");
                }
            }
            check(problems, name + " pairs", pairs.toString(), expected.toString());
        }
    }

    /** Every feedback the scoring shows is there. */
    private static void checkFeedbackLinks(List<String> problems, String name, Element item) throws XPathExpressionException {
        Set<String> present = new HashSet<>();
        elements(item, "*[local-name()='itemfeedback']").forEach(f -> present.add(f.getAttribute("ident")));
        for (Element d : elements(item, ".//*[local-name()='displayfeedback']")) {
            if (!present.contains(d.getAttribute("linkrefid"))) {
                problems.add(name + ": displays missing feedback " + d.getAttribute("linkrefid"));
            }
        }
        if (!present.contains("general_fb")) {
            problems.add(name + ": no worked solution as general feedback");
        }
    }

    /** "3rd", "第3个" → "003", for sorting positions by number. */
    private static String number(String position) {
        Matcher m = Pattern.compile("\\d+").matcher(position);
        return m.find() ? String.format("%03d", Integer.parseInt(m.group())) : position;
    }

    private static Map<String, String> metadata(Element item) throws XPathExpressionException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element f : elements(item, "*[local-name()='itemmetadata']/*[local-name()='qtimetadata']/*[local-name()='qtimetadatafield']")) {
            fields.put(text(f, "*[local-name()='fieldlabel']"), text(f, "*[local-name()='fieldentry']"));
        }
        return fields;
    }

    private static Document parse(String name, byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static Map<String, byte[]> unzip(byte[] zipBytes) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }
}
