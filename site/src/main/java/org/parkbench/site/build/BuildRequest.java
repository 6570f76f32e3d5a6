package org.parkbench.site.build;

import java.nio.file.Path;
import java.util.Objects;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.course.Course;
import org.parkbench.site.pages.Profile;

/**
 * What to build: a course over loaded cases, where to, for whom, and whether to render figures
 * (off, a build is text only and faster, e.g. for link checks).
 */
public record BuildRequest(Course course, Casebook casebook, Path outDir, Profile profile, boolean figures) {
    public BuildRequest {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(casebook, "casebook");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(profile, "profile");
    }
}
