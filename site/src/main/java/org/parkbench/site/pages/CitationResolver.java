package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parkbench.core.load.Citations;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.model.Source;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.markup.MarkdownRenderer;
import org.parkbench.markup.TrustedHtml;

/**
 * Turns citations, as core resolved them, into linked text: a case narrative's as the case carries
 * them ({@link CaseStudy#citations()}), another text's (an exercise's) as {@link Citations} resolves
 * it against the case. {@code {{obs:park/indicator/as_of}}} becomes the reported value
 * with its qualifier, unit and as-of date, linked to its reference entry; should several sources
 * match, every value is shown with its own link and flagged. {@code {{src:key}}} becomes a short
 * "(author, year)" link.
 */
public final class CitationResolver {
    private final CaseStudy caseStudy;
    private final Bibliography bibliography;
    private final String root;
    private final PageText t;
    private final QuantityFormat format;

    /** Citations for an English page. */
    public CitationResolver(CaseStudy caseStudy, Bibliography bibliography, String root) {
        this(caseStudy, bibliography, root, PageText.of(org.parkbench.core.language.Language.EN));
    }

    /** Citations for a page in {@code t}'s language: figures and dates written by its {@link QuantityFormat}. */
    public CitationResolver(CaseStudy caseStudy, Bibliography bibliography, String root, PageText t) {
        this.caseStudy = caseStudy;
        this.bibliography = bibliography;
        this.root = root;
        this.t = t;
        this.format = t.numbers();
    }

    /**
     * The replacement of every citation of a text; one that names nothing is shown as such and
     * reported to {@code problems}, at the place the citation is written.
     */
    public List<MarkdownRenderer.Insert> inserts(List<ResolvedCitation> citations, Consumer<Diagnostic> problems) {
        List<MarkdownRenderer.Insert> out = new ArrayList<>();
        for (ResolvedCitation resolved : citations) {
            Citation citation = resolved.citation();
            String html = citation instanceof Citation.ObservationCitation ? observation(resolved.observations())
                    : source(((Citation.SourceCitation) citation).key());
            if (html == null) {
                problems.accept(CaseProblems.unresolvedCitation(caseStudy, resolved));
                html = "<span class=\"cite-missing\">[" + TrustedHtml.escape(t.format("cite.missing", citation.text())) + "]</span>";
            }
            out.add(new MarkdownRenderer.Insert(citation.start(), citation.end(), new TrustedHtml(html)));
        }
        return out;
    }

    private String observation(List<Observation> found) {
        if (found.isEmpty() || found.stream().anyMatch(o -> !bibliography.has(caseStudy.id(), o.source()))) {
            return null;
        }
        boolean conflict = found.stream().map(format::stated).distinct().count() > 1;
        StringBuilder html = new StringBuilder();
        if (conflict) {
            html.append("<span class=\"cite-conflict\">");
        }
        for (int i = 0; i < found.size(); i++) {
            Observation o = found.get(i);
            if (i > 0) {
                html.append(" / ");
            }
            Source s = caseStudy.source(o.source()).orElseThrow();
            html.append("<a class=\"cite\" href=\"").append(TrustedHtml.escape(bibliography.href(root, caseStudy.id(), o.source())))
                    .append("\" title=\"").append(TrustedHtml.escape(kindNote(o) + t.format("cite.source", Bibliography.shortLabel(s), s.title())))
                    // in running text the sentence says whether a figure is a target or a plan: the figure is
                    // printed with its qualifier and unit only, the kind is in the link's title
                    .append("\">").append(TrustedHtml.escape(format.figure(o)))
                    .append(" <span class=\"asof\">").append(TrustedHtml.escape(t.format("cite.as-of", format.date(o.asOf()))))
                    .append("</span></a>");
        }
        if (conflict) {
            html.append(" <span class=\"conflict-note\">").append(TrustedHtml.escape(t.format("cite.differ", t.text("facts.differ"))))
                    .append("</span></span>");
        }
        return html.toString();
    }

    private String source(String key) {
        if (caseStudy.source(key).isEmpty() || !bibliography.has(caseStudy.id(), key)) {
            return null;
        }
        String label = Bibliography.shortLabel(caseStudy.source(key).get());
        return "<a class=\"cite\"" + t.dataLang(label).html() + " href=\"" + TrustedHtml.escape(bibliography.href(root, caseStudy.id(), key))
                + "\">(" + TrustedHtml.escape(label) + ")</a>";
    }

    private String kindNote(Observation o) {
        return switch (o.kind()) {
            case OUTCOME -> "";
            case TARGET -> t.text("cite.target") + " ";
            case PLAN -> t.text("cite.plan") + " ";
        };
    }
}
