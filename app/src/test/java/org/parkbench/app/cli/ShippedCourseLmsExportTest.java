package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parkbench.core.language.Language;
import org.parkbench.exercises.export.ExportIdentifier;
import org.parkbench.exercises.export.GiftText;
import org.parkbench.exercises.export.QtiSchemas;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.ExerciseWords;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;
import org.parkbench.markup.MarkdownRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The shipped course exported for an LMS, in English and in Chinese, through the real command
 * line, and read back as the LMS reads it: the GIFT file parsed question by question with gift-pegjs,
 * the QTI 2.1 package validated file by file against the IMS schemas. What each question must be
 * (its type, its key, its feedback, its points) comes from the exercise model, never from the
 * export: every variant is a question of its type with the key the data gives, rounded as the one
 * answer rule says; no placeholder is left; QTI identifiers are at most 32 characters, unique and
 * resolve; each item resource declares its interaction; scores are out of the exercise's points;
 * and a second export is the same zip, byte for byte.
 */
class ShippedCourseLmsExportTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyGiftQuestionParsesWithTheTypeKeyFeedbackAndPointsOfItsExercise(Language language) throws Exception {
        ExerciseSet set = model(language);
        Path gift = dir.resolve("course.gift");
        export("gift", language, gift);
        String text = Files.readString(gift, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("{{");

        Map<String, JsonNode> questions = new LinkedHashMap<>();
        for (JsonNode q : HostileExportTest.GiftParser.parse(gift, dir)) {
            if (!q.path("type").asText().equals("Category")) {
                assertThat(questions.put(q.get("title").asText(), q)).as("two questions named " + q.get("title")).isNull();
            }
        }
        int numeric = 0;
        for (Exercise e : set.exercises()) {
            for (ExerciseVariant v : set.variants(e.id())) {
                ExerciseWords words = ExerciseWords.of(e.header().language());
                String name = e.variantCount() > 1 ? words.format("export.variant", e.id(), String.valueOf(v.index())) : e.id();
                JsonNode q = questions.remove(name);
                assertThat(q).as("a GIFT question " + name).isNotNull();
                assertThat(q.get("type").asText()).as(name).isEqualTo(giftType(e.type()));
                String raw = question(text, name);
                assertThat(raw).as(name + ": the comment above it says its points")
                        .startsWith("// " + words.format("export.gift.points", String.valueOf(e.points())) + "\n");
                Key key = v.key();
                if (key instanceof Key.Choices c) {
                    assertThat(rightChoices(q, e.type())).as(name).isEqualTo(labels(v, c.correct()));
                } else if (key instanceof Key.Number n) {
                    numeric++;
                    assertNumeric(name, q, raw, v, n);
                } else if (key instanceof Key.Classification c) {
                    Map<String, String> expected = new LinkedHashMap<>();
                    v.options().forEach(o -> expected.put(o.label().strip(), c.models().get(o.id()).label(e.header().language())));
                    assertThat(pairs(q)).as(name).isEqualTo(expected);
                } else if (key instanceof Key.Sequence s) {
                    Map<String, String> expected = new LinkedHashMap<>();
                    v.options().forEach(o -> expected.put(o.label().strip(), String.valueOf(s.order().indexOf(o.id()) + 1)));
                    Map<String, String> positions = new LinkedHashMap<>();
                    pairs(q).forEach((event, position) -> positions.put(event, position.replaceAll("\\D", "")));
                    assertThat(positions).as(name).isEqualTo(expected);
                } else {
                    assertThat(q.path("choices").isMissingNode() || q.path("choices").isEmpty()).as(name + ": an essay").isTrue();
                }
            }
        }
        assertThat(questions.keySet()).as("questions of no exercise").isEmpty();
        assertThat(numeric).as("numeric questions (18 exercises, some with variants)").isGreaterThanOrEqualTo(18);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theQtiPackageIsValidHasShortUniqueIdentifiersMetadataAndPointsAndIsTheSameOnEveryRun(Language language) throws Exception {
        ExerciseSet set = model(language);
        Path zip = dir.resolve("course-qti.zip");
        export("qti", language, zip);
        Path again = dir.resolve("again-qti.zip");
        export("qti", language, again);
        assertThat(Files.readAllBytes(again)).as("a second export").isEqualTo(Files.readAllBytes(zip));
        Map<String, byte[]> files = HostileExportTest.unzip(zip);

        QtiSchemas schemas = QtiSchemas.locate();
        Schema item = schemas.item();
        Schema manifest = schemas.manifest();
        List<String> problems = new ArrayList<>();
        files.forEach((name, bytes) -> {
            try {
                (name.equals("imsmanifest.xml") ? manifest : item).newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes), name));
            } catch (SAXException | IOException e) {
                problems.add(name + ": " + e.getMessage());
            }
            String xml = new String(bytes, StandardCharsets.UTF_8);
            if (xml.contains("{{")) {
                problems.add(name + ": a placeholder at " + xml.substring(xml.indexOf("{{"), Math.min(xml.length(), xml.indexOf("{{") + 40)));
            }
            String base = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\.xml$", "");
            if (!name.equals("imsmanifest.xml") && base.length() > ExportIdentifier.MAX_LENGTH) {
                problems.add(name + ": a file name of " + base.length() + " characters");
            }
        });
        assertThat(problems).isEmpty();

        Map<String, Document> docs = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            docs.put(f.getKey(), OneAnswerRuleTest.parse(f.getValue()));
        }
        docs.forEach((name, doc) -> identifiers(doc.getDocumentElement(), name, problems));
        assertThat(problems).as("identifiers longer than " + ExportIdentifier.MAX_LENGTH).isEmpty();

        Document cp = docs.get("imsmanifest.xml");
        Map<String, Element> resources = new LinkedHashMap<>();
        for (Element r : elements(cp, "resource")) {
            assertThat(resources.put(r.getAttribute("identifier"), r)).as("resource " + r.getAttribute("identifier")).isNull();
            assertThat(files).as("the file of " + r.getAttribute("identifier")).containsKey(r.getAttribute("href"));
        }
        for (Element d : elements(cp, "dependency")) {
            assertThat(resources).as("a dependency").containsKey(d.getAttribute("identifierref"));
        }

        Set<String> itemIds = new HashSet<>();
        for (Exercise e : set.exercises()) {
            for (ExerciseVariant v : set.variants(e.id())) {
                String id = ExportIdentifier.of("item-", v);
                assertThat(itemIds.add(id)).as("one item per variant: " + id).isTrue();
                Element resource = resources.get(id);
                assertThat(resource).as("the resource of " + e.id() + " variant " + v.index()).isNotNull();
                Document doc = docs.get(resource.getAttribute("href"));
                assertThat(doc.getDocumentElement().getAttribute("identifier")).isEqualTo(id);
                assertItem(e, v, resource, doc);
            }
        }
        assertThat(resources.values().stream().filter(r -> r.getAttribute("type").equals("imsqti_item_xmlv2p1")).count())
                .isEqualTo(itemIds.size());

        for (Element test : resources.values().stream().filter(r -> r.getAttribute("type").equals("imsqti_test_xmlv2p1")).toList()) {
            Document doc = docs.get(test.getAttribute("href"));
            Set<String> sections = new HashSet<>();
            for (Element s : elements(doc, "assessmentSection")) {
                assertThat(sections.add(s.getAttribute("identifier"))).as("section " + s.getAttribute("identifier")).isTrue();
            }
            for (Element ref : elements(doc, "assessmentItemRef")) {
                String target = "items/" + ref.getAttribute("href").replaceFirst("^\\.\\./items/", "");
                assertThat(files).as(test.getAttribute("href") + " refers to").containsKey(target);
            }
            for (String total : List.of("SCORE", "MAXSCORE")) {
                Element set0 = elements(doc, "setOutcomeValue").stream().filter(s -> s.getAttribute("identifier").equals(total))
                        .findFirst().orElseThrow(() -> new AssertionError(test.getAttribute("href") + " sets no " + total));
                Element variables = elements(set0, "testVariables").get(0);
                assertThat(((Element) variables.getParentNode()).getLocalName()).isEqualTo("sum");
                assertThat(variables.getAttribute("variableIdentifier")).isEqualTo(total);
            }
        }
    }

    /** The item of a variant: the interaction its type maps to, declared in the manifest too; its key; its points. */
    private static void assertItem(Exercise e, ExerciseVariant v, Element resource, Document doc) {
        String name = e.id() + " variant " + v.index();
        List<String> interactions = new ArrayList<>();
        for (Element x : elements(doc, "*")) {
            if (x.getLocalName().endsWith("Interaction")) {
                interactions.add(x.getLocalName());
            }
        }
        assertThat(interactions).as(name).containsExactly(qtiInteraction(e.type()));
        List<String> declared = new ArrayList<>();
        NodeList metadata = resource.getElementsByTagNameNS("http://www.imsglobal.org/xsd/imsqti_metadata_v2p1", "interactionType");
        for (int i = 0; i < metadata.getLength(); i++) {
            declared.add(metadata.item(i).getTextContent().strip());
        }
        assertThat(declared).as(name + ": the manifest's interactionType").isEqualTo(interactions);

        Element score = elements(doc, "outcomeDeclaration").stream().filter(o -> o.getAttribute("identifier").equals("SCORE"))
                .findFirst().orElseThrow();
        assertThat(new BigDecimal(score.getAttribute("normalMaximum"))).as(name).isEqualByComparingTo(BigDecimal.valueOf(e.points()));
        String title = doc.getDocumentElement().getAttribute("title");
        assertThat(title).as(name).isEqualTo(e.variantCount() > 1
                ? ExerciseWords.of(e.header().language()).format("export.variant", v.title(), String.valueOf(v.index())) : v.title());
        if (v.key() instanceof Key.Number n) {
            String key = elements(doc, "correctResponse").get(0).getTextContent().strip();
            assertThat(key).as(name + ": the rounded key").isEqualTo(n.key().toPlainString());
            assertThat(new BigDecimal(elements(doc, "equal").get(0).getAttribute("tolerance"))).isEqualByComparingTo(n.margin());
        }
        if (e.type() != ExerciseType.SHORT_ANSWER) {
            Element right = elements(doc, "responseIf").get(0);
            Element set = elements(right, "setOutcomeValue").stream().filter(s -> s.getAttribute("identifier").equals("SCORE"))
                    .findFirst().orElseThrow();
            assertThat(new BigDecimal(set.getTextContent().strip())).as(name + ": a right answer scores the points")
                    .isEqualByComparingTo(BigDecimal.valueOf(e.points()));
        }
    }

    private static void assertNumeric(String name, JsonNode q, String raw, ExerciseVariant v, Key.Number n) {
        // the printed key is the rounded key as written, trailing zeros and all (89.60, not 89.6 or 89.6000001)
        assertThat(raw).as(name).contains("\t=" + n.key().toPlainString() + ":" + n.margin().toPlainString() + "#");
        JsonNode right = null;
        JsonNode wrong = null;
        for (JsonNode choice : q.get("choices")) {
            if (choice.path("isCorrect").asBoolean()) {
                right = choice;
            } else {
                wrong = choice;
            }
        }
        assertThat(right).as(name + ": a right answer").isNotNull();
        assertThat(right.get("text").get("number").decimalValue()).as(name).isEqualByComparingTo(n.key());
        assertThat(right.get("text").get("range").decimalValue()).as(name).isEqualByComparingTo(n.margin());
        assertThat(v.feedbackIncorrect()).as(name + " has feedback for a wrong answer").isNotBlank();
        assertThat(wrong).as(name + ": the feedback for any other answer").isNotNull();
        assertThat(wrong.get("text").get("text").asText()).as(name + ": any other answer").isEqualTo("*");
        assertThat(plain(wrong.get("feedback").get("text").asText())).as(name).isEqualTo(plain(MARKDOWN.render(v.feedbackIncorrect()).html()));
        assertThat(plain(right.get("feedback").get("text").asText())).as(name).isEqualTo(plain(MARKDOWN.render(v.feedbackCorrect()).html()));
    }

    /** Every identifier of a QTI file within 32 characters, and the choices of an item each named once. */
    private static void identifiers(Element e, String file, List<String> problems) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String attribute = attributes.item(i).getLocalName() == null ? attributes.item(i).getNodeName() : attributes.item(i).getLocalName();
            if (attribute.equals("identifier") || attribute.endsWith("Identifier") || attribute.equals("identifierref")) {
                String value = attributes.item(i).getNodeValue();
                if (value.length() > ExportIdentifier.MAX_LENGTH) {
                    problems.add(file + ": " + e.getLocalName() + " " + attribute + "=\"" + value + "\"");
                }
            }
        }
        if (e.getLocalName().equals("value") && e.getParentNode().getLocalName().equals("correctResponse")) {
            for (String value : e.getTextContent().strip().split("\\s+")) {
                if (value.length() > ExportIdentifier.MAX_LENGTH) {
                    problems.add(file + ": correct response " + value);
                }
            }
        }
        if (e.getLocalName().equals("assessmentItem")) {
            Set<String> choices = new HashSet<>();
            Set<String> declared = new HashSet<>();
            for (Element c : elements(e, "*")) {
                if (c.getLocalName().equals("simpleChoice") || c.getLocalName().equals("simpleAssociableChoice")) {
                    if (!choices.add(c.getAttribute("identifier"))) {
                        problems.add(file + ": two choices " + c.getAttribute("identifier"));
                    }
                }
            }
            for (Element value : elements(e, "value")) {
                if (value.getParentNode().getLocalName().equals("correctResponse")) {
                    declared.addAll(List.of(value.getTextContent().strip().split("\\s+")));
                }
            }
            if (!choices.isEmpty() && !choices.containsAll(declared)) {
                problems.add(file + ": a correct response names no choice: " + declared);
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                identifiers(child, file, problems);
            }
        }
    }

    private static ExerciseSet model(Language language) {
        StringWriter err = new StringWriter();
        CourseExercises course = CourseExercises.loadOrReport(null, language, new PrintWriter(err));
        assertThat(course).as(err.toString()).isNotNull();
        return course.exercises();
    }

    private static void export(String format, Language language, Path out) {
        CommandRun run = CommandRun.of("export", "--format", format, "--lang", language.code(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    /** A question of the GIFT file from the comment lines above it to its closing brace. */
    private static String question(String gift, String name) {
        int at = gift.indexOf("\n::" + GiftText.escape(name) + "::");
        assertThat(at).as("the question " + name).isNotNegative();
        int start = gift.lastIndexOf("\n\n", at) + 2;
        String comments = gift.substring(start, at + 1);
        String question = gift.substring(at + 1, gift.indexOf("\n}\n", at) + 3);
        // the comment lines: the exercise and its parameters, then the points
        List<String> lines = comments.lines().toList();
        return (lines.size() < 2 ? "" : lines.get(1)) + "\n" + question;
    }

    private static String giftType(ExerciseType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "MC";
            case NUMERIC -> "Numerical";
            case CLASSIFY, ORDER -> "Matching";
            case SHORT_ANSWER -> "Essay";
        };
    }

    /** The interaction docs/lms.md names for each type. */
    private static String qtiInteraction(ExerciseType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "choiceInteraction";
            case NUMERIC -> "textEntryInteraction";
            case CLASSIFY -> "matchInteraction";
            case ORDER -> "orderInteraction";
            case SHORT_ANSWER -> "extendedTextInteraction";
        };
    }

    /** The plain texts of the choices that earn credit: "=" for single choice, a positive weight for multiple choice. */
    private static Set<String> rightChoices(JsonNode q, ExerciseType type) {
        Set<String> right = new HashSet<>();
        for (JsonNode c : q.get("choices")) {
            boolean credit = type == ExerciseType.SINGLE_CHOICE ? c.path("isCorrect").asBoolean() : c.path("weight").asDouble() > 0;
            if (credit) {
                right.add(plain(c.get("text").get("text").asText()));
            }
        }
        return right;
    }

    private static Set<String> labels(ExerciseVariant v, Set<String> ids) {
        return v.options().stream().filter(o -> ids.contains(o.id())).map(o -> o.label().strip()).collect(Collectors.toSet());
    }

    /** A matching question's pairs: the item's plain text → the answer offered in the drop-down. */
    private static Map<String, String> pairs(JsonNode q) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (JsonNode p : q.get("matchPairs")) {
            pairs.put(plain(p.get("subquestion").get("text").asText()), p.get("subanswer").asText());
        }
        return pairs;
    }

    private static String plain(String html) {
        return Jsoup.parseBodyFragment(html).text().strip();
    }

    private static List<Element> elements(Node parent, String name) {
        NodeList list = parent instanceof Document d ? d.getElementsByTagNameNS("*", name) : ((Element) parent).getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
