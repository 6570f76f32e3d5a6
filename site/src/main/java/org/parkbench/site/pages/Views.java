package org.parkbench.site.pages;

import java.util.List;
import java.util.Locale;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Source;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.template.Templates;

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
        /** The badge with the model's name in {@code language}. */
        public static ModelBadge of(DevelopmentModel m, String root, Language language) {
            return new ModelBadge(m.word(), m.label(language), m.chineseName(), root + SitePaths.model(m));
        }

        /** The badge as the {@code #modelBadge} macro writes it, made in Java: pages show thousands. */
        public TrustedHtml html() {
            return new TrustedHtml("<a class=\"model model-" + TrustedHtml.escape(word) + "\" href=\"" + TrustedHtml.escape(href) + "\">"
                    + TrustedHtml.escape(label) + "</a>");
        }
    }

    /** A short citation linking to the reference entry; {@code external} is the source's own URL, if safe. */
    public record SourceLink(String label, String title, String href, String external, TrustedHtml html) {
        public static SourceLink of(Site site, String caseId, String key, String root) {
            return site.sourceLink(caseId, key, root);
        }

        /** Made once per source and page depth ({@link Site#sourceLink}): thousands of rows cite the same few sources. */
        static SourceLink make(Bibliography bibliography, String caseId, String key, String root, PageText t) {
            Bibliography.Entry e = bibliography.entry(caseId, key);
            Source s = e.source();
            String label = Bibliography.shortLabel(s);
            String href = root + SitePaths.REFERENCES + "#" + e.anchor();
            // what the #sourceLink macro writes, made once per source and page depth; an English label on a Chinese page says so
            TrustedHtml html = new TrustedHtml("<a class=\"src\"" + t.dataLang(label).html() + " href=\"" + TrustedHtml.escape(href) + "\" title=\""
                    + TrustedHtml.escape(s.title()) + "\">" + TrustedHtml.escape(label) + "</a>");
            return new SourceLink(label, s.title(), href, ExternalLink.of(s.url()).orElse(""), html);
        }

        public boolean hasExternal() {
            return !external.isEmpty();
        }
    }

    /** A case as listed on the home, model and exercise pages. */
    public record CaseCard(String id, String title, String subtitle, String href, boolean hasModel, ModelBadge model,
                    int readingMinutes, List<String> parks, boolean draft) {
        /** The card with its words in {@code t}'s language. */
        public static CaseCard of(CaseStudy c, String root, PageText t) {
            DevelopmentModel declared = c.meta().declaredModel();
            List<String> parks = c.parks().stream().limit(PageLimits.CARD_PARK_NAMES).map(Park::nameEn)
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            if (c.parks().size() > PageLimits.CARD_PARK_NAMES) {
                parks.add(t.format("common.and-more", c.parks().size() - PageLimits.CARD_PARK_NAMES));
            }
            return new CaseCard(c.id(), c.meta().title(), c.meta().subtitle(), root + SitePaths.caseStudy(c.id()),
                    declared != null, declared == null ? null : ModelBadge.of(declared, root, t.language()), c.meta().readingMinutes(),
                    parks, c.isDraft());
        }
    }

    /** A country's name in {@code language} from its ISO code (the JDK's list: Egypt, 埃及). */
    public static String country(String isoCode, Language language) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        String name = new Locale("", isoCode).getDisplayCountry(language.locale());
        return name.isBlank() || name.equalsIgnoreCase(isoCode) ? isoCode : name;
    }

    /** An entry of the main navigation; {@code section} marks the current one. */
    public record NavItem(String label, String path, String section) {
    }

    /** What the layout shows on every page. */
    public record SiteInfo(String title, String subtitle, String institution, String term, String lecturer, String language,
                           boolean instructor, String buildDate, List<NavItem> nav, List<LanguageLink> languages) {
        /** Whether the site is built in more than one language (then every page links its other versions). */
        public boolean multilingual() {
            return languages.size() > 1;
        }
    }

    /**
     * One language the site is built in, as a page links to its version in it: {@code prefix} leads
     * from this language's root to that one's ({@code ../zh/}; empty for the page's own language).
     */
    public record LanguageLink(String code, String tag, String name, String prefix, boolean current) {
    }

    /** The page being rendered. */
    public record PageInfo(String title, String path, String section, String description) {
    }
}
