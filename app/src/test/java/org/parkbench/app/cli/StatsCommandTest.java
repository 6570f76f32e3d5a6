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
        assertThat(implied("56 parks")).isCloseTo(56 / 0.7272, within(0.005));
    }

    @Test
    void showsEveryHeadlineFigureOfThePaper() {
        assertThat(run.out()).contains("77", "56", "1082", "18.55", "50.69", "72.72 %", "71.09 %", "76.68 %", "72.13 %");
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
