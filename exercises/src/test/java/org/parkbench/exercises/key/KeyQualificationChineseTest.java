package org.parkbench.exercises.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.load.ShippedCourse;
import org.parkbench.exercises.model.Accuracy;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.markup.MarkdownRenderer;

/**
 * What a key from a qualified figure accepts, said in the exercise's language: the shipped course
 * read in Chinese says it in Chinese (the figures as the Chinese pages write them, the qualifiers
 * and kinds of figure by core's Chinese names) and in English as before.
 */
class KeyQualificationChineseTest {
    /** Units and codes a Chinese text writes as they are. */
    private static final Set<String> CODES = Set.of("km", "USD", "CNY", "PKR", "GDP", "FDI");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");
    private static final String ZH_LABEL = "*答案的判定*：";
    private static final String EN_LABEL = "*What the answer accepts.*";

    static ExerciseSet chinese;
    static ExerciseSet english;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        chinese = ShippedCourse.exercises(Language.ZH);
        english = ShippedCourse.exercises(Language.EN);
    }

    @Test
    void theSuezJobsPerKm2NoteIsChineseBelowTheQuestionAndTheSolution() {
        // Xinhua (April 2024): more than 9,000 direct jobs, over the zone's 7.34 km²
        ExerciseVariant zh = chinese.variant("suez-jobs-per-km2", 1);
        assertThat(zh.exercise().header().language()).isEqualTo(Language.ZH);

        String question = note(zh.body(), ZH_LABEL);
        assertThat(question).isEqualTo("*答案的判定*：来源给出的是下限（超过 9,000 个直接就业岗位）。请按来源所写的数字计算："
                + "结果同样是下限（真实值超过你算出的值），判为正确的答案是由这些数字算出的值，四舍五入到整数。");
        String solution = note(zh.solution(), ZH_LABEL);
        assertThat(solution).contains("来源给出的是下限（超过 9,000 个直接就业岗位）。",
                "参考答案为 1226 个岗位/平方公里，因此它是下限：真实值超过 1226 个岗位/平方公里。", "四舍五入到整数。");
        assertThat(latinWords(question + solution)).isEmpty();
        // the label is emphasised on the page: the Chinese full stop is not inside the emphasis
        assertThat(new MarkdownRenderer().render(question).html()).startsWith("<p><em>答案的判定</em>：来源给出的是下限");

        // the same exercise in English says the same in English
        ExerciseVariant en = english.variant("suez-jobs-per-km2", 1);
        assertThat(note(en.body(), EN_LABEL)).isEqualTo("*What the answer accepts.* The source gives a lower bound"
                + " (more than 9,000 direct jobs). Compute with the figures as stated: the result is then a lower bound too"
                + " (more than the value you compute), and the answer accepted is the value computed from them, rounded to a whole number.");
        assertThat(note(en.solution(), EN_LABEL)).contains(
                "The key, 1226 jobs/km², is therefore a lower bound: the true value is more than 1226 jobs/km².");
        assertThat(en.body() + en.solution()).doesNotContain("答案");
    }

    @Test
    void anApproximateKeyWithAToleranceSaysSoInChinese() {
        // about 30,000 direct jobs (May 2021): growth a year at one decimal within 0.3
        ExerciseVariant zh = chinese.variant("sihanoukville-jobs-growth-annual", 0);
        Key.Number key = (Key.Number) zh.key();

        assertThat(note(zh.body(), ZH_LABEL)).contains("来源给出的是近似值（约 3 万个直接就业岗位）", "结果同样是近似值",
                "四舍五入到一位小数（允许误差 ±0.3）。");
        assertThat(note(zh.solution(), ZH_LABEL)).contains("参考答案为 16.5 %/年（允许误差 ±0.3），因此它是近似值：真实值约 16.5 %/年，");
        assertThat(key.text(Language.ZH)).isEqualTo("16.5 %/年（允许误差 ±0.3）");
        assertThat(key.text()).isEqualTo("16.5 ± 0.3 % a year").isEqualTo(key.text(Language.EN));
    }

    @Test
    void everyShippedNoteInChineseIsChineseAndNamesItsBound() {
        Map<String, String> notes = notes(chinese, ZH_LABEL);
        Map<String, String> englishNotes = notes(english, EN_LABEL);
        assertThat(notes).hasSizeGreaterThan(10);
        assertThat(notes.keySet()).isEqualTo(englishNotes.keySet());
        List<String> wrong = new ArrayList<>();
        notes.forEach((where, note) -> {
            if (!latinWords(note).isEmpty() || !note.matches("(?s).*(下限|上限|近似值|约 ).*")) {
                wrong.add(where + ": " + note);
            }
        });
        assertThat(wrong).isEmpty();
        englishNotes.forEach((where, note) -> assertThat(note).as(where).doesNotContainPattern("\\p{IsHan}"));
    }

    @Test
    void aKeyFromATargetSaysInChineseThatItIsATargetAndWhatItBounds() throws IOException {
        FixtureCourse course = FixtureCourse.copyTo(dir);
        // the fixture's Suez row as the shipped data has it: CCTV (August 2016) gives a target of 'up to' 40,000 jobs
        Path observations = course.caseDirectory("suez-teda").resolve("observations.csv");
        List<String> lines = Files.readAllLines(observations, StandardCharsets.UTF_8);
        String csv = lines.get(0) + ",value_high,kind\n" + lines.stream().skip(1)
                .map(l -> l.contains(",jobs-target,40000,persons,,2016-08,")
                        ? l.replace(",persons,,2016-08,", ",persons,up-to,2016-08,") + ",,target\n" : l + ",,\n")
                .collect(Collectors.joining());
        Files.writeString(observations, csv, StandardCharsets.UTF_8);
        course.write("suez-teda", "suez-target.md", """
                ---
                id: suez-target
                type: numeric
                title: "The jobs target of 2016"
                objectives: [compute-per-km2]
                difficulty: 1
                points: 1
                hints: ["Look at the targets."]
                feedback: {correct: "Yes.", incorrect: "No."}
                key: {derivation: observation, params: {park: suez-teda-zone, indicator: jobs-target, as_of: "2016-08"}}
                precision: -3
                ---
                How many jobs did the zone aim at in 2016?

                ## Solution
                {{formula}}
                """).write("suez-teda", "suez-target.zh.md", """
                ---
                title: "2016 年的就业目标"
                hints: ["看看目标。"]
                feedback: {correct: "对。", incorrect: "不对。"}
                ---
                2016 年合作区的就业目标是多少？

                ## 解答
                {{formula}}
                """);

        ExerciseVariant target = ExerciseLoader.load(course.casebook(), Language.ZH).value().variant("suez-target", 0);

        assertThat(target.body()).contains("来源给出的是目标的上限（最多 4 万个就业岗位）。",
                "结果同样是上限（真实值最多你算出的值），而且它描述的是目标或规划，而非实际值", "四舍五入到千位。");
        assertThat(target.solution()).contains("参考答案为 40000 人，因此它是上限：真实值最多 40000 人；"
                + "而且它描述的是目标或规划，而非已经实现的结果。");
        assertThat(latinWords(note(target.body(), ZH_LABEL) + note(target.solution(), ZH_LABEL))).isEmpty();
    }

    @Test
    void aToleranceAndAClassificationAreWrittenTheReadersWay() {
        assertThat(new Accuracy(0, null, 1.0).describeTolerance(Language.ZH)).contains("±1%");
        assertThat(new Accuracy(0, null, 1.0).describeTolerance(Language.EN)).contains("± 1 %");
        assertThat(new Accuracy(1, 0.3, null).describeTolerance(Language.ZH)).contains("±0.3");
        assertThat(Accuracy.decimals(0).describeTolerance(Language.ZH)).isEmpty();

        Map<String, DevelopmentModel> models = new LinkedHashMap<>();
        models.put("suzhou-industrial-park", DevelopmentModel.values()[0]);
        models.put("suez-teda-zone", DevelopmentModel.values()[1]);
        Key.Classification key = new Key.Classification(models);
        assertThat(key.text(Language.ZH)).isEqualTo("suzhou-industrial-park → " + DevelopmentModel.values()[0].label(Language.ZH)
                + "；suez-teda-zone → " + DevelopmentModel.values()[1].label(Language.ZH)).contains("建设型");
        assertThat(key.text(Language.EN)).isEqualTo(key.text()).isEqualTo("suzhou-industrial-park → "
                + DevelopmentModel.values()[0].word() + "; suez-teda-zone → " + DevelopmentModel.values()[1].word());
    }

    /** The note of every numeric variant that has one, below the question and below the solution, by exercise, variant and place. */
    private static Map<String, String> notes(ExerciseSet set, String label) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (Exercise e : set.exercises()) {
            for (ExerciseVariant v : set.variants(e.id())) {
                if (v.body().contains(label)) {
                    notes.put(e.id() + "/" + v.index() + "/question", note(v.body(), label));
                    notes.put(e.id() + "/" + v.index() + "/solution", note(v.solution(), label));
                }
            }
        }
        return notes;
    }

    /** The paragraph that opens with {@code label}: the last of the text. */
    private static String note(String markdown, String label) {
        int at = markdown.lastIndexOf(label);
        assertThat(at).as("a note opening with " + label + " in:\n" + markdown).isGreaterThanOrEqualTo(0);
        return markdown.substring(at).strip();
    }

    /** The Latin words of three letters or more that are no unit or code. */
    private static List<String> latinWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            if (m.group().length() >= 3 && !CODES.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}
