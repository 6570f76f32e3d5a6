package org.parkbench.site.render;

import java.util.List;
import java.util.Locale;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Source;

/**
 * The small values templates show on many pages, built from the model with every link already
 * made relative to the page ({@code root}). Templates call their accessors, e.g. {@code $c.title()}.
 */
public final class Views {
    private Views() {
    }

    /** A link; {@code href} is ready to insert. */
    public record Link(String label, String href) {
    }

    /** A development model as a badge. */
    public record ModelBadge(String word, String label, String chineseName, String href) {
        public static ModelBadge of(DevelopmentModel m, String root) {
            return new ModelBadge(m.word(), m.label(), m.chineseName(), root + SitePaths.model(m));
        }
    }

    /** A short citation linking to the reference entry; {@code external} is the source's own URL, if safe. */
    public record SourceLink(String label, String title, String href, String external) {
        public static SourceLink of(Site site, String caseId, String key, String root) {
            Bibliography.Entry e = site.bibliography.entry(caseId, key);
            Source s = e.source();
            return new SourceLink(Bibliography.shortLabel(s), s.title(), root + SitePaths.REFERENCES + "#" + e.anchor(),
                    ExternalLink.of(s.url()).orElse(""));
        }

        public boolean hasExternal() {
            return !external.isEmpty();
        }
    }

    /** A case as listed on the home, model and exercise pages. */
    public record CaseCard(String id, String title, String subtitle, String href, boolean hasModel, ModelBadge model,
                    int readingMinutes, List<String> parks, boolean draft) {
        public static CaseCard of(CaseStudy c, String root) {
            DevelopmentModel declared = c.meta().declaredModel();
            return new CaseCard(c.id(), c.meta().title(), c.meta().subtitle(), root + SitePaths.caseStudy(c.id()),
                    declared != null, declared == null ? null : ModelBadge.of(declared, root), c.meta().readingMinutes(),
                    c.parks().stream().map(Park::nameEn).toList(), c.isDraft());
        }
    }

    /** A country's English name from its ISO code (the JDK's list, the same on every machine). */
    public static String country(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        String name = new Locale("", isoCode).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(isoCode) ? isoCode : name;
    }

    /** An entry of the main navigation; {@code section} marks the current one. */
    public record NavItem(String label, String path, String section) {
    }

    /** What the layout shows on every page. */
    public record SiteInfo(String title, String subtitle, String institution, String term, String lecturer, String language,
                           boolean instructor, String buildDate, List<NavItem> nav) {
    }

    /** The page being rendered. */
    public record PageInfo(String title, String path, String section, String description) {
    }
}
