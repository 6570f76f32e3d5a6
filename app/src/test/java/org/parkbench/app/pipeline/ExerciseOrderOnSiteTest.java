package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/** A case page lists its exercises in the order for learning the exercise files give. */
class ExerciseOrderOnSiteTest {
    @TempDir
    Path tmp;

    @Test
    void theSihanoukvilleCasePageListsItsExercisesByTheirOrder() throws Exception {
        Casebook casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        ExerciseSet exercises = ExerciseLoader.load(casebook).value();
        new SiteBuilder().build(new BuildRequest(CourseLoader.defaultCourse(casebook), casebook, tmp, Profile.STUDENT, false));

        Document page = Jsoup.parse(Files.readString(tmp.resolve(SitePaths.caseStudy("sihanoukville"))));
        List<String> listed = page.select("a[href^=../exercises/]").eachAttr("href").stream().distinct()
                .map(h -> h.substring("../exercises/".length(), h.length() - ".html".length())).toList();

        // order: 1 … 9 in the files: recall first, the simple growth before the compound rate, the ratio before which area to use
        assertThat(listed).containsExactly("sihanoukville-variant", "sihanoukville-mofcom-year", "sihanoukville-milestones-order",
                "sihanoukville-jobs-growth", "sihanoukville-jobs-per-km2", "sihanoukville-integration-evidence",
                "sihanoukville-jobs-growth-annual", "sihanoukville-which-area", "sihanoukville-2019-conflict");
        assertThat(listed).isEqualTo(exercises.exercises("sihanoukville").stream().map(Exercise::id).toList());
        // every shipped exercise has its place
        assertThat(exercises.exercises()).allSatisfy(e -> assertThat(e.header().order()).as(e.id()).isPresent());
    }
}
