package org.parkbench.site.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.course.Course;
import org.parkbench.site.pages.Profile;

/**
 * What {@code parkbench pdf} makes: the handouts of {@code course}'s cases from {@code casebook}, for
 * {@code profile}, in each of {@code languages} (a folder each), on {@code paper}, into {@code outDir}.
 */
public record PdfRequest(Course course, Casebook casebook, Path outDir, Profile profile, List<Language> languages, Paper paper) {
    public PdfRequest {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(casebook, "casebook");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(paper, "paper");
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language");
        }
    }
}
