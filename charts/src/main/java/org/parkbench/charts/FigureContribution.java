package org.parkbench.charts;

import java.util.List;
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

    /** The figures this contribution offers for a casebook, in order. Must not throw for missing data. */
    List<FigureRecipe> recipes(Casebook casebook);
}
