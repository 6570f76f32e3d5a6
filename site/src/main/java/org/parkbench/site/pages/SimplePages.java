package org.parkbench.site.pages;

import java.util.HashMap;
import java.util.Map;
import org.parkbench.site.output.SitePaths;

/**
 * The pages with little data of their own: references (the bibliography with links back to where
 * each entry is cited), search and the 404 page.
 */
public final class SimplePages {
    private final Site site;

    SimplePages(Site site) {
        this.site = site;
    }

    void write() {
        Map<String, Object> refs = new HashMap<>();
        refs.put("entries", site.bibliography.entries());
        site.page(SitePaths.REFERENCES, "references", "References", "references",
                "Every source the course cites, with links back to where it is cited.", refs, true);

        site.page(SitePaths.SEARCH, "search", "Search", "search", "Search every page of the course.", Map.of(), false);
        site.page(SitePaths.NOT_FOUND, "404", "Page not found", "", "This page does not exist.", Map.of(), false);
    }
}
