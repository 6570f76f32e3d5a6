package org.parkbench.exercises.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.model.ExerciseType;

/** {@code exercises/<id>.zh.md}: an exercise's words in Chinese, its key the English file's (docs/translating.md). */
class ExerciseTranslationTest {
    private static final String SUEZ_MODEL_ZH = """
            ---
            title: "苏伊士合作区属于哪一种发展模式？"
            hints:
              - "论文以主导园区开发的力量命名三种模式。"
              - "2008 年起由谁负责合作区的开发？"
              - "一家天津的园区开发公司主导了它。"
            feedback:
              correct: "对。"
              incorrect: "看看是谁在开发和管理合作区。"
            choices:
              - id: a
                text: "园区开发公司为主导力量建设型"
                feedback: "正确：国内园区开发商泰达主导了合作区。"
              - id: b
                text: "政府高层推动建设型"
                feedback: "领导人推动了项目，但建设它的是开发公司。"
              - id: c
                text: "民营企业建设型"
                feedback: "开发商并非由民营企业主导。"
            ---
            中埃·泰达苏伊士经贸合作区属于论文三种发展模式中的哪一种？

            ## 解答

            数据记录该合作区为 {{answer}}：选 a。
            """;

    @TempDir
    Path dir;

    @Test
    void aTranslatedExerciseReadsInChineseWithTheSameKeyAndVariants() {
        FixtureCourse course = FixtureCourse.copyTo(dir).write("suez-teda", "suez-model.zh.md", SUEZ_MODEL_ZH);
        var english = course.exercises();
        Loaded<ExerciseSet> loaded = ExerciseLoader.load(course.casebook(), Language.ZH);
        assertThat(loaded.errors()).extracting(Diagnostic::format).isEmpty();
        ExerciseSet chinese = loaded.value();

        assertThat(chinese.exercises()).extracting(e -> e.id()).isEqualTo(english.exercises().stream().map(e -> e.id()).toList());
        ExerciseVariant zh = chinese.variants("suez-model").get(0);
        ExerciseVariant en = english.variants("suez-model").get(0);
        assertThat(zh.exercise().header().language()).isEqualTo(Language.ZH);
        assertThat(zh.title()).isEqualTo("苏伊士合作区属于哪一种发展模式？");
        assertThat(zh.hints()).hasSize(3).first().isEqualTo("论文以主导园区开发的力量命名三种模式。");
        assertThat(zh.options()).extracting(ExerciseVariant.Option::id).containsExactly("a", "b", "c");
        assertThat(zh.options()).extracting(ExerciseVariant.Option::label)
                .containsExactly("园区开发公司为主导力量建设型", "政府高层推动建设型", "民营企业建设型");
        assertThat(zh.key()).isEqualTo(en.key());
        assertThat(zh.solution()).startsWith("数据记录该合作区为");
        // the exercise file of a translation is not an exercise of its own
        assertThat(english.exercise("suez-model.zh")).isEmpty();
        assertThat(english.variants("suez-model").get(0).title()).isEqualTo("Which development model does the Suez zone follow?");
    }

    @Test
    void anExerciseWithoutTranslationStaysInEnglishWithAWarning() {
        FixtureCourse course = FixtureCourse.copyTo(dir).write("suez-teda", "suez-model.zh.md", SUEZ_MODEL_ZH);
        Loaded<ExerciseSet> loaded = ExerciseLoader.load(course.casebook(), Language.ZH);
        assertThat(loaded.value().variants("suez-owners").get(0).exercise().header().language()).isEqualTo(Language.EN);
        assertThat(loaded.warnings()).filteredOn(d -> d.code() == DiagnosticCode.PB702).extracting(Diagnostic::format)
                .anySatisfy(f -> assertThat(f).startsWith("course/suez-teda/exercises/suez-owners.md:1:1: warning: [PB702] "
                        + "exercise suez-owners has no Chinese translation (suez-owners.zh.md)"))
                .noneSatisfy(f -> assertThat(f).contains("suez-model"));
        assertThat(ExerciseLoader.load(course.casebook()).warnings()).noneMatch(d -> d.code() == DiagnosticCode.PB702);
    }

    @Test
    void aTranslationThatChangesWhatDecidesTheAnswerIsRefusedAtItsPlace() {
        String wrong = SUEZ_MODEL_ZH
                .replace("  - id: c\n", "  - id: d\n")
                .replace("    text: \"园区开发公司为主导力量建设型\"\n", "    text: \"园区开发公司为主导力量建设型\"\n    correct: true\n")
                .replace("  - \"一家天津的园区开发公司主导了它。\"\n", "")
                .replace("{{answer}}", "{{obs:suez-teda-zone/area/2019}}");
        FixtureCourse course = FixtureCourse.copyTo(dir).write("suez-teda", "suez-model.zh.md", wrong);
        Loaded<ExerciseSet> loaded = ExerciseLoader.load(course.casebook(), Language.ZH);
        assertThat(loaded.errors()).extracting(d -> d.format().lines().findFirst().orElseThrow()).contains(
                "course/suez-teda/exercises/suez-model.zh.md:4:3: error: [PB701] the original has 3 hints, the translation 2",
                "course/suez-teda/exercises/suez-model.zh.md:12:5: error: [PB403] unknown translated choice field 'correct'",
                "course/suez-teda/exercises/suez-model.zh.md:17:9: error: [PB701] the original has no choice 'd'",
                "course/suez-teda/exercises/suez-model.zh.md:10:3: error: [PB701] choices not translated: c",
                "course/suez-teda/exercises/suez-model.zh.md:1:1: error: [PB701] the translation leaves out what the original cites: {{answer}}");
        assertThat(loaded.errors()).extracting(Diagnostic::format)
                .anySatisfy(f -> assertThat(f).contains("{{obs:suez-teda-zone/area/2019}} is not in the original"));
        assertThat(ExerciseType.SINGLE_CHOICE.word()).isEqualTo("single-choice");
    }

    private static final String SUEZ_JOBS_ZH = """
            ---
            title: "苏伊士合作区每平方公里的直接就业人数（{{area_year}} 年的面积）"
            hints:
              - "每平方公里就业人数等于直接就业人数除以园区的全部面积。"
              - "使用 {{jobs_as_of}} 的直接就业人数和 {{area_year}} 年报告的面积。"
              - "用就业人数除以以平方公里计的面积。"
            feedback:
              correct: "对，这是一个推算值：请说明所用的面积。"
              incorrect: "请检查你用的是直接就业（而不是带动就业）和全部面积。"
            variants:
              - {area_year: "2025"}
              - {jobs_as_of: "2016-01", area: "面积"}
              - {}
            ---
            用 {{jobs_as_of}} 的直接就业人数和 {{area_year}} 年报告的面积，计算苏伊士合作区每平方公里的直接就业人数。

            ## 解答

            {{formula}}
            """;

    @Test
    void aTranslationGivesTheWordsOfEachVariantButNotWhatSelectsTheData() {
        FixtureCourse course = FixtureCourse.copyTo(dir).write("suez-teda", "suez-jobs-per-km2.zh.md", SUEZ_JOBS_ZH);
        Loaded<ExerciseSet> loaded = ExerciseLoader.load(course.casebook(), Language.ZH);
        assertThat(loaded.errors()).extracting(d -> d.format().lines().findFirst().orElseThrow()).containsExactly(
                "course/suez-teda/exercises/suez-jobs-per-km2.zh.md:11:3: error: [PB701] the original has 2 variants, the translation 3");
        FixtureCourse two = FixtureCourse.copyTo(dir.resolve("two")).write("suez-teda", "suez-jobs-per-km2.zh.md",
                SUEZ_JOBS_ZH.replace("  - {}\n", ""));
        assertThat(ExerciseLoader.load(two.casebook(), Language.ZH).errors()).extracting(d -> d.format().lines().findFirst().orElseThrow())
                .containsExactly(
                        "course/suez-teda/exercises/suez-jobs-per-km2.zh.md:11:5: error: [PB701] parameter 'area_year' selects the data"
                                + " the answer is computed from (${area_year} in the original)",
                        "course/suez-teda/exercises/suez-jobs-per-km2.zh.md:12:5: error: [PB701] parameter 'jobs_as_of' selects the data"
                                + " the answer is computed from (${jobs_as_of} in the original)",
                        "course/suez-teda/exercises/suez-jobs-per-km2.zh.md:12:5: error: [PB701] variant 2 of the original has no"
                                + " parameter 'area'");
    }

    @Test
    void theShippedVariantsReadInChineseAndKeepTheirKeys() {
        Loaded<org.parkbench.core.model.Casebook> casebook = ShippedCourse.casebook();
        ExerciseSet english = ShippedCourse.exercises();
        ExerciseSet chinese = ExerciseLoader.load(casebook.value(), Language.ZH).value();
        var en = english.variants("overview-belt-and-road-share");
        var zh = chinese.variants("overview-belt-and-road-share");
        assertThat(zh).hasSameSizeAs(en).hasSize(3);
        // the first variant is the paper's 56 of 77 parks at the end of 2016, in Chinese words, with the same key
        assertThat(zh.get(0).title()).contains("77 个境外园区").contains("56 个园区").doesNotContain("parks");
        assertThat(en.get(0).title()).contains("77 overseas parks");
        for (int i = 0; i < zh.size(); i++) {
            assertThat(zh.get(i).key()).isEqualTo(en.get(i).key());
        }
    }
}
