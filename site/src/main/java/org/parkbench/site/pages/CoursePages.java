package org.parkbench.site.pages;

import java.util.List;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.figures.SiteFigures;

/** The pages of the course site, as {@link PageSet} lists them, each part written by its page class. */
final class CoursePages implements PageSet {
    private final Site site;
    private final DataPage data;

    CoursePages(Site site) {
        this.site = site;
        this.data = new DataPage(site, site.rowCounts);
    }

    @Override
    public PageSet with(SiteFigures figures, ExerciseSet exercises, Bibliography bibliography) {
        return new CoursePages(site.with(figures, exercises, bibliography));
    }

    @Override
    public void casePage(int index, List<SiteFigures.FigureView> figures) {
        new CasePages(site).write(site.cases(), index, figures);
    }

    @Override
    public void parkPages(CaseStudy c, List<SiteFigures.FigureView> figures) {
        new ParkPages(site).write(c, figures);
    }

    @Override
    public void parkPage(CaseStudy c, int park, List<SiteFigures.FigureView> figures) {
        new ParkPages(site).write(c, park, figures);
    }

    @Override
    public void caseData(CaseStudy c) {
        data.writeCase(c);
    }

    @Override
    public void coursePages() {
        site.pool.submit(() -> new HomePage(site).write());
        site.pool.submit(() -> new ModelPages(site).write());
        site.pool.submit(() -> new ExercisePages(site).write());
        new ComparePage(site).write();
        new ParkCatalogue(site).write();
        site.pool.submit(() -> site.glossary.write(site));
        site.pool.submit(() -> new SimplePages(site).write());
        if (site.profile.isInstructor()) {
            site.pool.submit(() -> new InstructorPages(site).write());
        }
    }

    @Override
    public void dataPage() {
        data.write();
    }

    @Override
    public java.util.Map<String, java.util.concurrent.atomic.LongAdder> templateTimes() {
        return site.templateNanos;
    }

    @Override
    public List<Diagnostic> problems() {
        synchronized (site.problems) {
            return List.copyOf(site.problems);
        }
    }
}
