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
        refs.put("groups", site.bibliography.groups());
        PageText t = site.text;
        site.page(SitePaths.REFERENCES, "references", t.text("nav.references"), "references", t.text("references.description"), refs, true);

        site.page(SitePaths.SEARCH, "search", t.text("layout.search.button"), "search", t.text("search.label"), Map.of(), false);
        site.page(SitePaths.NOT_FOUND, "404", t.text("notfound.heading"), "", t.text("notfound.description"), Map.of(), false);
    }
}
