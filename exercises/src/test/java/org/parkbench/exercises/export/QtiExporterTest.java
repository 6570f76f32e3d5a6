package org.parkbench.exercises.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.load.ExerciseSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class QtiExporterTest {
    @TempDir
    Path dir;

    private ExerciseSet fixture() {
        return FixtureCourse.copyTo(dir.resolve("course")).exercises();
    }

    @Test
    void everyItemTestAndTheManifestValidateAgainstTheQtiSchemas() throws IOException {
        QtiSchemas schemas = QtiSchemas.locate();
        Map<String, byte[]> files = unzip(new QtiExporter(fixture()).zip());

        Schema item = schemas.item();
        Schema manifest = schemas.manifest();
        List<String> problems = new ArrayList<>();
        files.forEach((name, bytes) -> {
            try {
                (name.equals("imsmanifest.xml") ? manifest : item).newValidator()
                        .validate(new StreamSource(new ByteArrayInputStream(bytes), name));
            } catch (SAXException | IOException e) {
                problems.add(name + ": " + e.getMessage());
            }
        });

        assertThat(problems).isEmpty();
        // 8 exercises, one with two variants: 9 items, 2 tests, the manifest
        assertThat(files.keySet()).contains("imsmanifest.xml", "items/item-suez-jobs-per-km2-v0.xml",
                "items/item-suez-jobs-per-km2-v1.xml", "tests/suez-teda.xml", "tests/overview.xml").hasSize(12);
    }

    @Test
    void theSchemasRejectABrokenItem() throws IOException {
        QtiSchemas schemas = QtiSchemas.locate();
        String item = text(unzip(new QtiExporter(fixture()).zip()), "items/item-suez-model.xml");
        byte[] broken = item.replace("maxChoices=\"1\"", "maxChoices=\"one\"").getBytes(StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schemas.item().newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(broken)))).isInstanceOf(SAXException.class)
                .hasMessageContaining("one");
    }

    @Test
    void itemsCarryTheInteractionsKeysAndFeedbackOfTheirTypes() throws IOException {
        Map<String, byte[]> files = unzip(new QtiExporter(fixture()).zip());

        assertThat(text(files, "items/item-suez-model.xml")).contains("<choiceInteraction", "maxChoices=\"1\"",
                "<value>c-a</value>", "outcomeIdentifier=\"CHOICE_FEEDBACK\"", "Leaders initiated it, but a development company built it.");
        assertThat(text(files, "items/item-suez-owners.xml")).contains("cardinality=\"multiple\"", "maxChoices=\"0\"");
        // 9000 ÷ 7.34 = 1226.15… rounds to 1226; 1 % of that reaches 12 steps, plus half a step of rounding
        assertThat(text(files, "items/item-suez-jobs-per-km2-v0.xml")).contains("<textEntryInteraction", "baseType=\"float\"",
                "<value>1226</value>", "toleranceMode=\"absolute\"", "tolerance=\"12.5\"");
        // the zone's id is too long for a QTI identifier as it is (34 characters with its prefix)
        assertThat(text(files, "items/item-overview-classify.xml")).contains("<matchInteraction",
                "<value>" + ExportIdentifier.of("i-", "zambia-china-economic-trade-zone") + " m-government-driven</value>",
                "<simpleAssociableChoice identifier=\"" + ExportIdentifier.of("i-", "zambia-china-economic-trade-zone") + "\"");
        assertThat(text(files, "items/item-suez-timeline.xml")).contains("<orderInteraction", "cardinality=\"ordered\"",
                "<value>e-b</value>");
        assertThat(text(files, "items/item-suez-direct-induced.xml")).contains("<extendedTextInteraction", "Model answer:",
                "Names the source of each figure");
        assertThat(text(files, "tests/suez-teda.xml")).contains("<selection select=\"1\"", "../items/item-suez-jobs-per-km2-v1.xml");
    }

    @Test
    void everyItemResourceDeclaresTheInteractionOfItsItemInQtiMetadata() throws IOException {
        Map<String, byte[]> files = unzip(new QtiExporter(fixture()).zip());
        Document manifest = parse(files.get("imsmanifest.xml"));

        NodeList resources = manifest.getElementsByTagNameNS(QtiExporter.CP, "resource");
        int items = 0;
        for (int i = 0; i < resources.getLength(); i++) {
            Element r = (Element) resources.item(i);
            List<String> declared = texts(r, QtiExporter.QTI_METADATA, "interactionType");
            if (!r.getAttribute("type").equals("imsqti_item_xmlv2p1")) {
                assertThat(declared).as(r.getAttribute("identifier")).isEmpty();
                continue;
            }
            items++;
            Element body = (Element) parse(files.get(r.getAttribute("href"))).getElementsByTagNameNS(QtiMarkup.NS, "itemBody").item(0);
            List<String> used = new ArrayList<>();
            NodeList all = body.getElementsByTagNameNS(QtiMarkup.NS, "*");
            for (int j = 0; j < all.getLength(); j++) {
                if (all.item(j).getLocalName().endsWith("Interaction")) {
                    used.add(all.item(j).getLocalName());
                }
            }
            assertThat(declared).as(r.getAttribute("href")).isNotEmpty().isEqualTo(used);
        }
        assertThat(items).isEqualTo(9);
    }

    @Test
    void theManifestSchemaChecksQtiMetadataNotMerelyAcceptsIt() throws IOException {
        QtiSchemas schemas = QtiSchemas.locate();
        String manifest = text(unzip(new QtiExporter(fixture()).zip()), "imsmanifest.xml");
        byte[] broken = manifest.replaceFirst("choiceInteraction", "pickInteraction").getBytes(StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schemas.manifest().newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(broken)))).isInstanceOf(SAXException.class)
                .hasMessageContaining("pickInteraction");
    }

    @Test
    void eachItemScoresOutOfItsPointsAndEachTestAddsUpTheItemsDrawn() throws IOException {
        ExerciseSet set = fixture();
        Map<String, byte[]> files = unzip(new QtiExporter(set).zip());

        for (org.parkbench.exercises.model.Exercise e : set.exercises()) {
            for (org.parkbench.exercises.key.ExerciseVariant v : set.variants(e.id())) {
                Document item = parse(files.get("items/" + ExportIdentifier.of("item-", v) + ".xml"));
                Element score = outcome(item, "SCORE");
                assertThat(Double.parseDouble(score.getAttribute("normalMaximum"))).as(v.exerciseId()).isEqualTo(e.points());
                assertThat(Double.parseDouble(outcome(item, "MAXSCORE").getTextContent().strip())).isEqualTo(e.points());
                if (e.type() != org.parkbench.exercises.model.ExerciseType.SHORT_ANSWER) {
                    // a right answer sets SCORE to the points
                    Element set0 = (Element) item.getElementsByTagNameNS(QtiMarkup.NS, "responseIf").item(0);
                    assertThat(setOutcome(set0, "SCORE")).as(v.exerciseId()).isEqualTo(String.valueOf(e.points()));
                }
            }
        }
        Document test = parse(files.get("tests/suez-teda.xml"));
        Element processing = (Element) test.getElementsByTagNameNS(QtiMarkup.NS, "outcomeProcessing").item(0);
        assertThat(processing).isNotNull();
        for (String total : List.of("SCORE", "MAXSCORE")) {
            assertThat(outcome(test, total).getAttribute("baseType")).isEqualTo("float");
            Element sum = child(setOutcomeElement(processing, total), "sum");
            assertThat(child(sum, "testVariables").getAttribute("variableIdentifier")).isEqualTo(total);
        }
    }

    @Test
    void aSectionTitleFillsWhatItsVariantsShareAndMarksWhatDiffers() throws IOException {
        String exercise = """
                ---
                id: suez-shared-title
                type: single-choice
                title: "Suez in {{year}}: {{what}}"
                objectives: [explain-company-led]
                difficulty: 1
                points: 1
                hints: ["Read the {{what}} row."]
                feedback: {correct: "Right.", incorrect: "No."}
                variants:
                  - {year: "2016", what: "jobs"}
                  - {year: "2016", what: "area"}
                choices:
                  - {id: a, text: "A {{what}}", correct: true}
                  - {id: b, text: "B"}
                ---
                Which {{what}}?

                ## Solution
                A.
                """;
        ExerciseSet set = FixtureCourse.copyTo(dir.resolve("course")).write("suez-teda", "suez-shared-title.md", exercise).exercises();

        Map<String, byte[]> files = unzip(new QtiExporter(set).zip());
        String test = text(files, "tests/suez-teda.xml");

        assertThat(test).contains("title=\"Suez in 2016: …\"", "title=\"Direct jobs per km² at Suez, with the … area\"",
                // an exercise without variants: its one title, as its item has it
                "title=\"" + set.variant("suez-model", 0).title() + "\"");
        assertThat(text(files, "items/item-suez-shared-title-v1.xml")).contains("title=\"Suez in 2016: area (variant 1)\"");
        files.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name).doesNotContain("{{"));
    }

    @Test
    void textsAreTheSitesSanitisedMarkupInQtisSubsetAndStillValidate() throws IOException, SAXException {
        String exercise = """
                ---
                id: suez-hostile
                type: single-choice
                title: "<script>alert('title')</script> Which?"
                objectives: [explain-company-led]
                difficulty: 1
                points: 1
                hints: ["<script>alert('hint')</script>"]
                feedback: {correct: "<img src=x onerror=alert(1)> **right**", incorrect: "[wrong](javascript:alert('gone'))"}
                choices:
                  - {id: a, text: "<b onclick=alert(1)>A</b>", correct: true, feedback: "<iframe src='https://evil.invalid/'></iframe>"}
                  - {id: b, text: "B"}
                ---
                ## A heading

                Read this <script>alert('body')</script> [a link](https://example.org/a "title") ![pixel](https://tracker.invalid/p.gif)

                | a | b |
                |:--|--:|
                | 1 | 2 |

                ## Solution
                [data](data:text/html,gone) <a href="javascript:alert(1)">raw</a>
                """;
        ExerciseSet set = FixtureCourse.copyTo(dir.resolve("course")).write("suez-teda", "suez-hostile.md", exercise).exercises();

        byte[] bytes = unzip(new QtiExporter(set).zip()).get("items/item-suez-hostile.xml");
        String item = new String(bytes, StandardCharsets.UTF_8);

        assertThat(item).contains("<h2>A heading</h2>", "Read this &lt;script&gt;alert('body')&lt;/script&gt;", "<a href=\"https://example.org/a\">a link</a>",
                "<td class=\"align-left\">1</td>", "<strong>right</strong>", "<p>wrong</p>", "&lt;b onclick=alert(1)&gt;A&lt;/b&gt;")
                .doesNotContain("<script", "<img", "<iframe", "<b ", "gone", "tracker", "hint", " id=\"n-", "title=\"title\"");
        QtiSchemas schemas = QtiSchemas.locate();
        schemas.item().newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes), "item-suez-hostile.xml"));
    }

    @Test
    void theZipIsTheSameOnEveryRunWithSortedEntriesAndFixedTimes() throws IOException {
        ExerciseSet set = fixture();
        byte[] first = new QtiExporter(set).zip();

        assertThat(new QtiExporter(set).zip()).isEqualTo(first);
        List<String> names = new ArrayList<>(unzip(first).keySet());
        assertThat(names).isSorted();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
            }
        }
    }

    private static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e);
        }
    }

    private static List<String> texts(Element parent, String namespace, String name) {
        List<String> texts = new ArrayList<>();
        NodeList found = parent.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static Element outcome(Document doc, String identifier) {
        NodeList declarations = doc.getElementsByTagNameNS(QtiMarkup.NS, "outcomeDeclaration");
        for (int i = 0; i < declarations.getLength(); i++) {
            Element d = (Element) declarations.item(i);
            if (d.getAttribute("identifier").equals(identifier)) {
                return d;
            }
        }
        throw new AssertionError("no outcome " + identifier);
    }

    private static Element setOutcomeElement(Element parent, String identifier) {
        NodeList sets = parent.getElementsByTagNameNS(QtiMarkup.NS, "setOutcomeValue");
        for (int i = 0; i < sets.getLength(); i++) {
            Element s = (Element) sets.item(i);
            if (s.getAttribute("identifier").equals(identifier)) {
                return s;
            }
        }
        throw new AssertionError("no setOutcomeValue of " + identifier);
    }

    private static String setOutcome(Element parent, String identifier) {
        return setOutcomeElement(parent, identifier).getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        Element e = (Element) parent.getElementsByTagNameNS(QtiMarkup.NS, name).item(0);
        assertThat(e).as(parent.getLocalName() + " holds " + name).isNotNull();
        return e;
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

    private static String text(Map<String, byte[]> files, String name) {
        assertThat(files).containsKey(name);
        return new String(files.get(name), StandardCharsets.UTF_8);
    }
}
