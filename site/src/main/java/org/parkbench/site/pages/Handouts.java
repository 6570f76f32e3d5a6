package org.parkbench.site.pages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.markup.MarkdownRenderer;
import org.parkbench.markup.TrustedHtml;
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
        Map<String, Object> m = caseModel(index, figures, paper);
        m.put("references", references(List.of(site.cases().get(index))));
        return site.templates.render("print/handout.vm", m);
    }

    /**
     * The course book as one XHTML document: a cover from the course file, a table of contents, the
     * development models, every case as its handout shows it ({@code figures} holds each case's, in course
     * order), the glossary, and one numbered reference list for the whole book, which every case's
     * citations point to. Each case comes as its own {@code <section class="chapter" id="case-…">}, whose
     * ids the PDF engine prefixes with the case's id (two cases' sections share names).
     */
    public String book(List<List<SiteFigures.FigureView>> figures, String paper) {
        List<TrustedHtml> chapters = new ArrayList<>();
        List<Map<String, String>> toc = new ArrayList<>();
        for (int i = 0; i < site.cases().size(); i++) {
            Map<String, Object> m = caseModel(i, figures.get(i), paper);
            // the book prints one reference list, after the glossary
            m.put("references", List.of());
            // made by the print template, every value in it escaped there: inserted into the book as it is
            chapters.add(new TrustedHtml(site.templates.render("print/case.vm", m)));
        }
        Map<String, Object> m = printModel(paper);
        m.put("chapters", chapters);
        m.put("cases", site.cases().stream().map(c -> Map.of("id", c.id(), "title", c.meta().title())).toList());
        m.put("models", new ModelPages(site).views(ROOT));
        m.put("terms", site.language() == Language.EN ? site.glossary.terms()
                : site.glossary.terms().stream().map(t -> t.in(site)).toList());
        m.put("references", references(site.cases()));
        return site.templates.render("print/book.vm", m);
    }

    /**
     * The answer key (instructor profile only) as one XHTML document: case by case in course order, every
     * exercise with every variant's key, rounding and tolerance and worked solution, the keys the solutions
     * pages and the instructor's answer-key page show ({@link SolutionPages#keys}).
     *
     * @throws IllegalStateException in the student profile, which has no answer key
     */
    public String answerKey(String paper) {
        if (!site.profile.isInstructor()) {
            throw new IllegalStateException("the answer key is the instructor's");
        }
        List<SolutionPages.CaseSolutions> cases = new ArrayList<>();
        for (CaseStudy c : site.cases()) {
            List<Exercise> all = site.exercises.exercises(c.id());
            if (!all.isEmpty()) {
                cases.add(new SolutionPages.CaseSolutions(c.id(), c.meta().title(), "", all.size(),
                        all.stream().mapToInt(Exercise::variantCount).sum(), all.stream().map(e -> solutions.keys(c, e, ROOT)).toList()));
            }
        }
        Map<String, Object> m = printModel(paper);
        m.put("cases", cases);
        return site.templates.render("print/answer-key.vm", m);
    }

    /** What every print template reads: the language, the paper, the site's words and course. */
    private Map<String, Object> printModel(String paper) {
        Map<String, Object> m = new HashMap<>();
        m.put("instructor", site.profile.isInstructor());
        m.put("paper", paper);
        m.put("lang", site.language().htmlTag());
        m.put("root", ROOT);
        m.put("site", site.info);
        m.put("t", site.text);
        return m;
    }

    /** The case page's view of the case at {@code index}, with what paper adds (print/case.vm). */
    private Map<String, Object> caseModel(int index, List<SiteFigures.FigureView> figures, String paper) {
        CaseStudy c = site.cases().get(index);
        Map<String, Object> m = cases.model(site.cases(), index, figures, ROOT);
        m.putAll(printModel(paper));
        m.put("caseId", c.id());
        m.put("printFigures", figures);
        m.put("printExercises", questions(c));
        m.put("page", new Views.PageInfo(c.meta().title(), SitePaths.caseStudy(c.id()), "cases", c.meta().subtitle()));
        return m;
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

    /** The sources the cases {@code citing} cite, numbered in the order of the references page. */
    private List<Reference> references(List<CaseStudy> citing) {
        Set<Bibliography.Entry> cited = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CaseStudy c : citing) {
            c.sources().keySet().forEach(key -> cited.add(site.bibliography.entry(c.id(), key)));
        }
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
