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
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.load.ExerciseSet;
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
        assertThat(text(files, "items/item-overview-classify.xml")).contains("<matchInteraction",
                "<value>i-zambia-china-economic-trade-zone m-government-driven</value>");
        assertThat(text(files, "items/item-suez-timeline.xml")).contains("<orderInteraction", "cardinality=\"ordered\"",
                "<value>e-b</value>");
        assertThat(text(files, "items/item-suez-direct-induced.xml")).contains("<extendedTextInteraction", "Model answer:",
                "Names the source of each figure");
        assertThat(text(files, "tests/suez-teda.xml")).contains("<selection select=\"1\"", "../items/item-suez-jobs-per-km2-v1.xml");
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
