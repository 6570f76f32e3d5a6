package org.parkbench.site.pages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.markup.MarkdownRenderer;
import org.parkbench.site.figures.SiteFigures;
import org.parkbench.site.output.RenderPool;
import org.parkbench.site.output.SiteFiles;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.template.Templates;

/**
 * The printed handout of each case, as one XHTML document for the PDF engine ({@code site.pdf}):
 * made from the very view the case's page is made from ({@link CasePages}), through the print
 * template {@code print/handout.vm}, which parses the page's own partials (fact box, stakes,
 * timeline) and adds what paper needs instead of links: each exercise's questions (and, in the
 * instructor profile, the keys, worked solutions, rubrics and model answers the solutions pages
 * show), and the case's sources as a numbered list whose entries carry the anchors the citations
 * in the text point to. Safe to use from several threads: each call renders into a fresh context.
 */
public final class Handouts {
    /** An exercise as the handout sets it: every variant's question, and its keys when the handout is the instructor's. */
    public record Question(String id, String title, String typeLabel, String difficulty, int points,
                           List<ExercisePages.VariantView> variants, SolutionPages.ExerciseKeys keys) {
        public boolean hasKeys() {
            return keys != null;
        }

        public boolean hasVariants() {
            return variants.size() > 1;
        }
    }

    /** A source of the case, numbered in the order of the references page; {@code anchor} is what citations link to. */
    public record Reference(int number, String anchor, String label, String title, String translatedTitle, String link) {
        public boolean hasLink() {
            return !link.isEmpty();
        }
    }

    /** Where a handout's links are relative to: the site's root, so that citations name {@code references.html#anchor}. */
    static final String ROOT = "";

    private final Site site;
    private final CasePages cases;
    private final ExercisePages exercises;
    private final SolutionPages solutions;

    /**
     * The handouts of {@code content}'s cases. {@code pool} runs what the page views run on the
     * render threads; a handout writes no file, so its site files are never used.
     */
    public Handouts(SiteContent content, Templates templates, MarkdownRenderer markdown, RenderPool pool) {
        this.site = new Site(content, new PageOutput(templates, markdown, new SiteFiles(Path.of("handouts-write-no-files"), null),
                pool, new SearchIndex(), new ConcurrentHashMap<>()));
        this.cases = new CasePages(site);
        this.exercises = new ExercisePages(site);
        this.solutions = new SolutionPages(site);
    }

    /** The cases in course order, whose indexes {@link #xhtml} takes. */
    public List<CaseStudy> cases() {
        return site.cases();
    }

    /**
     * The handout of the case at {@code index}, showing {@code figures} (the case's figures, each
     * drawn by the PDF engine from its SVG where the template leaves its {@code data-figure} slot),
     * on paper of CSS page size {@code paper} ({@code A4}, {@code letter}).
     */
    public String xhtml(int index, List<SiteFigures.FigureView> figures, String paper) {
        CaseStudy c = site.cases().get(index);
        Map<String, Object> m = cases.model(site.cases(), index, figures, ROOT);
        m.put("printFigures", figures);
        m.put("printExercises", questions(c));
        m.put("references", references(c));
        m.put("instructor", site.profile.isInstructor());
        m.put("paper", paper);
        m.put("lang", site.language().htmlTag());
        m.put("root", ROOT);
        m.put("site", site.info);
        m.put("t", site.text);
        m.put("page", new Views.PageInfo(c.meta().title(), SitePaths.caseStudy(c.id()), "cases", c.meta().subtitle()));
        return site.templates.render("print/handout.vm", m);
    }

    /** The problems found while making the handouts so far (a citation that names nothing), in the order found. */
    public List<Diagnostic> problems() {
        synchronized (site.problems) {
            return List.copyOf(site.problems);
        }
    }

    private List<Question> questions(CaseStudy c) {
        List<Question> out = new ArrayList<>();
        for (Exercise e : site.exercises.exercises(c.id())) {
            List<ExercisePages.VariantView> variants = site.exercises.variants(e.id()).stream().map(v -> exercises.variant(v, ROOT)).toList();
            // the student's handout carries no key at all: it is never made, so it cannot be printed
            SolutionPages.ExerciseKeys keys = site.profile.isInstructor() ? solutions.keys(c, e, ROOT) : null;
            out.add(new Question(e.id(), ExerciseTexts.generalTitle(e), ExerciseTexts.typeLabel(site.text, e.type()),
                    ExerciseTexts.difficulty(site.text, e.header().difficulty()), e.points(), variants, keys));
        }
        return out;
    }

    private List<Reference> references(CaseStudy c) {
        Set<Bibliography.Entry> cited = Collections.newSetFromMap(new IdentityHashMap<>());
        c.sources().keySet().forEach(key -> cited.add(site.bibliography.entry(c.id(), key)));
        List<Reference> out = new ArrayList<>();
        for (Bibliography.Entry e : site.bibliography.entries()) {
            if (cited.contains(e)) {
                out.add(new Reference(out.size() + 1, e.anchor(), e.label(), e.source().title(),
                        e.source().translatedTitle().orElse(""), e.link()));
            }
        }
        return out;
    }
}
