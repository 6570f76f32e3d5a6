package org.parkbench.exercises.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.load.ExerciseSet;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class MoodleXmlExporterTest {
    /** Moodle's positive grades in percent (question_bank::ensure_fraction_options_initialised), written out here. */
    private static final List<BigDecimal> MOODLE_GRADES = List.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60",
            "50", "40", "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5").stream()
            .map(BigDecimal::new).toList();
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    @TempDir
    Path dir;

    @Test
    void rightChoicesShareOneHundredPercentInGradesMoodleAcceptsUpToTwentyOfThem() {
        for (int right = 1; right <= 20; right++) {
            List<String> shares = MoodleGrade.shares(right);
            assertThat(shares).as(right + " right choices").hasSize(right);
            BigDecimal sum = BigDecimal.ZERO;
            for (String share : shares) {
                assertThat(MOODLE_GRADES).as(right + " right choices: " + share).anyMatch(g -> g.compareTo(new BigDecimal(share)) == 0);
                sum = sum.add(new BigDecimal(share));
            }
            assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).as(right + " right choices add up to 100").isLessThan(new BigDecimal("0.0001"));
            if (right <= 10) {
                assertThat(shares).as("equal shares").containsOnly(shares.get(0));
            }
        }
        assertThatThrownBy(() -> MoodleGrade.shares(21)).hasMessageContaining("21 right choices");
    }

    @Test
    void aCategoryPathDoublesTheSlashesInsideATitleAndStartsInTheCourse() {
        MoodleCategory c = MoodleCategory.of("suez-teda", "Suez / TEDA", "suez-jobs", "Jobs per km²/area");
        assertThat(c.path()).isEqualTo("$course$/top/Parkbench/Suez // TEDA/Jobs per km²//area");
        assertThat(c.info()).isEqualTo("parkbench/suez-teda/suez-jobs");
        assertThat(MoodleXmlExporter.withoutPlaceholders("Jobs at Suez, with the {{area_year}} area")).isEqualTo("Jobs at Suez, with the … area");
    }

    @Test
    void theFixtureCourseBecomesCategoriesAndQuestionsMoodleReads() throws Exception {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();
        byte[] xml = new MoodleXmlExporter(set).export();
        assertThat(new MoodleXmlExporter(set).export()).as("the same bytes twice").isEqualTo(xml);
        Document doc = parse(xml);

        assertThat(strings(doc, "/quiz/question[@type='category']/info/text")).containsSubsequence(
                "parkbench/overview", "parkbench/suez-teda", "parkbench/suez-teda/suez-jobs-per-km2", "parkbench/suez-teda");
        assertThat(strings(doc, "/quiz/question[@type='category']/category/text"))
                .contains("$course$/top/Parkbench/China–Egypt TEDA Suez Economic and Trade Cooperation Zone/Direct jobs per km² at Suez, with the … area");

        // 9000 ÷ 7.34 = 1226.15… rounds to 1226; 1 % of it (12.26) reaches 12 whole steps, and an
        // answer is rounded first, so Moodle accepts 1226 ± 12.5; jobs/km² may be typed after it
        String v0 = "/quiz/question[idnumber='suez-jobs-per-km2-v0']";
        assertThat(string(doc, v0 + "/@type")).isEqualTo("numerical");
        assertThat(string(doc, v0 + "/answer[1]/@fraction")).isEqualTo("100");
        assertThat(string(doc, v0 + "/answer[1]/text")).isEqualTo("1226");
        assertThat(string(doc, v0 + "/answer[1]/tolerance")).isEqualTo("12.5");
        assertThat(string(doc, v0 + "/answer[2]/text")).isEqualTo("*");
        assertThat(string(doc, v0 + "/answer[2]/feedback/text")).contains("direct (not induced) jobs");
        assertThat(string(doc, v0 + "/units/unit/unit_name")).isEqualTo("jobs/km²");
        assertThat(string(doc, v0 + "/defaultgrade")).isEqualTo("2");
        assertThat(strings(doc, v0 + "/hint/text")).hasSize(3).allMatch(h -> h.startsWith("<p>"));
        assertThat(string(doc, v0 + "/name/text")).endsWith("(1/2)");

        // 75 % + 5 % + 5 % = 85 % attributed: the key is 15 % at whole per cents, right from 14.5 to 15.5
        String stake = "/quiz/question[idnumber='suez-unattributed-stake']";
        assertThat(new BigDecimal(string(doc, stake + "/answer[1]/text"))).isEqualByComparingTo("15");
        assertThat(string(doc, stake + "/answer[1]/tolerance")).isEqualTo("0.5");

        String owners = "/quiz/question[idnumber='suez-owners']";
        assertThat(string(doc, owners + "/single")).isEqualTo("false");
        assertThat(strings(doc, owners + "/answer/@fraction")).containsExactly("50", "50", "-100");

        String timeline = "/quiz/question[idnumber='suez-timeline']";
        assertThat(string(doc, timeline + "/@type")).isEqualTo("ordering");
        assertThat(string(doc, timeline + "/gradingtype")).isEqualTo("ALL_OR_NOTHING");

        String essay = "/quiz/question[idnumber='suez-direct-induced']";
        assertThat(string(doc, essay + "/penalty")).isEqualTo("0");
        assertThat(string(doc, essay + "/graderinfo/text")).contains("<strong>Model answer</strong>", "<li>1 point: ");

        String classify = "/quiz/question[idnumber='overview-classify']";
        assertThat(string(doc, classify + "/subquestion[1]/text")).isEqualTo("Zambia-China Economic &amp; Trade Cooperation Zone");
        assertThat(string(doc, classify + "/subquestion[1]/answer/text")).isEqualTo("High-level government-driven");
    }

    @Test
    void twoExercisesWithVariantsAndOneTitleGetTwoCategories() throws Exception {
        FixtureCourse course = FixtureCourse.copyTo(dir);
        String original = Files.readString(course.caseDirectory("suez-teda").resolve("exercises/suez-jobs-per-km2.md"));
        ExerciseSet set = course.write("suez-teda", "suez-jobs-again.md", original.replace("id: suez-jobs-per-km2", "id: suez-jobs-again"))
                .exercises();

        Document doc = parse(new MoodleXmlExporter(set).export());

        List<String> paths = strings(doc, "/quiz/question[@type='category'][contains(info/text, '/suez-jobs')]/category/text");
        assertThat(paths).hasSize(2).doesNotHaveDuplicates();
        // the one set second (by learning order) says which exercise it is
        assertThat(paths).filteredOn(p -> p.endsWith(" (suez-jobs-again)") || p.endsWith(" (suez-jobs-per-km2)")).hasSize(1);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String string(Document doc, String path) throws Exception {
        Node n = (Node) XPATH.evaluate(path, doc, XPathConstants.NODE);
        assertThat(n).as(path).isNotNull();
        return n.getTextContent().strip();
    }

    private static List<String> strings(Document doc, String path) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(path, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().strip());
        }
        return out;
    }
}
