package org.parkbench.exercises.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.load.ExerciseSet;

class GiftExporterTest {
    private static final String SPECIAL = "Tilde ~ equals = hash # braces { } colon : backslash \\ end";

    @TempDir
    Path dir;

    @Test
    void escapesEverySpecialCharacterAndWritesLineBreaksAsBackslashN() {
        assertThat(GiftText.escape("~=#{}:\\")).isEqualTo("\\~\\=\\#\\{\\}\\:\\\\");
        assertThat(GiftText.escape("one\ntwo\r\nthree")).isEqualTo("one\\ntwo\\nthree");
        assertThat(GiftText.escape("plain text, 85 %")).isEqualTo("plain text, 85 %");
    }

    @Test
    void escapesSpecialCharactersInEveryTextOfAnExercise() {
        String exercise = """
                ---
                id: suez-special
                type: single-choice
                title: "Title: %1$s"
                objectives: [explain-company-led]
                difficulty: 1
                points: 1
                hints: ["Hint %1$s"]
                feedback: {correct: "Correct %1$s", incorrect: "Incorrect %1$s"}
                choices:
                  - {id: a, text: "Choice %1$s", correct: true, feedback: "Choice feedback %1$s"}
                  - {id: b, text: "Other choice"}
                ---
                Body %2$s

                ## Solution
                Solution %2$s
                """.formatted(SPECIAL.replace("\\", "\\\\"), SPECIAL);
        ExerciseSet set = FixtureCourse.copyTo(dir).write("suez-teda", "suez-special.md", exercise).exercises();

        String gift = new GiftExporter(set).export();

        String escaped = GiftText.escape(SPECIAL);
        assertThat(escaped).contains("\\~", "\\=", "\\#", "\\{", "\\}", "\\:", "\\\\");
        String question = gift.substring(gift.indexOf("::suez-special::"), gift.indexOf("}\n", gift.indexOf("::suez-special::")) + 2);
        assertThat(question).contains("Title\\: " + escaped, "<p>Body " + escaped + "</p>",
                "=Choice " + escaped + "#<p>Choice feedback " + escaped + "</p>", "####<p>Solution " + escaped + "</p>");
        assertThat(question.replace(escaped, "")).doesNotContain(SPECIAL);
    }

    @Test
    void everyTextIsTheSitesSanitisedHtmlWithGiftEscapingAppliedLast() {
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
                Read this <script>alert('body')</script> [a link](https://example.org/a) ![pixel](https://tracker.invalid/p.gif)

                ## Solution
                [data](data:text/html,gone) <a href="javascript:alert(1)">raw</a>
                """;
        ExerciseSet set = FixtureCourse.copyTo(dir).write("suez-teda", "suez-hostile.md", exercise).exercises();

        String gift = new GiftExporter(set).export();

        String question = gift.substring(gift.indexOf("::suez-hostile::"), gift.indexOf("}\n", gift.indexOf("::suez-hostile::")) + 2);
        assertThat(question).startsWith("::suez-hostile::[html]<p><strong>&lt;script&gt;alert(&\\#39;title&\\#39;)&lt;/script&gt; Which?</strong></p>")
                .contains("<p>Read this &lt;script&gt;alert('body')&lt;/script&gt; <a href\\=\"https\\://example.org/a\">a link</a> pixel</p>",
                        "=&lt;b onclick\\=alert(1)&gt;A&lt;/b&gt;#<p>&lt;iframe src\\='https\\://evil.invalid/'&gt;&lt;/iframe&gt;</p>\n",
                        "~B#<p>wrong</p>\n", "####<p>data &lt;a href\\=\"javascript\\:alert(1)\"&gt;raw&lt;/a&gt;</p>\n}")
                .doesNotContain("<script", "<img", "<iframe", "<b ", "gone", "tracker", "hint");
    }

    @Test
    void mapsEachTypeWithCategoriesPerCaseAndAPoolPerExerciseWithVariants() {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();

        String gift = new GiftExporter(set).export();

        assertThat(gift).contains("$CATEGORY: parkbench/overview\n", "$CATEGORY: parkbench/suez-teda\n",
                "$CATEGORY: parkbench/suez-teda/suez-jobs-per-km2\n");
        assertThat(gift).contains("::suez-jobs-per-km2 (variant 0)::", "::suez-jobs-per-km2 (variant 1)::");
        // numeric: 9000 ÷ 7.34 = 1226.15… rounds to 1226; 1 % of it (12.26) reaches 12 whole steps,
        // and an answer is rounded first, so Moodle accepts 1226 ± 12.5; precision only: ± half a unit
        assertThat(gift).contains("{#\n\t=1226:12.5#");
        assertThat(gift).containsPattern("::suez-unattributed-stake::[^{]*\\{#\\n\\t=15(\\.0)?:0\\.5#");
        assertThat(gift).contains("\t~%50%ECIC (Egypt)", "\t~%-100%China Eximbank#<p>A financier, not an owner.</p>");
        // a matching item is HTML (escaped), the answer a drop-down shows is plain text
        assertThat(gift).contains("\t=Zambia-China Economic &amp; Trade Cooperation Zone -> High-level government-driven");
        assertThat(gift).contains("-> 1st\n", "-> 4th\n");
        assertThat(gift).containsPattern("::suez-direct-induced::[^{]*\\{\\n\\t####");
    }

    @Test
    void aNumericQuestionKeepsTheFeedbackForAWrongAnswerAsMoodlesAnyOtherAnswer() {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();

        String gift = new GiftExporter(set).export();

        // the fixture's feedback for a wrong answer, after the right answer and before the solution
        String question = question(gift, "::suez-jobs-per-km2 (variant 0)::");
        assertThat(question).contains("\t=1226:12.5#<p>Right, and it is a derived figure\\: say which area you used.</p>\n"
                + "\t~#<p>Check that you used direct (not induced) jobs and the whole area.</p>\n\t####");
    }

    @Test
    void aCommentAboveEachQuestionSaysItsPointsSinceGiftCarriesNoMarks() {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();

        String gift = new GiftExporter(set).export();

        // suez-jobs-per-km2 is worth 2 points in the fixture, and each variant says so
        for (String name : java.util.List.of("::suez-jobs-per-km2 (variant 0)::", "::suez-jobs-per-km2 (variant 1)::")) {
            String before = gift.substring(0, gift.indexOf(name));
            String comment = before.substring(before.lastIndexOf("\n// points: ", before.length() - 2) + 1);
            assertThat(comment).startsWith("// points: 2 (").contains("set 2 in the quiz").endsWith(")\n");
        }
        int questions = gift.split("\n::", -1).length - 1;
        assertThat(gift.split("\n// points: ", -1).length - 1).isEqualTo(questions);
    }

    private static String question(String gift, String name) {
        int start = gift.indexOf(name);
        assertThat(start).as(name).isNotNegative();
        return gift.substring(start, gift.indexOf("\n}\n", start) + 3);
    }
}
