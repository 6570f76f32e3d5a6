package org.parkbench.site.pages;

import java.util.List;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.figures.SiteFigures;

/**
 * The set of pages a course makes, in the parts a build writes: each case's page, its parks' pages
 * and its data files; the pages that show the whole course; and, once every case is written, the
 * all-cases data files with the data page. The full build writes every part; a preview's update
 * writes the parts a changed case touches. Both go through this interface, so the list of pages
 * is kept in one place ({@link CoursePages}).
 *
 * <p>Methods that write many pages hand them to the render threads ({@link PageOutput#pool()});
 * the caller awaits the pool. Problems found while writing (a citation that names nothing) are
 * collected, not thrown, so that every page is written and every problem reported at once.
 */
public interface PageSet {
    /** The pages of {@code content}, written to {@code output}. */
    static PageSet of(SiteContent content, PageOutput output) {
        return new CoursePages(new Site(content, output));
    }

    /** The same pages over other content: figures, exercises and bibliography replaced, everything else shared. */
    PageSet with(SiteFigures figures, ExerciseSet exercises, Bibliography bibliography);

    /**
     * The page of the case at {@code index} in course order, showing {@code figures}: the case's
     * figures (and its parks' figures, when the case shows its parks inline).
     */
    void casePage(int index, List<SiteFigures.FigureView> figures);

    /** The pages of every park of {@code c}, on the render threads; {@code figures} are the case's figures. */
    void parkPages(CaseStudy c, List<SiteFigures.FigureView> figures);

    /** The page of the park at {@code park} in {@code c}'s park list, showing that park's {@code figures}. */
    void parkPage(CaseStudy c, int park, List<SiteFigures.FigureView> figures);

    /** The CSV files of one case (the tables it has rows in), and their row counts for the data page. */
    void caseData(CaseStudy c);

    /**
     * Every page over the whole course, on the render threads: home, models, exercises, comparison,
     * park catalogue, glossary, references, search, 404 and, in the instructor profile, the
     * instructor area.
     */
    void coursePages();

    /** After every case's data files: the all-cases CSV files, {@code datapackage.json} and the data page. */
    void dataPage();

    /** Whether a case has too many parks to show their details on its page (they are then on the parks' own pages). */
    static boolean showsParksApart(CaseStudy c) {
        return CasePages.compact(c);
    }

    /** The problems found while writing so far, in the order found. */
    List<Diagnostic> problems();

    /** Thread time spent in each page template, kept only while phase timing is on ({@link PhaseClock}). */
    java.util.Map<String, java.util.concurrent.atomic.LongAdder> templateTimes();
}
