package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code parkbench stats} over the shipped cases: the paper's headline table, checked and recomputed. */
class StatsCommandTest {
    private static CommandRun run;

    @BeforeAll
    static void runStats() {
        run = CommandRun.of("stats");
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

    /** The value after "≈" on the implied-total line whose formula starts with {@code numerator}. */
    private static double implied(String numerator) {
        Matcher m = Pattern.compile("implied all-overseas total: [^\\n]*" + Pattern.quote(numerator)
                + " ÷ [0-9.]+ % ≈ (?:USD )?([0-9.,]+)").matcher(run.out());
        assertThat(m.find()).as("implied total for " + numerator + " in:%n" + run.out()).isTrue();
        return Double.parseDouble(m.group(1).replace(",", ""));
    }
}
