package org.parkbench.site.render;

import org.parkbench.core.model.Casebook;

/**
 * Renders the figure catalogue of a casebook into the site: an SVG (or PNG) per figure under
 * {@code figures/} and the CSV of its data under {@code data/figures/}.
 */
final class FigureFiles {
    private FigureFiles() {
    }

    static Figures write(Casebook casebook, SiteFiles files) {
        // the charts module's catalogue is not on main yet; until it is, a build has no figures
        return Figures.none();
    }
}
