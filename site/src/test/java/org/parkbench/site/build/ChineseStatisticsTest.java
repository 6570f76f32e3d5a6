package org.parkbench.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;
import org.parkbench.core.load.CaseAssembly;
import org.parkbench.site.course.Course;
import org.parkbench.site.pages.Profile;

/**
 * The published statistics on a Chinese site: the check of a printed share, the check of the
 * printed total and the reason a share implies no total are all in Chinese, with the numbers of
 * the English site, and none is left in English.
 */
class ChineseStatisticsTest {
    @TempDir
    Path tmp;

    @Test
    void theChecksAndTheReasonNoTotalIsImpliedReadInChinese() throws IOException {
        // the fixture's 60 of 80 parks printed as 75 %, and "more than 300,000 jobs", 60 % of all: a bound implies no total
        CaseStudy o = Fixtures.overview();
        List<PublishedStatistic> stats = new ArrayList<>(o.statistics());
        stats.add(new PublishedStatistic("jobs-bri", "jobs", StatisticScope.BELT_AND_ROAD, 300000, null, Unit.PERSONS, Qualifier.OVER,
                ObservationKind.OUTCOME, PartialDate.ofYear(2016), 60.0, null, "paper", "", Fixtures.O));
        CaseStudy overview = CaseAssembly.of(o.meta(), o.narrative(), o.parks(), o.stakes(), o.observations(), o.events(), o.sources(),
                stats, o.zones(), o.directory(), o.displayDirectory());
        Casebook book = new Casebook(List.of(overview));
        Course en = Fixtures.course(book);
        Course zh = new Course(en.id(), en.title(), en.subtitle(), en.institution(), en.term(), en.lecturer(), "zh", en.stampBuildDate(),
                en.sessions(), en.caseDirectories(), en.origin());
        new SiteBuilder().build(new BuildRequest(zh, book, tmp, Profile.INSTRUCTOR, false));

        String all = pages(tmp);
        assertThat(all).contains("60/80 = 75%，所印为 75%（四舍五入，一致）")
                .contains("60 个园区 ÷ 75% = 80 个园区，与所印的 80 个园区相符，差别来自比重的四舍五入")
                .contains("未计算：来源给出的是超过 30 万个岗位；");
        assertThat(all).doesNotContain("reported as", "consistent with", "the source states it as", "not computed");
    }

    private static String pages(Path site) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path page : new LinkChecker(site).files(".html")) {
            all.append(Files.readString(page, StandardCharsets.UTF_8));
        }
        return all.toString();
    }
}
