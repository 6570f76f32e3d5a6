package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Park;

/**
 * {@code parkbench stats} over the shipped cases: the paper's headline table, checked and
 * recomputed, and each case's key figures; in English, and with {@code --lang zh} in Chinese.
 */
class StatsCommandTest {
    private static CommandRun run;
    private static CommandRun zh;

    @BeforeAll
    static void runStats() {
        run = CommandRun.of("stats");
        zh = CommandRun.of("stats", "--lang", "zh");
    }

    @Test
    void exitsCleanly() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void recomputesTheParkShareAndSaysItWasTruncated() {
        // 56 / 77 = 0.727272…: the paper's 72.72 % drops the third decimal instead of rounding to 72.73 %.
        assertThat(run.out()).contains("56/77 = 72.727").contains("reported as 72.72 %").contains("truncated, not rounded");
    }

    @Test
    void impliedTotalsFollowFromTheReportedShares() {
        assertThat(implied("enterprises")).isCloseTo(1082 / 0.7109, within(0.5));
        assertThat(implied("USD 18.55 bn")).isCloseTo(18.55 / 0.7668, within(0.005));
        assertThat(implied("USD 50.69 bn")).isCloseTo(50.69 / 0.7213, within(0.005));
    }

    @Test
    void wherePaperPrintsTheTotalTheShareChecksItInsteadOfImplyingOne() {
        // The paper prints 77 parks; 56 ÷ 0.7272 = 77.0077…, and 56 ÷ 0.7273 = 76.997…: consistent with 77.
        assertThat(run.out()).contains("check: 56 parks ÷ 72.72 % = 77.008 parks, consistent with the printed 77 parks "
                + "up to the truncated share");
        assertThat(run.out()).doesNotContain("implied all-overseas total: 56 parks");
    }

    @Test
    void theStateCouncilBriefingsFiguresKeepTheirQualifiers() {
        // SCIO briefing, April 2019: "about USD 40 bn" cumulative investment, "more than USD 3 bn" in taxes, "more than 300,000" jobs.
        assertThat(run.out()).containsPattern("investment\\s+All Chinese overseas parks\\s+about USD 40 bn")
                .containsPattern("taxes\\s+All Chinese overseas parks\\s+more than USD 3 bn")
                .containsPattern("jobs\\s+All Chinese overseas parks\\s+more than 300,000 jobs");
    }

    @Test
    void showsEveryHeadlineFigureOfThePaper() {
        assertThat(run.out()).contains("77 parks", "56 parks", "1,082 enterprises", "18.55", "50.69", "72.72 %", "71.09 %", "76.68 %", "72.13 %");
    }

    @Test
    void listsKeyFiguresOfEveryParkCaseWithAsOfDates() {
        assertThat(run.out()).contains("[suzhou-industrial-park]", "[suez-teda-zone]", "[huajian-dukem]", "[huajian-lebu]",
                "[haier-ruba-zone]", "[sihanoukville-sez]");
        // Suez's induced jobs are never shown as direct ones.
        assertThat(run.out()).containsPattern("Induced jobs\\s+more than 70,000 induced jobs\\s+as of 2024");
        assertThat(run.out()).containsPattern("Area\\s+288 km²\\s+as of 2019");
    }

    @Test
    void keyFiguresSayHowTheSourceStatesThemAndWhichAreTargetsOrPlans() {
        // each as park-facts.csv gives it: Suez "~10,000" jobs (Xinhua, end of 2025) and "up to 40,000 jobs" targeted
        // (CCTV, August 2016), its 2025 expansion "+2.86 km2"; Huajian Lebu "> 12,000" jobs (Helm News, January 2025);
        // Sihanoukville's target of "80,000-100,000 workers" (The People's Map, 2021)
        assertThat(run.out()).containsPattern("Direct jobs\\s+about 10,000 direct jobs\\s+as of 2025-12\\s")
                .containsPattern("Jobs \\(target\\)\\s+target: up to 40,000 jobs\\s+as of 2016-08\\s")
                .containsPattern("Area \\(planned or allocated\\)\\s+planned: 2\\.86 km²\\s+as of 2025-07-16\\s")
                .containsPattern("Direct jobs\\s+more than 12,000 direct jobs\\s+as of 2025-01\\s")
                .containsPattern("Jobs \\(target\\)\\s+target: 80,000–100,000 jobs\\s+as of 2021\\s");
    }

    @Test
    void inChineseExitsCleanlyAndEnglishIsTheDefault() {
        assertThat(zh.exitCode()).as(zh.err()).isZero();
        assertThat(zh.err()).isEmpty();
        assertThat(CommandRun.of("stats", "--lang", "en").out()).isEqualTo(run.out());
    }

    @Test
    void inChineseTheHeadingsAndTheTablesColumnsAreChinese() {
        assertThat(zh.out()).contains("== 已发布的统计数据：Bulletin of the Chinese Academy of Sciences 32(4)，2017：")
                .containsPattern("(?m)^  统计项\\s+统计范围\\s+数值\\s+报告比重\\s+重新计算的比重\\s+核对结果\\s+推算总数或核对$")
                .contains("== 苏州工业园（suzhou）==")
                // the park's Chinese name from parks.csv, its model in the paper's term
                .contains("  中埃·泰达苏伊士经贸合作区 [suez-teda-zone]，EG，所属模式：园区开发公司为主导力量建设型")
                .contains("  柬埔寨西哈努克港经济特区 [sihanoukville-sez]，KH，所属模式：民营企业建设型");
        assertThat(zh.out()).doesNotContain("Published statistics", "declared model", "as of ", "check:", "implied all-overseas total");
    }

    @Test
    void inChineseTheParkShareIsCheckedWithTheSameNumbersAsInEnglish() {
        // 56 / 77 = 72.7272…: the paper's 72.72 % is truncated, in either language
        assertThat(zh.out()).contains("  核对：56/77 = 72.727…%，所印为 72.72%（截断，而非四舍五入）");
        assertThat(numbers(line(zh.out(), "  核对："))).isEqualTo(numbers(line(run.out(), "  check: "))).containsExactly("56", "77",
                "72.727", "72.72");
        // and the printed 77 parks are checked, not replaced: 56 ÷ 0.7272 = 77.008
        assertThat(zh.out()).containsPattern("园区\\s+“一带一路”沿线国家的园区\\s+56 个园区\\s+72\\.72%\\s+72\\.727%\\s+截断\\s+"
                + "核对：56 个园区 ÷ 72\\.72% = 77\\.008 个园区，与所印的 77 个园区相符，差别来自比重的截断");
    }

    @Test
    void inChineseTheImpliedTotalsAreTheEnglishOnes() {
        // 1082 ÷ 0.7109 ≈ 1522 enterprises; USD 18.55 bn ÷ 0.7668 ≈ 24.191 bn (十亿美元)
        assertThat(zh.out()).contains("  由比重推算的全部境外园区总量：1082 家企业 ÷ 71.09% ≈ 1522 家企业")
                .contains("  由比重推算的全部境外园区总量：18.55 十亿美元 ÷ 76.68% ≈ 24.191 十亿美元")
                .contains("  由比重推算的全部境外园区总量：50.69 十亿美元 ÷ 72.13% ≈ 70.276 十亿美元");
        assertThat(zh.out().lines().filter(l -> l.startsWith("  由比重推算的全部境外园区总量：")).count())
                .isEqualTo(run.out().lines().filter(l -> l.startsWith("  implied all-overseas total: ")).count());
    }

    @Test
    void inChineseFiguresKeepTheirQualifiersInChineseMagnitudesWithChineseDates() {
        // the SCIO briefing's "more than 300,000 jobs" and "about USD 40 bn"; Suez's "~10,000" jobs (end of 2025),
        // its target of "up to 40,000 jobs" (August 2016); Suzhou's 288 km² (2019)
        assertThat(zh.out()).containsPattern("就业\\s+中国全部境外园区\\s+超过 30 万个岗位")
                .containsPattern("投资\\s+中国全部境外园区\\s+约 400 亿美元")
                .containsPattern("直接就业\\s+约 1 万个直接就业岗位\\s+截至2025年12月\\s")
                .containsPattern("就业（目标）\\s+目标：最多 4 万个就业岗位\\s+截至2016年8月\\s")
                .containsPattern("面积\\s+288 平方公里\\s+截至2019年\\s");
    }

    @Test
    void inChineseNoEnglishWordIsLeftOutsideIdsNamesAndSources() {
        StringWriter ignored = new StringWriter();
        Casebook book = ShippedCasebook.loadOrReport(new PrintWriter(ignored));
        List<String> asWritten = new ArrayList<>();
        for (CaseStudy c : book.cases()) {
            asWritten.add(c.id());
            c.sources().values().forEach(s -> asWritten.addAll(List.of(s.title(), s.publisher(), s.authors(), s.year())));
            for (Park p : c.parks()) {
                asWritten.addAll(List.of(p.id(), p.nameEn()));
            }
            // an actor as a Chinese reader reads it: its Chinese name, or the sources' name where the data has none
            c.stakes().forEach(s -> asWritten.add(s.actor().name(Language.ZH)));
        }
        String rest = zh.out();
        for (String text : asWritten.stream().filter(t -> !t.isBlank()).sorted(Comparator.comparing(String::length).reversed()).toList()) {
            rest = rest.replace(text, "");
        }
        Matcher english = Pattern.compile("[A-Za-z]{3,}").matcher(rest);
        List<String> found = new ArrayList<>();
        while (english.find()) {
            found.add(english.group());
        }
        assertThat(found).as("English words among the labels of:%n%s", rest).isEmpty();
    }

    @Test
    void inChineseTheRulesExplainThemselvesInChinese() {
        // Suez: TEDA Holding (天津泰达投资控股 in actors.csv) owns 75 % of the developer, as the English text says
        assertThat(zh.out()).contains("成立的规则：")
                .contains("C2（园区开发公司为主导力量建设型 +2）：天津泰达投资控股（园区开发公司，中国）持有开发主体 75% 的股份：")
                .doesNotContain("英文");
        assertThat(run.out()).contains("C2 (company-led +2): Tianjin TEDA Investment Holding Co. (park-development-company, CN), "
                + "owning 75 % of the developer:");
    }

    @Test
    void aLanguageTheCourseHasNotIsTheUsageErrorEveryCommandGives() {
        CommandRun stats = CommandRun.of("stats", "--lang", "xx");

        assertThat(stats.exitCode()).isEqualTo(2);
        assertThat(stats.out()).isEmpty();
        assertThat(stats.err()).isEqualTo("parkbench stats: --lang xx is not a language of the course; use one of en, zh"
                + System.lineSeparator());
        for (List<String> command : List.of(List.of("figures"), List.of("export", "--format", "gift"))) {
            CommandRun other = CommandRun.of(Stream.concat(command.stream(), Stream.of("--lang", "xx")).toArray(String[]::new));
            assertThat(other.exitCode()).as(command.get(0)).isEqualTo(2);
            assertThat(other.err()).isEqualTo(stats.err().replace("parkbench stats:", "parkbench " + command.get(0) + ":"));
        }
    }

    /** The first line of {@code text} starting with {@code prefix}. */
    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no line " + prefix));
    }

    /** The numbers of a line, in order. */
    private static List<String> numbers(String line) {
        return Pattern.compile("[0-9]+(?:\\.[0-9]+)?").matcher(line).results().map(m -> m.group()).toList();
    }

    /** The value after "≈" on the implied-total line whose formula starts with {@code numerator}. */
    private static double implied(String numerator) {
        Matcher m = Pattern.compile("implied all-overseas total: [^\\n]*" + Pattern.quote(numerator)
                + " ÷ [0-9.]+ % ≈ (?:USD )?([0-9.,]+)").matcher(run.out());
        assertThat(m.find()).as("implied total for " + numerator + " in:%n" + run.out()).isTrue();
        return Double.parseDouble(m.group(1).replace(",", ""));
    }
}
