package org.parkbench.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;

/**
 * Every figure for a casebook, in a fixed order, and the figures that could not be built with the
 * reason. Figures come from the {@link FigureContribution}s on the classpath (Parkbench's own and
 * any a case adds), sorted by rank and id, never by classpath order.
 */
public final class FigureCatalogue {
    private final List<Figure> figures;
    private final List<FigureProblem> problems;

    private FigureCatalogue(List<Figure> figures, List<FigureProblem> problems) {
        this.figures = List.copyOf(figures);
        this.problems = List.copyOf(problems);
    }

    /** The catalogue from every contribution visible to charts' class loader, in English. */
    public static FigureCatalogue forCasebook(Casebook casebook) {
        return forCasebook(casebook, Language.EN);
    }

    /** The catalogue from every contribution visible to charts' class loader, in {@code language}. */
    public static FigureCatalogue forCasebook(Casebook casebook, Language language) {
        return forCasebook(casebook, contributions(FigureCatalogue.class.getClassLoader()), Withholding.NONE, language);
    }

    /** The catalogue from the given contributions, in the order given, withholding nothing. */
    public static FigureCatalogue forCasebook(Casebook casebook, List<FigureContribution> contributions) {
        return forCasebook(casebook, contributions, Withholding.NONE);
    }

    /** The catalogue from the given contributions, in the order given, without the values {@code withholding} lists. */
    public static FigureCatalogue forCasebook(Casebook casebook, List<FigureContribution> contributions, Withholding withholding) {
        return forCasebook(casebook, contributions, withholding, Language.EN);
    }

    /**
     * The catalogue from the given contributions, in the order given, without the values
     * {@code withholding} lists, every text in {@code language}. Problems (for contributors) stay English.
     */
    public static FigureCatalogue forCasebook(Casebook casebook, List<FigureContribution> contributions, Withholding withholding,
                                              Language language) {
        Map<String, Figure> built = new LinkedHashMap<>();
        List<FigureProblem> problems = new ArrayList<>();
        java.util.Set<String> failed = new java.util.HashSet<>();
        for (FigureContribution contribution : contributions) {
            for (FigureRecipe recipe : contribution.recipes(casebook, withholding, language)) {
                if (built.containsKey(recipe.id()) || failed.contains(recipe.id())) {
                    problems.add(new FigureProblem(recipe.id(), "figure '" + recipe.id() + "' is offered twice (again by "
                            + contribution.id() + "); the first one is kept"));
                    continue;
                }
                try {
                    built.put(recipe.id(), recipe.build());
                } catch (MissingDataException e) {
                    problems.add(new FigureProblem(recipe.id(), e.getMessage(), true));
                    failed.add(recipe.id());
                } catch (RuntimeException e) {
                    problems.add(new FigureProblem(recipe.id(), "figure '" + recipe.id() + "' could not be built: " + e.getMessage()));
                    failed.add(recipe.id());
                }
            }
        }
        return new FigureCatalogue(new ArrayList<>(built.values()), problems);
    }

    /**
     * The figures that span cases: those of every contribution that is not {@link
     * FigureContribution#perCase() per case}, over the whole casebook.
     */
    public static FigureCatalogue general(Casebook casebook, List<FigureContribution> contributions) {
        return general(casebook, contributions, Withholding.NONE);
    }

    /** {@link #general(Casebook, List)} without the values {@code withholding} lists. */
    public static FigureCatalogue general(Casebook casebook, List<FigureContribution> contributions, Withholding withholding) {
        return general(casebook, contributions, withholding, Language.EN);
    }

    /** {@link #general(Casebook, List, Withholding)} in {@code language}. */
    public static FigureCatalogue general(Casebook casebook, List<FigureContribution> contributions, Withholding withholding,
                                          Language language) {
        return forCasebook(casebook, contributions.stream().filter(c -> !c.perCase()).toList(), withholding, language);
    }

    /**
     * The figures of one case: those of every {@link FigureContribution#perCase() per-case}
     * contribution, asked about a casebook holding that case alone. Together with {@link #general}
     * over the same contributions this gives every figure of {@link #forCasebook}, case by case.
     */
    public static FigureCatalogue ofCase(CaseStudy caseStudy, List<FigureContribution> contributions) {
        return ofCase(caseStudy, contributions, Withholding.NONE);
    }

    /** {@link #ofCase(CaseStudy, List)} without the values {@code withholding} lists. */
    public static FigureCatalogue ofCase(CaseStudy caseStudy, List<FigureContribution> contributions, Withholding withholding) {
        return ofCase(caseStudy, contributions, withholding, Language.EN);
    }

    /** {@link #ofCase(CaseStudy, List, Withholding)} in {@code language}. */
    public static FigureCatalogue ofCase(CaseStudy caseStudy, List<FigureContribution> contributions, Withholding withholding,
                                         Language language) {
        return forCasebook(new Casebook(List.of(caseStudy)), contributions.stream().filter(FigureContribution::perCase).toList(),
                withholding, language);
    }

    /** The contributions visible to {@code loader}, sorted by rank then id. */
    public static List<FigureContribution> contributions(ClassLoader loader) {
        List<FigureContribution> found = new ArrayList<>();
        ServiceLoader.load(FigureContribution.class, loader).forEach(found::add);
        found.sort(Comparator.comparingInt(FigureContribution::rank).thenComparing(FigureContribution::id));
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).id().equals(found.get(i - 1).id())) {
                throw new IllegalStateException("two figure contributions claim the id '" + found.get(i).id() + "': "
                        + found.get(i - 1).getClass().getName() + " and " + found.get(i).getClass().getName());
            }
        }
        return List.copyOf(found);
    }

    /** The figures, in catalogue order. */
    public List<Figure> figures() {
        return figures;
    }

    /** Figures that could not be built, each naming the figure and the missing data. */
    public List<FigureProblem> problems() {
        return problems;
    }

    public Optional<Figure> figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The figures that belong to one case, in catalogue order. */
    public List<Figure> forCase(String caseId) {
        return figures.stream().filter(f -> f.caseId().filter(caseId::equals).isPresent()).toList();
    }
}
