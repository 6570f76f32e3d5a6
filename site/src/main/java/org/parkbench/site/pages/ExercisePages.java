package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Objective;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.output.SitePaths;

/**
 * The exercises on the student site: one page per exercise ({@code exercises/<id>.html}) on which
 * it is answered with native form controls and checked in the browser against salted hashes
 * ({@code check.js}); every variant's text is in the page and the script shows the student's own
 * (before a student id is entered, variant 0). The exercises index lists them case by case with
 * type, difficulty, points and objectives, and holds the student id form and the export and
 * import of answer files; each case page lists its own with an anchor per exercise. Each list shows,
 * per exercise and in sum, the points the student's answers earn as {@code grade} counts them and
 * those pending hand-marking. Nothing on these pages states a key: answers are hashes, and
 * solutions and feedback are sealed.
 */
public final class ExercisePages {
    /**
     * The fewest words a short answer needs before its model answer, rubric and worked solution open
     * on the site (two Chinese characters count as one word; exercise-page.js counts them, and
     * docs/answer-file.md, "Short answers: a genuine attempt first", states the rule): a genuine attempt
     * first, so that the answer file's response from before the reveal is the student's own.
     */
    public static final int SHORT_ANSWER_MIN_WORDS = 30;

    /** A text that differs by variant; the page shows the student's and hides the others. */
    public record VariantText(int index, String text) {
        public boolean first() {
            return index == 0;
        }
    }

    /** A learning objective, numbered as its case lists it, linked to where the case page states it. */
    public record ObjectiveLink(int number, String text, String href) {
    }

    /**
     * An exercise as the exercises index and a case page list it; {@code type} is the type's word
     * ({@code short-answer}…), which tells the page's script which points wait for the lecturer.
     */
    public record Entry(String id, String anchor, String href, List<VariantText> titles, String type, String typeLabel, String difficulty,
                        int level, String levelName, int points, int variants, List<ObjectiveLink> objectives) {
    }

    /** The exercises of one case on the exercises index, with the case's objectives they are numbered by. */
    public record Group(String id, String title, String href, List<ObjectiveLink> objectives, List<Entry> exercises) {
    }

    /** A choice, an item to classify or an event to order; {@code domId} is unique within its variant. */
    public record OptionView(String id, String domId, String label) {
    }

    /** A development model a classify item can be put in. */
    public record CategoryView(String word, String label) {
    }

    /** One variant on an exercise page: its texts and what the student picks, sorts or orders. */
    public record VariantView(int index, String title, TrustedHtml body, List<TrustedHtml> hints, List<OptionView> options,
                              List<CategoryView> categories, String unit) {
        public boolean first() {
            return index == 0;
        }

        /** The prefix of every id inside the variant, so that variants on one page never share one. */
        public String prefix() {
            return "v" + index + "-";
        }
    }

    /** An exercise page. */
    public record ExerciseView(String id, String course, String type, String typeLabel, String difficulty, int points,
                               int variantCount, String caseTitle, String caseHref, String precision,
                               List<VariantView> variants, TrustedHtml checkData, List<ObjectiveLink> objectives,
                               int number, int total, Views.Link previous, Views.Link next) {
        public boolean hasPrevious() {
            return previous != null;
        }

        public boolean hasNext() {
            return next != null;
        }
    }

    private final Site site;
    private final ExerciseTexts texts;

    ExercisePages(Site site) {
        this.site = site;
        this.texts = new ExerciseTexts(site);
    }

    /** The exercises of a case as its page lists them, links relative to {@code root}. */
    List<Entry> entries(String caseId, String root) {
        return site.exercises.exercises(caseId).stream().map(e -> entry(e, root)).toList();
    }

    void write() {
        List<Exercise> all = site.exercises.exercises();
        for (int i = 0; i < all.size(); i++) {
            int at = i;
            // one job a page: each variant's check data costs a stretched derivation (StretchedHash), so the pages
            // share the cores instead of taking their turns on one
            site.pool.submit(() -> writeExercise(all.get(at), at > 0 ? all.get(at - 1) : null,
                    at + 1 < all.size() ? all.get(at + 1) : null, at + 1, all.size()));
        }
        writeIndex();
    }

    private Entry entry(Exercise e, String root) {
        List<VariantText> titles = site.exercises.variants(e.id()).stream().map(v -> new VariantText(v.index(), v.title())).toList();
        int level = e.header().difficulty();
        return new Entry(e.id(), "exercise-" + e.id(), root + SitePaths.exercise(e.id()), titles, e.type().word(),
                ExerciseTexts.typeLabel(site.text, e.type()),
                ExerciseTexts.difficulty(site.text, level), level, ExerciseTexts.level(site.text, level), e.points(), e.variantCount(), objectives(e, root));
    }

    /** The objectives an exercise assesses, numbered as its case lists them. */
    private List<ObjectiveLink> objectives(Exercise e, String root) {
        return objectives(site.caseStudy(e.caseId()).orElseThrow(), e.header().objectives(), root);
    }

    /** The objectives of a case among {@code ids}, numbered in the case's order. */
    private static List<ObjectiveLink> objectives(CaseStudy c, List<String> ids, String root) {
        List<ObjectiveLink> links = new ArrayList<>();
        List<Objective> all = c.meta().objectives();
        for (int i = 0; i < all.size(); i++) {
            Objective o = all.get(i);
            if (ids.contains(o.id())) {
                links.add(new ObjectiveLink(i + 1, o.text(), root + SitePaths.caseStudy(c.id()) + "#objective-" + o.id()));
            }
        }
        return links;
    }

    private void writeExercise(Exercise e, Exercise previous, Exercise next, int number, int total) {
        String path = SitePaths.exercise(e.id());
        String root = SitePaths.rootOf(path);
        CaseStudy c = site.caseStudy(e.caseId()).orElseThrow();
        List<ExerciseVariant> variants = site.exercises.variants(e.id());
        List<VariantView> views = variants.stream().map(v -> variant(v, root)).toList();
        String precision = e instanceof Exercise.Numeric n ? ExerciseTexts.precision(site.text, n.accuracy()) : "";
        String type = ExerciseTexts.typeLabel(site.text, e.type());
        ExerciseView view = new ExerciseView(e.id(), site.course.id(), e.type().word(), type,
                ExerciseTexts.difficulty(site.text, e.header().difficulty()), e.points(), e.variantCount(), c.meta().title(),
                root + SitePaths.caseStudy(c.id()) + "#exercise-" + e.id(), precision, views,
                texts.checkData(variants, root), objectives(e, root), number, total, link(previous, root), link(next, root));
        Map<String, Object> m = new HashMap<>();
        m.put("x", view);
        m.put("minWords", SHORT_ANSWER_MIN_WORDS);
        m.put("untranslated", e.header().language() != site.language() ? site.untranslatedNotice() : "");
        String title = ExerciseTexts.generalTitle(e);
        String lowerType = site.text.language() == org.parkbench.core.language.Language.EN ? type.toLowerCase(java.util.Locale.ROOT) : type;
        site.page(path, "exercise", title, "exercises", site.text.format("exercise.description", c.meta().title(), lowerType), m, true);
    }

    /**
     * The titles of a case's exercises as one search entry that leads to the case's list of them
     * (each exercise page is indexed too, with its whole text: never its key or solution, which
     * are not on the page).
     */
    private void indexTitles(CaseStudy c) {
        List<Exercise> exercises = site.exercises.exercises(c.id());
        if (!exercises.isEmpty()) {
            String titles = String.join(" · ", exercises.stream().map(ExerciseTexts::generalTitle).toList());
            site.search.add(SitePaths.caseStudy(c.id()) + "#exercises", site.text.format("exercises.table", c.meta().title()), site.sectionLabel("exercises"),
                    site.language(), "<p>" + TrustedHtml.escape(titles) + "</p>");
        }
    }

    private Views.Link link(Exercise e, String root) {
        return e == null ? null : new Views.Link(ExerciseTexts.generalTitle(e), root + SitePaths.exercise(e.id()));
    }

    VariantView variant(ExerciseVariant v, String root) {
        Exercise e = v.exercise();
        List<OptionView> options = new ArrayList<>();
        for (int i = 0; i < v.options().size(); i++) {
            ExerciseVariant.Option o = v.options().get(i);
            options.add(new OptionView(o.id(), "v" + v.index() + "-option-" + (i + 1), o.label()));
        }
        List<CategoryView> categories = v.categories().stream().map(word -> new CategoryView(word,
                Vocabulary.lookup(DevelopmentModel.class, word).map(m -> m.label(site.text.language())).orElse(word))).toList();
        String unit = v.key() instanceof Key.Number n ? site.text.numbers().unitLabel(n.unit()) : "";
        return new VariantView(v.index(), v.title(), texts.render(e, v.body(), root),
                v.hints().stream().map(h -> texts.render(e, h, root)).toList(), options, categories, unit);
    }

    private void writeIndex() {
        String root = "";
        List<Group> groups = new ArrayList<>();
        for (CaseStudy c : site.cases()) {
            groups.add(new Group(c.id(), c.meta().title(), root + SitePaths.caseStudy(c.id()), objectives(c, c.meta().objectives().stream().map(Objective::id).toList(), root),
                    entries(c.id(), root)));
            indexTitles(c);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("groups", groups);
        m.put("course", site.course.id());
        m.put("count", site.exercises.exercises().size());
        m.put("cases", site.cases().stream().map(c -> Views.CaseCard.of(c, root, site.text)).toList());
        site.page(SitePaths.EXERCISES, "exercises", site.text.text("nav.exercises"), "exercises", site.text.text("exercises.description"), m, true);
    }
}
