package org.parkbench.charts;

import java.util.List;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.Casebook;

/**
 * A source of figures, found with {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/org.parkbench.charts.FigureContribution}. Parkbench's own figures come
 * through this interface too. Since a case module may depend on core only, a case that wants its
 * own figures ships them in a small extra module (e.g. {@code cases/huajian-figures}) that depends
 * on {@code parkbench-charts} and is on the application's runtime classpath; see charts' README.
 */
public interface FigureContribution {
    /** A slug naming the contribution, unique on the classpath. */
    String id();

    /** Where the contribution's figures go in the catalogue: lower first; ties by id. */
    default int rank() {
        return 1000;
    }

    /**
     * Whether every figure this contribution offers belongs to one case and is drawn from that
     * case's data alone, so that asking for the figures of a casebook holding just that case gives
     * the same figures (same ids, same data). A site generator then builds such figures case by
     * case (and only for a case that changed); the default, {@code false}, means the figures may
     * span cases.
     */
    default boolean perCase() {
        return false;
    }

    /** The figures this contribution offers for a casebook, in order. Must not throw for missing data. */
    List<FigureRecipe> recipes(Casebook casebook);

    /**
     * The figures for a site that withholds the values its exercises ask students to compute: a
     * figure that shows a derived value leaves out each withheld one (its bar, segment, table row
     * and any text giving it) and says which exercise computes it, or is not offered when nothing
     * would be left. The default offers {@link #recipes(Casebook)}, for contributions that show no
     * derived values; per-case contributions offer the same ids either way.
     */
    default List<FigureRecipe> recipes(Casebook casebook, Withholding withholding) {
        return recipes(casebook);
    }

    /**
     * The figures in {@code language}: every text a reader sees (titles, labels, legends, alt text,
     * captions, source lines, table headers) written in it. The default offers
     * {@link #recipes(Casebook, Withholding)}, in English, for contributions not yet translated;
     * the same ids whatever the language.
     */
    default List<FigureRecipe> recipes(Casebook casebook, Withholding withholding, Language language) {
        return recipes(casebook, withholding);
    }
}
